// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatedpage.h"

#include "release/preflightcheck.h"
#include "semver/version.h"
#include "util/error.h"

namespace Ui {
class PreflightPage;
}

namespace rd {
class ReleaseDraft;
}

namespace rd::gui {

class ReleaseSession;

// Page 1: the pre-flight checks with their results, a fix where one exists, F5 to run them
// again. Complete when the checks allow the release.
class PreflightPage : public GatedPage
{
    Q_OBJECT

public:
    explicit PreflightPage(ReleaseSession *session, QWidget *parent = nullptr);
    ~PreflightPage() override;

    Ui::PreflightPage *ui() const { return m_ui; }

    // While the session reads the repository.
    void showPreparing();
    // Runs the checks for the version the draft calls for (the last release when there is
    // nothing to release, so the checks still say what holds).
    void checkDraft(const ReleaseDraft &draft);
    void showChecks(const QList<CheckResult> &checks, bool allowed);
    void showFailure(const Error &error, bool canRerun);

private:
    void updateFixButton();

    Ui::PreflightPage *m_ui;
    ReleaseSession *m_session;
    Version m_version;
    QList<CheckResult> m_checks;
};

} // namespace rd::gui
