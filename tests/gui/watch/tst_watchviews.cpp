// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "forgedouble.h"
#include "notifyrecorder.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "activitylist.h"
#include "autostart.h"
#include "backgroundwatch.h"
#include "historystore.h"
#include "pipelinewatch.h"
#include "watchsettingsdialog.h"
#include "watchtray.h"

#include "git/library.h"
#include "store/notificationlog.h"
#include "store/runhistory.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::gui;
using notify::RunEvent;

namespace {

RunEvent runEvent(RunEvent::Kind kind, qint64 id, const QString &workflow, RunState state)
{
    RunEvent e;
    e.kind = kind;
    e.location.project = QStringLiteral("octo/app");
    e.target = QStringLiteral("v1.4.0");
    e.run.id = id;
    e.run.workflow = workflow;
    e.run.ref = QStringLiteral("v1.4.0");
    e.run.sha = QStringLiteral("1234567890abcdef");
    e.run.state = state;
    e.run.url = QUrl(QStringLiteral("http://127.0.0.1:9/octo/app/actions/runs/%1").arg(id));
    e.run.started = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    if (!isPending(state))
        e.run.finished = e.run.started.addSecs(200 + id % 100);
    e.at = QDateTime(QDate(2026, 12, 7), QTime(9, 3, int(id % 60)), Qt::UTC);
    return e;
}

QStringList texts(QMenu *menu)
{
    QStringList result;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            result.append(action->text());
    }
    return result;
}

// Passing runs of `workflows` on the tag `tag` at `sha`, each with one passing job.
QJsonArray passingRunsOn(const QString &sha, const QString &tag, const QStringList &workflows)
{
    QJsonArray specs;
    for (const QString &workflow : workflows) {
        QJsonObject spec = ForgeDouble::runSpec(sha,
                                                workflow,
                                                ForgeDouble::passing(),
                                                {ForgeDouble::jobSpec(QStringLiteral("build"),
                                                                      ForgeDouble::passing(),
                                                                      90)});
        spec.insert(QStringLiteral("ref"), tag);
        specs.append(spec);
    }
    return specs;
}

// Polls every 200 ms while something runs, every second when idle; online throughout.
watch::WatchOptions fastOptions()
{
    watch::WatchOptions options;
    options.fastIntervalMs = 200;
    options.slowIntervalMs = 1000;
    options.followReachability = false;
    return options;
}

// The settings dialog reads and writes the store off the GUI thread.
bool waitSettled(const WatchSettingsDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 20000);
}

// save(), then the write's end: true when it started and succeeded.
bool saveAndWait(WatchSettingsDialog &dialog)
{
    QSignalSpy saved(&dialog, &WatchSettingsDialog::saved);
    if (!dialog.save())
        return false;
    return (!saved.isEmpty() || saved.wait(20000)) && saved.first().first().toBool();
}

} // namespace

class TestWatchViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trayTellsTheAggregateStateAndTheLatestRuns();
    void activityListsTheEvents();
    void donePageFollowsTheTagsPipelines();
    void settingsChooseWhatIsWatchedAndNotified();
    void backgroundWatchFollowsTheWatchedReleases();
    void recentRepositoriesAreWatchedOnTheirDefaultBranch();

private:
    // The double and the recorder afresh, and no repository of the store pinned.
    void startWithNothingWatched(const store::RunHistory &history);
    // A GitHub project on the forge double.
    ForgeLocation onTheDouble(const QString &project) const;

    git::Library m_library;
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    ForgeDouble m_double;
    NotifyRecorder m_recorder;
};

void TestWatchViews::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    QVERIFY2(m_recorder.isValid(), qPrintable(m_recorder.skipReason()));
    // The history database and the notifications of this test only.
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    // The application settings and the autostart entry too.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReleaseDesk"));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_recorder.address().toUtf8());
}

