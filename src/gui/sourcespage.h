// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "projectview.h"

#include "registrygate/publishedinspection.h"
#include "sources/sourcereport.h"

namespace Ui {
class SourcesPage;
}

namespace rd::gui {

class ReconcileDialog;
class SourcesModel;

// The visual diff of version sources: every place the project declares its version in a grid
// (file, value, scheme, status), the cells that disagree with the reference coloured, a legend,
// and "Reconcile…" to write one version everywhere after previewing the diffs. With a
// registries: section in .releasedesk.yml, a column per registry (its latest version and
// date) joins the grid once the registries answered, read off the GUI thread.
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
    bool isReadingRegistries() const { return m_registryTask.isRunning(); }
    QString summaryText() const;
    // The column title of a registry ("PyPI", "OCI image", ...).
    static QString registryTitle(RegistryTarget::Type type);
    // Opens the reconcile dialog (window-modal, not blocking); the page reloads after a write.
    ReconcileDialog *reconcile();

Q_SIGNALS:
    void loaded();
    // The registries were read (or there were none to read) after loaded().
    void registriesRead();

private:
    void showReport(const SourceReport &report);
    void showDetails();
    void readRegistries(const SourceReport &report);
    void showPublished(const Result<PublishedReport> &published);

    Ui::SourcesPage *m_ui;
    SourcesModel *m_model;
    QString m_root;
    LatestTask m_task;
    LatestTask m_registryTask;
    QString m_summary; // the sources' summary, before what the registries add
};

} // namespace rd::gui
