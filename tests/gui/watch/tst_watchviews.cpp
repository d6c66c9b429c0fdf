// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgedouble.h"
#include "notifyrecorder.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "activitylist.h"
#include "pipelinewatch.h"
#include "watchtray.h"

#include "git/library.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
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

} // namespace

class TestWatchViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trayTellsTheAggregateStateAndTheLatestRuns();
    void activityListsTheEvents();
    void donePageFollowsTheTagsPipelines();

private:
    git::Library m_library;
    QTemporaryDir m_data;
    ForgeDouble m_double;
    NotifyRecorder m_recorder;
};

void TestWatchViews::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    QVERIFY2(m_recorder.isValid(), qPrintable(m_recorder.skipReason()));
    // The history database and the notifications of this test only.
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
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
    QList<QJsonObject> specs;
    for (const char *workflow : {"CI", "Lint", "Docs"}) {
        QJsonObject spec = ForgeDouble::runSpec(sha,
                                                QString::fromLatin1(workflow),
                                                ForgeDouble::passing(),
                                                {ForgeDouble::jobSpec(QStringLiteral("build"),
                                                                      ForgeDouble::passing(),
                                                                      90)});
        spec.insert(QStringLiteral("ref"), QStringLiteral("v1.4.0"));
        specs.append(spec);
    }
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {specs[0], specs[1], specs[2]});

    PipelineWatch watch;
    watch::WatchOptions options;
    options.fastIntervalMs = 200;
    options.slowIntervalMs = 1000;
    options.followReachability = false;
    watch.setOptions(options);
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

QTEST_MAIN(TestWatchViews)
#include "tst_watchviews.moc"