void TestWatchViews::trayTellsTheAggregateStateAndTheLatestRuns()
{
    WatchTray tray;
    QSignalSpy changed(&tray, &WatchTray::stateChanged);
    QCOMPARE(tray.state(), WatchState::Idle);
    QCOMPARE(texts(tray.menu()),
             QStringList({QStringLiteral("ReleaseDesk: Idle"),
                          QStringLiteral("No runs watched yet"),
                          QStringLiteral("Watch and Notify Settings…"),
                          QStringLiteral("Show ReleaseDesk")}));
    tray.addEvent(runEvent(RunEvent::Kind::Started, 1001, QStringLiteral("CI"), RunState::Running));
    tray.addEvent(
            runEvent(RunEvent::Kind::Started, 1004, QStringLiteral("Lint"), RunState::Queued));
    QCOMPARE(tray.state(), WatchState::Running);
    tray.addEvent(
            runEvent(RunEvent::Kind::Succeeded, 1004, QStringLiteral("Lint"), RunState::Success));
    QCOMPARE(tray.state(), WatchState::Running); // CI still runs
    tray.addEvent(runEvent(RunEvent::Kind::Failed, 1001, QStringLiteral("CI"), RunState::Failed));
    QCOMPARE(tray.state(), WatchState::Red);
    tray.addEvent(
            runEvent(RunEvent::Kind::Started, 1007, QStringLiteral("Docs"), RunState::Running));
    tray.addEvent(
            runEvent(RunEvent::Kind::Succeeded, 1007, QStringLiteral("Docs"), RunState::Success));
    QCOMPARE(tray.state(), WatchState::Red);
    QCOMPARE(changed.size(), 4); // idle → running → red → running (Docs) → red
    // One line a run, newest first.
    QCOMPARE(texts(tray.menu()),
             QStringList({QStringLiteral("ReleaseDesk: Something failed"),
                          QStringLiteral("Docs on v1.4.0 — octo/app"),
                          QStringLiteral("CI on v1.4.0 — octo/app"),
                          QStringLiteral("Lint on v1.4.0 — octo/app"),
                          QStringLiteral("Watch and Notify Settings…"),
                          QStringLiteral("Show ReleaseDesk")}));
    tray.menu()->adjustSize();
    QVERIFY(!rd::test::saveScreenshot(tray.menu(), QStringLiteral("watch-tray-menu")).isEmpty());

    WatchTray green;
    green.addEvent(
            runEvent(RunEvent::Kind::Succeeded, 2001, QStringLiteral("CI"), RunState::Success));
    QCOMPARE(green.state(), WatchState::Green);
}

void TestWatchViews::activityListsTheEvents()
{
    ActivityList list;
    list.addEvent(runEvent(RunEvent::Kind::Started, 1001, QStringLiteral("CI"), RunState::Running));
    RunEvent failed = runEvent(RunEvent::Kind::Failed,
                               1001,
                               QStringLiteral("CI"),
                               RunState::Failed);
    PipelineJob job;
    job.name = QStringLiteral("unit tests");
    job.state = RunState::Failed;
    job.url = QUrl(QStringLiteral("http://127.0.0.1:9/octo/app/actions/runs/1001/job/1003"));
    failed.failedJob = job;
    list.addEvent(failed);
    RunEvent all = runEvent(RunEvent::Kind::AllFinished, 0, QString(), RunState::Success);
    all.runs = {failed.run};
    list.addEvent(all);
    QCOMPARE(list.count(), 3);
    QVERIFY2(list.item(0)->text().contains(QStringLiteral("v1.4.0: 1 of 1 pipeline failed")),
             qPrintable(list.item(0)->text()));
    // The line names the failed job; its link is the tooltip's and a double-click's.
    QCOMPARE(list.item(1)->text().mid(10),
             QStringLiteral("CI failed on v1.4.0 — octo/app, job unit tests failed"));
    QVERIFY2(list.item(1)->toolTip().endsWith(job.url.toString()),
             qPrintable(list.item(1)->toolTip()));
    QCOMPARE(list.item(1)->data(Qt::UserRole + 1).toUrl(), job.url);
    list.resize(760, 140);
    QVERIFY(!rd::test::saveScreenshot(&list, QStringLiteral("watch-activity")).isEmpty());
}

void TestWatchViews::donePageFollowsTheTagsPipelines()
{
    m_double.reset();
    m_recorder.mark();
    rd::test::ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"),
                   {{QStringLiteral(".releasedesk.yml"),
                     QStringLiteral("forge:\n  type: github\n  api: %1\n  project: octo/app\n")
                             .arg(m_double.url().toString())
                             .toUtf8()}});
    const QString sha = scratch.head().toString();
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     passingRunsOn(sha,
                                   QStringLiteral("v1.4.0"),
                                   {QStringLiteral("CI"),
                                    QStringLiteral("Lint"),
                                    QStringLiteral("Docs")}));

    PipelineWatch watch;
    watch.setOptions(fastOptions());
    QSignalSpy finished(&watch, &PipelineWatch::finished);
    watch.resize(760, 260);
    watch.follow(scratch.path(), QStringLiteral("v1.4.0"));
    QVERIFY(watch.isVisible() || !watch.isHidden());
    QTRY_COMPARE_WITH_TIMEOUT(watch.activity()->count(), 3, 20000); // three started
    QVERIFY2(watch.statusText().startsWith(QStringLiteral("Following the pipelines of v1.4.0")),
             qPrintable(watch.statusText()));
    m_double.advance();
    m_double.advance();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(watch.activity()->count(), 7);
    QVERIFY2(watch.statusText().startsWith(QStringLiteral("v1.4.0: 3 pipelines passed in ")),
             qPrintable(watch.statusText()));
    watch.show();
    QVERIFY(!rd::test::saveScreenshot(&watch, QStringLiteral("watch-done-page")).isEmpty());
    // Each change notified once through the real daemon.
    QVERIFY(m_recorder.waitForAnswers(7));
    QTest::qWait(300);
    QCOMPARE(m_recorder.calls().size(), 7);
}

