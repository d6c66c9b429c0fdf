// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "changelogpage.h"
#include "commitspage.h"
#include "configsourcebanner.h"
#include "dashboard/metricspage.h"
#include "historystore.h"
#include "overviewpage.h"
#include "pipelinespage.h"
#include "projectview.h"
#include "recentrepositories.h"
#include "releasespage.h"
#include "repositorycontroller.h"
#include "sourcespage.h"
#include "tokensdialog.h"
#include "ui_mainwindow.h"
#include "watchsettingsdialog.h"

#include "git/repository.h"
#include "release/releaserunner.h"
#include "store/runhistory.h"
#include "store/store.h"
#include "watch/watchplan.h"
#include "welcomepage.h"

#include "core.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>

// rd_gui is a static library: its resources must be registered by name (outside any namespace).
static void initResources()
{
    Q_INIT_RESOURCE(releasedesk);
}

namespace rd::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_controller(new RepositoryController(this))
    , m_welcome(new WelcomePage(this))
    , m_overview(new OverviewPage(this))
    , m_commits(new CommitsPage(this))
    , m_releases(new ReleasesPage(this))
    , m_changelog(new ChangelogPage(this))
    , m_sources(new SourcesPage(this))
    , m_metrics(new MetricsPage(this))
    , m_pipelines(new PipelinesPage(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/releasedesk.svg")));
    m_ui->actionOpen->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_ui->actionReload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionCancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_ui->actionCancel->setEnabled(false);
    m_ui->actionReload->setEnabled(false);
    m_ui->banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdecea; color: #611a15; border-bottom: 1px solid #f5c2c0; }"));

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_busy);

    m_ui->pages->addWidget(m_welcome);
    addView(tr("Next Release"), QIcon(QStringLiteral(":/icons/next.svg")), m_overview);
    addView(tr("Commits"), QIcon(QStringLiteral(":/icons/commits.svg")), m_commits);
    addView(tr("Releases"), QIcon(QStringLiteral(":/icons/releases.svg")), m_releases);
    addView(tr("Changelog"), QIcon(QStringLiteral(":/icons/changelog.svg")), m_changelog);
    addView(tr("Version Sources"), QIcon(QStringLiteral(":/icons/sources.svg")), m_sources);
    addView(tr("Pipelines"), QIcon(QStringLiteral(":/icons/pipelines.svg")), m_pipelines);
    addView(tr("Metrics"), QIcon(QStringLiteral(":/icons/metrics.svg")), m_metrics);
    m_ui->navigation->setEnabled(false);
    m_ui->pages->setCurrentWidget(m_welcome);
    m_ui->banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->setStretch(1, 1);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({180, 940});

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseRepository);
    connect(m_ui->actionReload, &QAction::triggered, m_controller, &RepositoryController::reload);
    connect(m_ui->actionCancel, &QAction::triggered, this, [this] {
        m_controller->cancel();
        m_busy->setVisible(!m_busyViews.isEmpty()); // the views still at work
        m_ui->actionCancel->setEnabled(false);
        m_status->setText(tr("Stopped loading."));
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionWatchSettings, &QAction::triggered, this, &MainWindow::openWatchSettings);
    connect(m_ui->actionTokens, &QAction::triggered, this, [this] { openTokens(); });
    connect(m_pipelines, &PipelinesPage::signInRequested, this, [this] { openTokens(true); });
    connect(m_ui->actionRelease, &QAction::triggered, this, [this] { startRelease(); });
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_views.size())
            return;
        if (m_ui->pages->currentWidget() != m_views.at(row) && !m_controller->isLoading())
            m_status->clear(); // what the previous view said
        m_ui->pages->setCurrentWidget(m_views.at(row));
    });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseRepository);
    connect(m_welcome, &WelcomePage::recentActivated, this, &MainWindow::openRepository);
    connect(m_overview, &OverviewPage::commitActivated, this, [this](const QString &id) {
        showView(m_commits);
        m_commits->selectCommit(id);
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showView(m_commits);
        m_commits->focusFilter();
    });

    connect(m_controller,
            &RepositoryController::loadingStarted,
            this,
            &MainWindow::onLoadingStarted);
    connect(m_controller,
            &RepositoryController::progressed,
            this,
            [this](const QString &what, qint64 done) {
                m_status->setText(done > 0 ? tr("%1 (%2)…").arg(what).arg(done)
                                           : tr("%1…").arg(what));
            });
    connect(m_controller, &RepositoryController::loaded, this, &MainWindow::onLoaded);
    connect(m_controller, &RepositoryController::failed, this, &MainWindow::onFailed);

    updateRecentMenu();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::openWatchSettings()
{
    WatchSettingsDialog dialog(historyStore(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT watchSettingsSaved();
}

void MainWindow::openTokens(bool forge)
{
    auto *dialog = new TokensDialog(m_controller->root(), this, forge);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("tokensDialog"));
    // Pipelines read the forge's token when they load: a token stored here counts the next
    // time they are looked at (at once when they are shown).
    connect(dialog, &QDialog::finished, m_pipelines, &PipelinesPage::markStale);
    dialog->open();
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::addView(const QString &title, const QIcon &icon, QWidget *page)
{
    if (auto *view = qobject_cast<ProjectView *>(page)) {
        connect(view, &ProjectView::failed, this, [this, title](const rd::Error &error) {
            showBanner(tr("%1: %2").arg(title, error.toString()));
        });
        // A view speaks in the status bar while it is the one shown, so a line of the Metrics
        // view does not stand under the Changelog.
        connect(view, &ProjectView::statusMessage, this, [this, view](const QString &message) {
            if (currentView() == view)
                m_status->setText(message);
        });
        // Shown while any view works: one view ending does not hide another's.
        connect(view, &ProjectView::busyChanged, this, [this, view](bool busy) {
            if (busy)
                m_busyViews.insert(view);
            else
                m_busyViews.remove(view);
            m_busy->setVisible(!m_busyViews.isEmpty() || m_controller->isLoading());
        });
    }
    m_views.append(page);
    m_ui->pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->navigation);
    item->setSizeHint(QSize(0, 34));
    QAction *action = m_ui->menuView->addAction(icon, title);
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(m_views.size())));
    connect(action, &QAction::triggered, this, [this, page] { showView(page); });
}

