// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "history/nextversionreport.h"
#include "release/preflightcheck.h"

#include <QWidget>

namespace Ui {
class OverviewPage;
}

class QLabel;

namespace rd::gui {

class ConfigSourceBanner;

// "Next release": current and next version side by side, why the next one, and the commits
// that decided it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void showReport(const NextVersionReport &report,
                    const QString &root,
                    const QString &tagPattern);
    void clear();

    // For tests: the texts a user reads.
    // Shown while a repository is read, so a window opened on one never shows an empty page.
    void showLoading(const QString &root);

    QString currentVersionText() const;
    QString badgeText() const; // empty when no badge is shown
    QString summaryText() const;
    QString nextVersionText() const;
    QString stepsText() const;
    int decidingCount() const;
    // The CI state of HEAD, as the pre-flight's "CI green" check reads it from the forge
    // (asked off the GUI thread after each report); empty before it answers.
    QString ciText() const;
    bool isCheckingCi() const { return m_ci.isRunning(); }
    // "Using semantic-release's configuration (...)" above the versions.
    ConfigSourceBanner *configBanner() const { return m_configBanner; }

Q_SIGNALS:
    // The user asked to see a commit in the commit list.
    void commitActivated(const QString &id);

private:
    Ui::OverviewPage *m_ui;
    ConfigSourceBanner *m_configBanner;
    QLabel *m_ciState;
    LatestTask m_ci;

    void checkCi(const QString &root);
    void showCi(const CheckResult &result);
};

} // namespace rd::gui