void TestWatchViews::settingsChooseWhatIsWatchedAndNotified()
{
    store::Store &store = historyStore();
    QVERIFY2(!store.problem(), qPrintable(store.problem()->toString()));
    ForgeLocation app;
    app.type = ForgeLocation::Type::GitHub;
    app.api = QUrl(QStringLiteral("http://127.0.0.1:9"));
    app.project = QStringLiteral("octo/settings-app");
    ForgeLocation lib = app;
    lib.type = ForgeLocation::Type::GitLab;
    lib.project = QStringLiteral("group/settings-lib");
    const store::RunHistory history(store);
    const qint64 appId = *history.repositoryId(app);
    const qint64 libId = *history.repositoryId(lib);
    const store::NotificationLog log(store);
    const QString autostart = Autostart::desktopFilePath();
    QVERIFY(autostart.startsWith(m_config.path()));
    QVERIFY(!QFile::exists(autostart));
    // The Done page's test watched a repository too.
    const qsizetype pinnedBefore = history.pinnedRepositories()->size();

    {
        WatchSettingsDialog dialog(store);
        // The store is read off the GUI thread: the list fills when it is (a read this small
        // may already be over here, so only its end is waited for).
        QVERIFY(waitSettled(dialog));
        QListWidget *list = dialog.repositories();
        QStringList rows;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().contains(QStringLiteral("settings-")))
                rows.append(list->item(row)->text());
        }
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(
                         QStringLiteral("GitHub octo/settings-app at http://127.0.0.1:9")),
                 qPrintable(rows.at(0)));
        const int appRow = list->row(list->findItems(rows.at(0), Qt::MatchExactly).first());
        const int libRow = appRow + 1;
        QCOMPARE(list->item(appRow)->checkState(), Qt::Checked); // pinned when added
        // "My runs only" needs a login: nothing is saved without it.
        list->setCurrentRow(libRow);
        QVERIFY(!dialog.loginEdit()->isEnabled());
        dialog.myRunsOnlyBox()->setChecked(true);
        QVERIFY(dialog.loginEdit()->isEnabled());
        list->item(appRow)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.save());
        QCOMPARE(history.pinnedRepositories()->size(), pinnedBefore);
        QCOMPARE(*log.settings(libId), store::NotifySettings{});
        // The login given, the lib notifies failures of my runs only; the app is not watched.
        dialog.loginEdit()->setText(QStringLiteral(" octocat "));
        dialog.failuresOnlyBox()->setChecked(true);
        // Another row shows its own settings and keeps the lib's.
        list->setCurrentRow(appRow);
        QVERIFY(!dialog.failuresOnlyBox()->isChecked());
        QVERIFY(dialog.notifyBox()->isChecked());
        dialog.notifyBox()->setChecked(false);
        QVERIFY(!dialog.failuresOnlyBox()->isEnabled());
        dialog.keepWatchingBox()->setChecked(true);
        dialog.startAtLoginBox()->setChecked(true);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
        QVERIFY(!rd::test::saveScreenshot(&dialog, QStringLiteral("watch-settings")).isEmpty());
        QVERIFY(saveAndWait(dialog));
    }
    QStringList pinned;
    const auto pinnedNow = history.pinnedRepositories();
    QVERIFY(pinnedNow);
    for (const ForgeLocation &location : *pinnedNow)
        pinned.append(location.project);
    QCOMPARE(pinned.size(), pinnedBefore - 1);
    QVERIFY(pinned.contains(lib.project));
    QVERIFY(!pinned.contains(app.project));
    store::NotifySettings expected;
    expected.failuresOnly = true;
    expected.myRunsOnly = true;
    expected.myLogin = QStringLiteral("octocat");
    QCOMPARE(*log.settings(libId), expected);
    store::NotifySettings off;
    off.enabled = false;
    QCOMPARE(*log.settings(appId), off);
    QVERIFY(WatchSettingsDialog::keepWatching());
    QVERIFY(Autostart::isEnabled());
    QFile entry(autostart);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray content = entry.readAll();
    QVERIFY2(content.contains("\nExec=" + QCoreApplication::applicationFilePath().toUtf8()
                              + " --background\n"),
             content.constData());
    QVERIFY(content.startsWith("[Desktop Entry]\nType=Application\n"));

    // Opened again, it shows what was saved; turning both options off removes the entry.
    WatchSettingsDialog again(store);
    QVERIFY(waitSettled(again));
    QVERIFY(again.keepWatchingBox()->isChecked());
    QVERIFY(again.startAtLoginBox()->isChecked());
    again.keepWatchingBox()->setChecked(false);
    again.startAtLoginBox()->setChecked(false);
    QVERIFY(saveAndWait(again));
    QVERIFY(!QFile::exists(autostart));
    QVERIFY(!WatchSettingsDialog::keepWatching());
}

