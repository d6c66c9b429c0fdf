// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "projectview.h"

class QSortFilterProxyModel;

namespace Ui {
class ReleasesPage;
}

namespace rd::gui {

class PackagePicker;

class ReleaseListModel;

// "Releases": every release of the repository, or of one package of a monorepo, highest
// version first, with its date, number of commits, types of change and strongest change;
// pre-releases in italics (and hidden on request); the selected release's notes below.
class ReleasesPage : public ProjectView
{
    Q_OBJECT

public:
    explicit ReleasesPage(QWidget *parent = nullptr);
    ~ReleasesPage() override;

    void setProject(const QString &root) override;
    void clearProject() override;

    // For tests and the window: what the user sees.
    ReleaseListModel *model() const { return m_model; }
    bool isLoading() const { return m_task.isRunning(); }
    int visibleRowCount() const;
    void setShowPreReleases(bool show);
    // The packages offered ("" is the repository itself); selecting one reloads.
    QStringList packages() const;
    void selectPackage(const QString &name);
    bool selectRelease(const QString &tag);
    QString notesText() const;
    QString summaryText() const;

private:
    void reload();
    void showNotes();
    void updateFilter();

    Ui::ReleasesPage *m_ui;
    ReleaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_root;
    PackagePicker *m_packages;
    LatestTask m_task;
};

} // namespace rd::gui