void MainWindow::showView(QWidget *page)
{
    const int row = int(m_views.indexOf(page));
    if (row < 0 || !m_ui->navigation->isEnabled())
        return;
    m_ui->navigation->setCurrentRow(row);
    m_ui->pages->setCurrentWidget(page);
}

QWidget *MainWindow::currentView() const
{
    return m_ui->pages->currentWidget();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::bannerText() const
{
    return m_ui->banner->isVisible() || !m_ui->banner->isHidden() ? m_ui->banner->text()
                                                                  : QString();
}

void MainWindow::openRepository(const QString &path)
{
    m_controller->open(QDir::cleanPath(QDir(path).absolutePath()));
}

void MainWindow::chooseRepository()
{
    const QString start = m_controller->path().isEmpty() ? QDir::homePath() : m_controller->path();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Repository"), start);
    if (!path.isEmpty())
        openRepository(path);
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = RecentRepositories::load();
    m_ui->menuRecent->clear();
    for (const QString &path : recent) {
        QAction *action = m_ui->menuRecent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRepository(path); });
    }
    if (!recent.isEmpty()) {
        m_ui->menuRecent->addSeparator();
        m_ui->menuRecent->addAction(tr("Clear List"), this, [this] {
            RecentRepositories::clear();
            updateRecentMenu();
        });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
    m_welcome->setRecent(recent);
}

void MainWindow::onLoadingStarted(const QString &path)
{
    // A repository being opened shows its page at once, not the Welcome page until it loaded.
    if (m_ui->pages->currentWidget() == m_welcome) {
        m_overview->showLoading(path);
        m_ui->pages->setCurrentWidget(m_overview);
    }
    m_ui->banner->hide();
    m_busy->show();
    m_ui->actionCancel->setEnabled(true);
    m_ui->actionReload->setEnabled(true);
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::onLoaded()
{
    m_busy->setVisible(!m_busyViews.isEmpty()); // the views still at work
    m_ui->actionCancel->setEnabled(false);
    const NextVersionReport &report = *m_controller->report();
    m_overview->showReport(report, m_controller->root(), m_controller->tagPattern());
    m_overview->configBanner()->showConfig(m_controller->config());
    m_commits->showReport(report);
    for (QWidget *page : std::as_const(m_views)) {
        if (auto *view = qobject_cast<ProjectView *>(page))
            view->setProject(m_controller->root());
    }
    RecentRepositories::add(m_controller->root());
    updateRecentMenu();
    m_ui->navigation->setEnabled(true);
    setStale(false);
    if (m_ui->pages->currentWidget() == m_welcome || m_ui->navigation->currentRow() < 0)
        showView(m_overview);
    m_status->setText(
            tr("%n commits since the last release.", nullptr, int(report.commits.size())));
    m_ui->actionRelease->setEnabled(true);
    checkUnfinishedRelease();
    noteOpened();
}

void MainWindow::noteOpened()
{
    const QString root = m_controller->root();
    const ProjectConfig config = m_controller->config();
    const NextVersionReport &report = *m_controller->report();
    const QString latestTag = report.lastRelease ? report.lastRelease->name : QString();
    m_noteOpened.run(
            this,
            [root, config, latestTag](const std::atomic_bool &) -> Result<bool> {
                auto repository = git::Repository::open(root);
                if (!repository)
                    return fail(repository.error());
                store::Store &store = historyStore();
                auto noted = watch::noteOpened(store::RunHistory(store),
                                               *repository,
                                               config,
                                               latestTag);
                store.releaseThreadConnection();
                return noted;
            },
            [this](const Result<bool> &noted) {
                if (noted) {
                    // Only a change of what is followed restarts the background watch.
                    if (*noted)
                        Q_EMIT repositoryNoted();
                } else if (!noted.error().is(errc::forgeUnknown)) {
                    // A repository without a forge has no pipelines to watch; anything else
                    // (a locked database...) is said, the window goes on.
                    m_status->setText(
                            tr("This repository is not watched: %1").arg(noted.error().toString()));
                }
            });
}

void MainWindow::startRelease(ReleaseWizard::Mode mode)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (m_controller->root().isEmpty())
        return;
    auto *wizard = new ReleaseWizard(m_controller->root(), mode, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        if (wizard->released())
            m_controller->reload();
    });
    wizard->open();
}