void TestWatchViews::startWithNothingWatched(const store::RunHistory &history)
{
    m_double.reset();
    m_recorder.mark();
    const auto known = history.repositories();
    QVERIFY(known);
    for (const store::KnownRepository &repository : *known)
        RD_VERIFY_OK(history.setPinned(repository.location, false));
}

ForgeLocation TestWatchViews::onTheDouble(const QString &project) const
{
    ForgeLocation location;
    location.type = ForgeLocation::Type::GitHub;
    location.api = m_double.url();
    location.project = project;
    return location;
}

void TestWatchViews::backgroundWatchFollowsTheWatchedReleases()
{
    store::Store &store = historyStore();
    const store::RunHistory history(store);
    startWithNothingWatched(history);
    if (QTest::currentTestFailed())
        return;
    // Watched with a release made from ReleaseDesk; watched without one; released, not watched.
    const ForgeLocation watched = onTheDouble(QStringLiteral("octo/background"));
    ForgeLocation unreleased = watched;
    unreleased.project = QStringLiteral("octo/unreleased");
    ForgeLocation unwatched = watched;
    unwatched.project = QStringLiteral("octo/unwatched");
    const QString sha = QStringLiteral("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
    const QDateTime made = QDateTime::currentDateTimeUtc();
    RD_VERIFY_OK(history.recordRelease(*history.repositoryId(watched),
                                       {QStringLiteral("v2.0.0"), sha, made}));
    RD_VERIFY_OK(history.recordRelease(*history.repositoryId(watched),
                                       {QStringLiteral("v2.1.0"), sha, made.addSecs(60)}));
    RD_VERIFY_OK(history.repositoryId(unreleased));
    RD_VERIFY_OK(history.recordRelease(*history.repositoryId(unwatched),
                                       {QStringLiteral("v9.0.0"), sha, made}));
    RD_VERIFY_OK(history.setPinned(unwatched, false));
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/background"),
                     passingRunsOn(sha,
                                   QStringLiteral("v2.1.0"),
                                   {QStringLiteral("CI"), QStringLiteral("Docs")}));

    BackgroundWatch background;
    background.setOptions(fastOptions());
    QSignalSpy started(&background, &BackgroundWatch::started);
    QList<RunEvent> events;
    connect(&background, &BackgroundWatch::runEvent, this, [&events](const RunEvent &event) {
        events.append(event);
    });
    background.restart();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
    QCOMPARE(started.first().first().toInt(), 1);
    // The latest release of the watched repository only.
    QCOMPARE(background.targets().first().location.project, watched.project);
    QCOMPARE(background.targets().first().value, QStringLiteral("v2.1.0"));
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 20000); // both started
    m_double.advance();
    m_double.advance();
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty() && events.last().kind == RunEvent::Kind::AllFinished,
                             20000);
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.last().summary().left(30), QStringLiteral("v2.1.0: 2 pipelines passed in "));
    // Each change notified once through the real daemon.
    QVERIFY(m_recorder.waitForAnswers(5));
    QTest::qWait(300);
    QCOMPARE(m_recorder.calls().size(), 5);
    // And the daemon drew them: a picture of its bubbles on its own display (the README's).
    QTemporaryDir grabDir;
    const QString grabbed = grabDir.filePath(QStringLiteral("bubbles.png"));
    QString grabError;
    QVERIFY2(m_recorder.grabScreen(grabbed, &grabError), qPrintable(grabError));
    const QImage bubbles(grabbed);
    QVERIFY2(bubbles.width() >= 150 && bubbles.height() >= 50,
             qPrintable(QStringLiteral("%1x%2").arg(bubbles.width()).arg(bubbles.height())));
    QVERIFY(!rd::test::saveScreenshot(bubbles, QStringLiteral("notification")).isEmpty());

    // The settings' Activity tab lists the changes the store recorded, newest first.
    WatchSettingsDialog dialog(store);
    QVERIFY(waitSettled(dialog));
    ActivityList *activity = dialog.activity();
    QStringList lines;
    for (int row = 0; row < activity->count(); ++row) {
        if (activity->item(row)->text().contains(QStringLiteral("octo/background")))
            lines.append(activity->item(row)->text().section(QStringLiteral("  "), 1));
    }
    QCOMPARE(lines.size(), 4); // two runs, each queued then passed
    QVERIFY2(lines.first().endsWith(QStringLiteral(" on v2.1.0: passed")),
             qPrintable(lines.first()));
    QVERIFY2(lines.last().endsWith(QStringLiteral(" on v2.1.0: queued")), qPrintable(lines.last()));
    dialog.resize(620, 420);
    qobject_cast<QTabWidget *>(activity->parentWidget()->parentWidget())
            ->setCurrentWidget(activity);
    QVERIFY(!rd::test::saveScreenshot(&dialog, QStringLiteral("watch-settings-activity"))
                     .isEmpty());
}

