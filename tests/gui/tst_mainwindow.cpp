// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchrepository.h"
#include "screenshot.h"

#include "changelogpage.h"
#include "commitspage.h"
#include "committablemodel.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "projectview.h"
#include "recentrepositories.h"
#include "releasespage.h"
#include "repositorycontroller.h"
#include "sourcespage.h"

#include "git/library.h"

#include <QApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using rd::gui::MainWindow;
using rd::test::ScratchRepository;

namespace {

// The views that load on their own after the repository (Releases, Changelog, Sources), and
// whether each has finished: it was busy and no longer is.
struct ViewsLoading
{
    explicit ViewsLoading(MainWindow &window)
        : views{window.releasesPage(), window.changelogPage(), window.sourcesPage()}
    {
        for (rd::gui::ProjectView *view : views)
            busy.append(std::make_shared<QSignalSpy>(view, &rd::gui::ProjectView::busyChanged));
    }
    bool done(int i) const
    {
        const QSignalSpy &spy = *busy.at(i);
        return !spy.isEmpty() && !spy.last().first().toBool();
    }

    QList<rd::gui::ProjectView *> views;
    QList<std::shared_ptr<QSignalSpy>> busy;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void welcomeBeforeARepositoryIsOpen();
    void showsCurrentAndNextVersion();
    void listsEveryCommitWithItsReason();
    void filtersCommits();
    void decidingCommitOpensCommitList();
    void reportsNonRepositoryInBanner();
    void firstReleaseWithoutTags();
    void remembersRecentRepositories();
    void everyViewShowsTheProject();
    void loadsWhileQtsThreadPoolIsBusy();

private:
    // A small project: two releases, then a fix, a feature, a chore and a non-conventional
    // commit. Next version: 1.2.0 because of the feature.
    void buildProject(ScratchRepository &scratch);
    bool openAndWait(MainWindow &window, const QString &path);

    git::Library m_library;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ReleaseDeskTests"));
    rd::gui::RecentRepositories::clear();
}

void TestMainWindow::buildProject(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: first usable widget"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    scratch.commit(QStringLiteral("feat(render): rounded corners"), {{QStringLiteral("b"), "1"}});
    scratch.tag(QStringLiteral("v1.1.0"), QStringLiteral("Release 1.1.0"));
    scratch.commit(QStringLiteral("fix: ignore empty labels (#12)"), {{QStringLiteral("a"), "2"}});
    scratch.commit(QStringLiteral("feat(api): let callers choose the corner radius\n\nCloses #15"),
                   {{QStringLiteral("c"), "1"}});
    scratch.commit(QStringLiteral("chore(deps): update the test runner"),
                   {{QStringLiteral("d"), "1"}});
    scratch.commit(QStringLiteral("Update README"), {{QStringLiteral("README"), "x"}});
}

bool TestMainWindow::openAndWait(MainWindow &window, const QString &path)
{
    // Spies first: a small repository can finish loading before open() returns.
    QSignalSpy loaded(window.controller(), &rd::gui::RepositoryController::loaded);
    QSignalSpy failed(window.controller(), &rd::gui::RepositoryController::failed);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.openRepository(path);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000)
           && !loaded.isEmpty();
}

void TestMainWindow::welcomeBeforeARepositoryIsOpen()
{
    MainWindow window;
    window.resize(900, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.currentView() != window.overviewPage());
    QVERIFY(window.currentView() != window.commitsPage());
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("welcome")).isEmpty());
}

void TestMainWindow::showsCurrentAndNextVersion()
{
    ScratchRepository scratch;
    buildProject(scratch);
    MainWindow window;
    window.resize(1120, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, scratch.path()));

    QCOMPARE(window.currentView(), window.overviewPage());
    QCOMPARE(window.overviewPage()->currentVersionText(), QStringLiteral("1.1.0"));
    QCOMPARE(window.overviewPage()->nextVersionText(), QStringLiteral("1.2.0"));
    QCOMPARE(window.overviewPage()->decidingCount(), 1);
    QVERIFY(window.overviewPage()->stepsText().contains(QStringLiteral("1.1.0 → 1.2.0")));
    // No tag-pattern configured: the view says which pattern the tags gave and why (plain
    // text: no Markdown backticks).
    QVERIFY2(window.overviewPage()->summaryText().contains(
                     QStringLiteral("Release tags: tags look like v1.1.0: pattern v{version}, "
                                    "inferred from 2 tags.")),
             qPrintable(window.overviewPage()->summaryText()));
    QVERIFY(window.bannerText().isEmpty());
    QVERIFY(window.windowTitle().startsWith(QDir(scratch.path()).dirName()));
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("overview")).isEmpty());
}

void TestMainWindow::listsEveryCommitWithItsReason()
{
    ScratchRepository scratch;
    buildProject(scratch);
    MainWindow window;
    window.resize(1120, 700);
    window.show();
    QVERIFY(openAndWait(window, scratch.path()));
    window.showView(window.commitsPage());

    rd::gui::CommitTableModel *model = window.commitsPage()->model();
    QCOMPARE(model->rowCount(), 4);
    QStringList reasons;
    QStringList levels;
    for (int row = 0; row < model->rowCount(); ++row) {
        reasons.append(
                model->index(row, rd::gui::CommitTableModel::ReasonColumn).data().toString());
        levels.append(model->index(row, rd::gui::CommitTableModel::LevelColumn).data().toString());
    }
    // Newest first: README, chore, feat, fix.
    QCOMPARE(levels,
             (QStringList{QStringLiteral("none"),
                          QStringLiteral("none"),
                          QStringLiteral("minor"),
                          QStringLiteral("patch")}));
    QVERIFY2(reasons.at(0).contains(QStringLiteral("not a Conventional Commit")),
             qPrintable(reasons.at(0)));
    QVERIFY2(reasons.at(1).contains(QStringLiteral("chore")), qPrintable(reasons.at(1)));
    QVERIFY2(reasons.at(2).contains(QStringLiteral("feat")), qPrintable(reasons.at(2)));
    QVERIFY(model->index(2, 0).data(rd::gui::CommitTableModel::DecidingRole).toBool());
    QVERIFY(!model->index(3, 0).data(rd::gui::CommitTableModel::DecidingRole).toBool());
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("commits")).isEmpty());
}

