// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "releasewizard.h"
#include "util/error.h"

#include <QMessageBox>
#include <QPointer>

#include <QMainWindow>
#include <QSet>

class QLabel;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace rd::gui {

class ChangelogPage;
class CommitsPage;
class MetricsPage;
class PipelinesPage;
class ProjectView;
class OverviewPage;
class ReleasesPage;
class SourcesPage;
class RepositoryController;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openRepository(const QString &path);
    // The Watch and Notify settings, as a dialog over the window.
    void openWatchSettings();
    // Release › Tokens…; `forge` preselects the forge's row (the Pipelines view's Sign In…).
    void openTokens(bool forge = false);

    RepositoryController *controller() const { return m_controller; }
    OverviewPage *overviewPage() const { return m_overview; }
    CommitsPage *commitsPage() const { return m_commits; }
    ReleasesPage *releasesPage() const { return m_releases; }
    ChangelogPage *changelogPage() const { return m_changelog; }
    SourcesPage *sourcesPage() const { return m_sources; }
    MetricsPage *metricsPage() const { return m_metrics; }
    PipelinesPage *pipelinesPage() const { return m_pipelines; }
    // The error shown above the views; empty when none.
    QString bannerText() const;
    QString statusText() const;
    // True while the views show an analysis older than a reload that failed.
    bool isStale() const { return m_stale; }
    // Shows a view (one added with addView) as if picked in the navigation.
    void showView(QWidget *page);
    QWidget *currentView() const;
    // Opens the release wizard on the repository shown (or brings the open one forward).
    void startRelease(ReleaseWizard::Mode mode = ReleaseWizard::Mode::New);
    ReleaseWizard *releaseWizard() const { return m_wizard; }
    // The offer to resume or undo a release a run left unfinished, while it is shown.
    QMessageBox *unfinishedOffer() const { return m_offer; }

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The Watch and Notify settings were saved: what is watched may have changed.
    void watchSettingsSaved();
    // A repository that was opened is now known to the history store with another forge,
    // default branch or latest release tag than before, so the background watch may follow it.
    void repositoryNoted();

private:
    // Adds a view to the navigation and to the View menu with Ctrl+<position>.
    void addView(const QString &title, const QIcon &icon, QWidget *page);
    void chooseRepository();
    void updateRecentMenu();
    void onLoadingStarted(const QString &path);
    void onLoaded();
    void onFailed(const rd::Error &error);
    // Tells the history store about the repository just loaded, off the GUI thread.
    void noteOpened();
    void showBanner(const QString &text);
    void setStale(bool stale);
    void showAbout();
    void checkUnfinishedRelease();
    void offerUnfinished(const QString &version, const QString &tag, const QString &root);

    Ui::MainWindow *m_ui;
    RepositoryController *m_controller;
    WelcomePage *m_welcome;
    OverviewPage *m_overview;
    CommitsPage *m_commits;
    ReleasesPage *m_releases;
    ChangelogPage *m_changelog;
    SourcesPage *m_sources;
    MetricsPage *m_metrics;
    PipelinesPage *m_pipelines;
    QList<QWidget *> m_views;
    QLabel *m_status;
    QProgressBar *m_busy;
    QSet<ProjectView *> m_busyViews; // the views whose work is under way
    QPointer<ReleaseWizard> m_wizard;
    QPointer<QMessageBox> m_offer;
    LatestTask m_unfinishedTask;
    LatestTask m_noteOpened;
    bool m_stale = false;
};

} // namespace rd::gui