// "All recent" in the settings: a repository opened in ReleaseDesk, never released from it nor
// pinned, is followed on its default branch and its latest release tag.
void TestWatchViews::recentRepositoriesAreWatchedOnTheirDefaultBranch()
{
    store::Store &store = historyStore();
    const store::RunHistory history(store);
    startWithNothingWatched(history);
    if (QTest::currentTestFailed())
        return;
    const ForgeLocation opened = onTheDouble(QStringLiteral("octo/opened"));
    RD_VERIFY_OK(history.noteOpened(opened,
                                    {QStringLiteral("trunk"), QStringLiteral("v3.0.0")},
                                    QDateTime::currentDateTimeUtc()));
    const QString sha = QStringLiteral("0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f");
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/opened"),
                     passingRunsOn(sha, QStringLiteral("trunk"), {QStringLiteral("CI")}));

    // The setting, chosen in the dialog.
    WatchSettingsDialog::setWatchScope(watch::WatchScope::Pinned);
    {
        WatchSettingsDialog dialog(store);
        QVERIFY(waitSettled(dialog));
        QComboBox *scope = dialog.scopeBox();
        QCOMPARE(scope->currentData().toInt(), int(watch::WatchScope::Pinned));
        // The opened repository is listed, unchecked, with what is known of it.
        QListWidget *list = dialog.repositories();
        int row = -1;
        for (int each = 0; each < list->count(); ++each) {
            if (list->item(each)->text().contains(QStringLiteral("octo/opened")))
                row = each;
        }
        QVERIFY(row >= 0);
        QCOMPARE(list->item(row)->checkState(), Qt::Unchecked);
        QVERIFY2(list->item(row)->toolTip().contains(QStringLiteral("default branch trunk")),
                 qPrintable(list->item(row)->toolTip()));
        scope->setCurrentIndex(scope->findData(int(watch::WatchScope::Recent)));
        QVERIFY(saveAndWait(dialog));
    }
    QCOMPARE(WatchSettingsDialog::watchScope(), watch::WatchScope::Recent);

    BackgroundWatch background;
    background.setOptions(fastOptions());
    QSignalSpy started(&background, &BackgroundWatch::started);
    QList<RunEvent> events;
    connect(&background, &BackgroundWatch::runEvent, this, [&events](const RunEvent &event) {
        events.append(event);
    });
    background.restart();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
    QStringList targets;
    for (const watch::WatchTarget &target : background.targets())
        targets.append(target.location.project + u' ' + target.value);
    QCOMPARE(targets,
             QStringList(
                     {QStringLiteral("octo/opened trunk"), QStringLiteral("octo/opened v3.0.0")}));
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 20000);
    QCOMPARE(events.first().kind, RunEvent::Kind::Started);
    QCOMPARE(events.first().run.ref, QStringLiteral("trunk"));
    m_double.advance();
    m_double.advance();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(),
                                         events.cend(),
                                         [](const RunEvent &event) {
                                             return event.kind == RunEvent::Kind::Succeeded;
                                         }),
                             20000);

    // Back to the checked repositories only: nothing of it is followed.
    WatchSettingsDialog::setWatchScope(watch::WatchScope::Pinned);
    background.restart();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 20000);
    QCOMPARE(started.last().first().toInt(), 0);
}

QTEST_MAIN(TestWatchViews)
#include "tst_watchviews.moc"