void TestMainWindow::filtersCommits()
{
    ScratchRepository scratch;
    buildProject(scratch);
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, scratch.path()));
    window.showView(window.commitsPage());
    window.commitsPage()->focusFilter();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("corner"));
    QCOMPARE(window.commitsPage()->visibleRowCount(), 1);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QCOMPARE(window.commitsPage()->visibleRowCount(), 4);
}

void TestMainWindow::decidingCommitOpensCommitList()
{
    ScratchRepository scratch;
    buildProject(scratch);
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, scratch.path()));
    // Ctrl+2 is the Commits view, Ctrl+1 the overview.
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+2")));
    QCOMPARE(window.currentView(), window.commitsPage());
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+1")));
    QCOMPARE(window.currentView(), window.overviewPage());
    Q_EMIT window.overviewPage()->commitActivated(
            scratch.repo().resolveCommit(QStringLiteral("HEAD~2"))->toString());
    QCOMPARE(window.currentView(), window.commitsPage());
}

void TestMainWindow::reportsNonRepositoryInBanner()
{
    QTemporaryDir empty;
    MainWindow window;
    window.show();
    QSignalSpy failed(window.controller(), &rd::gui::RepositoryController::failed);
    window.openRepository(empty.path());
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
    QVERIFY2(window.bannerText().contains(QStringLiteral("not inside a git repository")),
             qPrintable(window.bannerText()));
    QVERIFY(window.bannerText().contains(empty.path()));
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("error-banner")).isEmpty());
}

void TestMainWindow::firstReleaseWithoutTags()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"), {{QStringLiteral("a"), "1"}});
    scratch.commit(QStringLiteral("fix: oops"), {{QStringLiteral("a"), "2"}});
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, scratch.path()));
    QCOMPARE(window.overviewPage()->currentVersionText(), QStringLiteral("none"));
    QCOMPARE(window.overviewPage()->nextVersionText(), QStringLiteral("0.1.0"));
}

void TestMainWindow::remembersRecentRepositories()
{
    rd::gui::RecentRepositories::clear();
    ScratchRepository scratch;
    buildProject(scratch);
    {
        MainWindow window;
        QVERIFY(openAndWait(window, scratch.path()));
    }
    const QStringList recent = rd::gui::RecentRepositories::load();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(QDir(recent.first()).canonicalPath(), QDir(scratch.path()).canonicalPath());
}

void TestMainWindow::everyViewShowsTheProject()
{
    ScratchRepository scratch;
    buildProject(scratch);
    // package.json still says 1.0.0 while v1.1.0 is tagged: the sources view has a mismatch.
    scratch.commit(
            QStringLiteral("build: add package.json"),
            {{QStringLiteral("package.json"),
              "{\n  \"name\": \"demo-widget\",\n  \"version\": \"1.0.0\"\n}\n"},
             {QStringLiteral("CHANGELOG.md"),
              "# Changelog\n\n## [1.1.0] - 2024-01-01\n\n### Features\n\n- rounded corners\n"}});
    MainWindow window;
    window.resize(1180, 720);
    const ViewsLoading views(window);
    QVERIFY(openAndWait(window, scratch.path()));
    const QStringList names = {QStringLiteral("releases"),
                               QStringLiteral("changelog"),
                               QStringLiteral("sources")};
    for (int i = 0; i < views.views.size(); ++i) {
        QVERIFY2(QTest::qWaitFor([&] { return views.done(i); }, 20000), qPrintable(names.at(i)));
        window.showView(views.views.at(i));
        QCOMPARE(window.currentView(), views.views.at(i));
        QVERIFY(window.bannerText().isEmpty());
        QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("window-") + names.at(i))
                         .isEmpty());
    }
}

// Qt's raster paint engine splits large fills over QThreadPool::globalInstance() and waits for
// them on the GUI thread, so the window's own work must never queue there: a history load on the
// global pool held the first paint for half a second (bench/gui). With every thread of the global
// pool taken, the repository and every view still load; work queued on the global pool would wait
// for it and fail this test. (The window stays hidden: a paint would wait for the pool too.)
void TestMainWindow::loadsWhileQtsThreadPoolIsBusy()
{
    ScratchRepository scratch;
    buildProject(scratch);
    QThreadPool *global = QThreadPool::globalInstance();
    const int threads = global->maxThreadCount();
    QSemaphore started;
    QSemaphore release;
    for (int i = 0; i < threads; ++i) {
        global->start([&started, &release] {
            started.release();
            release.tryAcquire(1, 60000);
        });
    }
    QVERIFY(started.tryAcquire(threads, 10000));

    MainWindow window;
    const ViewsLoading views(window);
    QSignalSpy loaded(window.controller(), &rd::gui::RepositoryController::loaded);
    window.openRepository(scratch.path());
    const bool allLoaded = QTest::qWaitFor(
            [&] { return !loaded.isEmpty() && views.done(0) && views.done(1) && views.done(2); },
            20000);
    release.release(threads);
    global->waitForDone();
    QVERIFY2(allLoaded, "the window's work waited for Qt's global thread pool");
    QVERIFY(window.controller()->report()->next);
    QCOMPARE(window.controller()->report()->next->version.toString(), QStringLiteral("1.2.0"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
