// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "sources/sourcereport.h"
#include "sources/versionplan.h"

#include <QDialog>

#include <optional>

class QListWidget;
class QPushButton;

namespace Ui {
class ReconcileDialog;
}

namespace rd::gui {

class VersionDiffView;

// "Reconcile…": pick one version for every source, preview each file's edit as a diff
// (unified or side by side, changed bytes highlighted), then apply. Planning and writing run
// off the GUI thread; nothing is written before Apply.
class ReconcileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReconcileDialog(const SourceReport &report, QWidget *parent = nullptr);
    ~ReconcileDialog() override;

    void setVersionText(const QString &text);
    QString versionText() const;
    // The plan shown now; empty while planning or when the version is invalid.
    const std::optional<VersionPlan> &plan() const { return m_plan; }
    bool isBusy() const { return m_task.isRunning(); }

    VersionDiffView *diffView() const;
    QListWidget *fileList() const;
    QPushButton *applyButton() const;
    QString problemText() const;

Q_SIGNALS:
    void planned();                       // a new plan (or a problem) is shown
    void applied(const QString &version); // the files were written
    void failed(const rd::Error &error);

private:
    void replan();
    void showPlan();
    void showFile(int row);
    void apply();

    Ui::ReconcileDialog *m_ui;
    SourceReport m_report;
    std::optional<VersionPlan> m_plan;
    LatestTask m_task;
};

} // namespace rd::gui
