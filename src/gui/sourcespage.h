// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "projectview.h"

#include "sources/sourcereport.h"

namespace Ui {
class SourcesPage;
}

namespace rd::gui {

class ReconcileDialog;
class SourcesModel;

// The visual diff of version sources: every place the project declares its version in a grid
// (file, value, scheme, status), the cells that disagree with the reference coloured, a legend,
// and "Reconcile…" to write one version everywhere after previewing the diffs.
class SourcesPage : public ProjectView
{
    Q_OBJECT

public:
    explicit SourcesPage(QWidget *parent = nullptr);
    ~SourcesPage() override;

    void setProject(const QString &root) override;
    void clearProject() override;
    void reload();

    SourcesModel *model() const { return m_model; }
    bool isLoading() const { return m_task.isRunning(); }
    QString summaryText() const;
    // Opens the reconcile dialog (window-modal, not blocking); the page reloads after a write.
    ReconcileDialog *reconcile();

Q_SIGNALS:
    void loaded();

private:
    void showReport(const SourceReport &report);
    void showDetails();

    Ui::SourcesPage *m_ui;
    SourcesModel *m_model;
    QString m_root;
    LatestTask m_task;
};

} // namespace rd::gui