void MainWindow::checkUnfinishedRelease()
{
    if (m_wizard || m_offer)
        return;
    struct Found
    {
        QString root;
        QString version;
        QString tag;
    };
    const QString root = m_controller->root();
    m_unfinishedTask.run(
            this,
            [root](const std::atomic_bool &) -> std::optional<Found> {
                auto repository = git::Repository::open(root);
                if (!repository)
                    return std::nullopt;
                auto journal = ReleaseRunner::unfinished(*repository);
                if (!journal || !*journal)
                    return std::nullopt;
                return Found{root,
                             (*journal)->plan.value(QLatin1String("version")).toString(),
                             (*journal)->plan.value(QLatin1String("tag")).toString()};
            },
            [this](std::optional<Found> found) {
                if (found && found->root == m_controller->root())
                    offerUnfinished(found->version, found->tag, found->root);
            });
}

void MainWindow::offerUnfinished(const QString &version, const QString &tag, const QString &root)
{
    if (m_wizard || m_offer)
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Unfinished Release"),
                                tr("The release of %1 (tag %2) in %3 did not finish. Resume it "
                                   "to run the remaining steps exactly once, or undo what it "
                                   "did?")
                                        .arg(version, tag, QDir::toNativeSeparators(root)),
                                QMessageBox::NoButton,
                                this);
    QPushButton *open = box->addButton(tr("&Resume or Undo…"), QMessageBox::AcceptRole);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(open);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_offer = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, open](QAbstractButton *clicked) {
        if (clicked == open)
            QMetaObject::invokeMethod(
                    this,
                    [this] { startRelease(ReleaseWizard::Mode::Recover); },
                    Qt::QueuedConnection);
    });
    box->open();
}

void MainWindow::onFailed(const rd::Error &error)
{
    m_ui->actionRelease->setEnabled(false);
    m_busy->setVisible(!m_busyViews.isEmpty()); // the views still at work
    m_ui->actionCancel->setEnabled(false);
    if (error.code == rd::errc::cancelled) {
        m_status->setText(tr("Stopped loading."));
        return;
    }
    const QString input = error.source.isEmpty() ? QDir::toNativeSeparators(m_controller->path())
                                                 : error.source;
    if (m_controller->report()) {
        // The last good analysis stays readable, greyed and labelled as out of date.
        setStale(true);
        showBanner(tr("%1\nThe views show the analysis from before this failure: fix %2, then "
                      "reload (F5).")
                           .arg(error.toString(), input));
        m_status->setText(tr("Out of date: could not read %1.").arg(input));
        return;
    }
    m_ui->pages->setCurrentWidget(m_welcome);
    showBanner(error.toString());
    m_status->setText(tr("Could not read %1.").arg(input));
}

void MainWindow::setStale(bool stale)
{
    m_stale = stale;
    for (QWidget *page : std::as_const(m_views))
        page->setEnabled(!stale);
    const QString name = QDir(m_controller->root()).dirName();
    if (!name.isEmpty())
        setWindowTitle(stale ? tr("%1 (out of date) — ReleaseDesk").arg(name)
                             : tr("%1 — ReleaseDesk").arg(name));
}

void MainWindow::showBanner(const QString &text)
{
    m_ui->banner->setText(text);
    m_ui->banner->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About ReleaseDesk"),
                       tr("<h3>ReleaseDesk %1</h3><p>The whole release on one desk: versions, "
                          "changelogs, tags, pushes and publishing, with the reason for every "
                          "decision.</p>")
                               .arg(rd::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

} // namespace rd::gui
