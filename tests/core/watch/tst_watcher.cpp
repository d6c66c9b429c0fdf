// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "forgedouble.h"
#include "notifyrecorder.h"

#include "notify/desktopnotifier.h"
#include "store/notificationlog.h"
#include "store/runhistory.h"
#include "store/store.h"
#include "watch/watchnotifications.h"
#include "watch/watchthread.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using notify::RunEvent;

namespace {

const QString sha = QStringLiteral("1111111111111111111111111111111111111111");

// One watch as the tray runs it: the watcher on its thread, its events turned into
// notifications on the private bus.
class Session
{
public:
    Session(const QString &file, const NotifyRecorder &recorder, const QString &busName)
        : store(file)
        , notifier(store, recorder.connect(busName))
        , notifications(store, notifier)
        , thread(store, options())
    {
        QObject::connect(thread.watcher(),
                         &watch::Watcher::runEvent,
                         &notifications,
                         [this](const RunEvent &e) {
                             events.append(e);
                             notifications.onEvent(e);
                         });
        QObject::connect(thread.watcher(),
                         &watch::Watcher::problem,
                         &notifications,
                         [this](const Error &e) { problems.append(e); });
        QObject::connect(thread.watcher(),
                         &watch::Watcher::recovered,
                         &notifications,
                         [this](const QString &) { ++recoveries; });
    }
    static watch::WatchOptions options()
    {
        watch::WatchOptions options;
        options.fastIntervalMs = 100;
        options.slowIntervalMs = 300;
        options.settlePolls = 2;
        options.followReachability = false;
        options.http.timeoutMs = 5000;
        options.http.retryDelayMs = 50;
        options.http.maxAttempts = 1;
        return options;
    }
    QStringList kinds() const
    {
        QStringList names;
        for (const RunEvent &e : events)
            names.append(RunEvent::kindName(e.kind)
                         + (e.kind == RunEvent::Kind::AllFinished
                                    ? QString()
                                    : u':' + QString::number(e.run.id)));
        return names;
    }
    int count(RunEvent::Kind kind) const
    {
        return int(std::count_if(events.begin(), events.end(), [&](const RunEvent &e) {
            return e.kind == kind;
        }));
    }

    store::Store store;
    notify::DesktopNotifier notifier;
    watch::WatchNotifications notifications;
    watch::WatchThread thread;
    QList<RunEvent> events;
    QList<Error> problems;
    int recoveries = 0;
};

} // namespace

class TestWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void aTagsPipelinesPass();
    void failedStillFailingFixed();
    void cancelledRunFailsTheWatch();
    void aRunThatAppearsLateIsWaitedFor();
    void networkDropMidWatch();
    void restartMidWatchSendsNoDuplicate();
    void stopsShortOfTheRateLimit();
    void idlePollsAreConditional();
    void settingsLimitWhatIsNotified();

private:
    watch::WatchTarget target(RunFilter::Kind kind, const QString &value) const;
    QJsonObject runOn(const QString &ref,
                      const QString &workflow,
                      const QStringList &states,
                      const QString &commit = sha) const;
    QString file() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    // Notify calls since init(), answered, and no more coming.
    QList<RecordedNotify> settledCalls(int expected);

    ForgeDouble m_double;
    NotifyRecorder m_recorder;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_sessions = 0;
};

void TestWatcher::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    QVERIFY2(m_recorder.isValid(), qPrintable(m_recorder.skipReason()));
}

void TestWatcher::init()
{
    m_double.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_recorder.mark();
}

void TestWatcher::cleanupTestCase()
{
    QVERIFY2(!m_double.log().contains("SCHEMA MISMATCH"), m_double.log().constData());
}

watch::WatchTarget TestWatcher::target(RunFilter::Kind kind, const QString &value) const
{
    watch::WatchTarget target;
    target.location.api = m_double.url();
    target.location.project = QStringLiteral("octo/app");
    target.kind = kind;
    target.value = value;
    return target;
}

QJsonObject TestWatcher::runOn(const QString &ref,
                               const QString &workflow,
                               const QStringList &states,
                               const QString &commit) const
{
    QStringList jobStates = states;
    QJsonObject spec = ForgeDouble::runSpec(commit,
                                            workflow,
                                            states,
                                            {ForgeDouble::jobSpec(QStringLiteral("build"),
                                                                  ForgeDouble::passing(),
                                                                  50),
                                             ForgeDouble::jobSpec(QStringLiteral("unit tests"),
                                                                  jobStates,
                                                                  80)});
    spec.insert(QStringLiteral("ref"), ref);
    return spec;
}

QList<RecordedNotify> TestWatcher::settledCalls(int expected)
{
    if (!m_recorder.waitForAnswers(expected))
        return m_recorder.calls();
    QTest::qWait(500); // a duplicate would show up by now
    return m_recorder.calls();
}

void TestWatcher::aTagsPipelinesPass()
{
    const QList<qint64> ids = m_double.addRuns(QStringLiteral("github"),
                                               QStringLiteral("octo/app"),
                                               {runOn(QStringLiteral("v1.4.0"),
                                                      QStringLiteral("CI"),
                                                      ForgeDouble::passing()),
                                                runOn(QStringLiteral("v1.4.0"),
                                                      QStringLiteral("Lint"),
                                                      ForgeDouble::passing())});
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    session.thread.addTarget(target(RunFilter::Kind::Tag, QStringLiteral("v1.4.0")));
    session.thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Started), 2, 10000);
    m_double.advance();
    QTest::qWait(400);
    QCOMPARE(session.events.size(), 2); // queued → running is no news
    m_double.advance();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::AllFinished), 1, 10000);
    QTest::qWait(800); // several polls more: nothing is told twice
    QCOMPARE(session.kinds(),
             QStringList({QStringLiteral("started:%1").arg(ids[0]),
                          QStringLiteral("started:%1").arg(ids[1]),
                          QStringLiteral("succeeded:%1").arg(ids[0]),
                          QStringLiteral("succeeded:%1").arg(ids[1]),
                          QStringLiteral("all-finished")}));
    const RunEvent &all = session.events.last();
    QCOMPARE(all.runs.size(), 2);
    QVERIFY2(all.summary().startsWith(QStringLiteral("v1.4.0: 2 pipelines passed in ")),
             qPrintable(all.summary()));
    QVERIFY(!all.isHistory);
    QVERIFY(session.problems.isEmpty());

    const QList<RecordedNotify> calls = settledCalls(5);
    QCOMPARE(calls.size(), 5);
    QCOMPARE(calls.at(0).summary, QStringLiteral("CI started on v1.4.0"));
    QCOMPARE(calls.at(2).summary, QStringLiteral("CI passed on v1.4.0"));
    // A run's result replaces its "started" bubble.
    QCOMPARE(calls.at(2).replacesId, *calls.at(0).returnedId);
    QCOMPARE(calls.at(3).replacesId, *calls.at(1).returnedId);
    QCOMPARE(calls.at(4).summary, all.summary());
    QCOMPARE(calls.at(4).urgency, 1);
    QCOMPARE(calls.at(4).icon, QStringLiteral("emblem-default"));
}

void TestWatcher::failedStillFailingFixed()
{
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    session.thread.addTarget(target(RunFilter::Kind::Branch, QStringLiteral("main")));
    session.thread.start();
    const QString commits[] = {QString(40, u'a'), QString(40, u'b'), QString(40, u'c')};
    const QStringList scripts[] = {ForgeDouble::failing(),
                                   ForgeDouble::failing(),
                                   ForgeDouble::passing()};
    const RunEvent::Kind outcomes[] = {RunEvent::Kind::Failed,
                                       RunEvent::Kind::StillFailing,
                                       RunEvent::Kind::Fixed};
    for (int i = 0; i < 3; ++i) {
        const qint64 id = m_double.addRuns(QStringLiteral("github"),
                                           QStringLiteral("octo/app"),
                                           {runOn(QStringLiteral("main"),
                                                  QStringLiteral("CI"),
                                                  scripts[i],
                                                  commits[i])})
                                  .first();
        QTRY_VERIFY_WITH_TIMEOUT(session.kinds().contains(QStringLiteral("started:%1").arg(id)),
                                 10000);
        m_double.advance();
        m_double.advance();
        QTRY_VERIFY_WITH_TIMEOUT(!session.events.isEmpty()
                                         && session.events.last().kind
                                                    == RunEvent::Kind::AllFinished
                                         && session.events.last().run.sha == commits[i],
                                 10000);
        const RunEvent &outcome = session.events.at(session.events.size() - 2);
        QCOMPARE(outcome.kind, outcomes[i]);
        QCOMPARE(outcome.run.id, id);
        if (outcomes[i] != RunEvent::Kind::Fixed) {
            QVERIFY(outcome.failedJob.has_value());
            QCOMPARE(outcome.failedJob->name, QStringLiteral("unit tests"));
            QVERIFY(outcome.failedJob->url.toString().endsWith(
                    QStringLiteral("/actions/runs/%1/job/%2").arg(id).arg(id + 2)));
        }
    }
    QCOMPARE(session.events.size(), 9);
    const QList<RecordedNotify> calls = settledCalls(9);
    QCOMPARE(calls.size(), 9);
    QCOMPARE(calls.at(1).summary, QStringLiteral("CI failed on main"));
    QCOMPARE(calls.at(1).urgency, 2);
    QVERIFY(calls.at(1).body.contains(QStringLiteral("job unit tests failed")));
    QCOMPARE(calls.at(4).summary, QStringLiteral("CI still failing on main"));
    QCOMPARE(calls.at(7).summary, QStringLiteral("CI fixed on main"));
    QCOMPARE(calls.at(7).urgency, 1);
    QCOMPARE(calls.at(8).summary, QStringLiteral("main: 1 pipeline passed in 2 min 15 s"));
}

void TestWatcher::cancelledRunFailsTheWatch()
{
    const qint64 id = m_double.addRuns(QStringLiteral("github"),
                                       QStringLiteral("octo/app"),
                                       {runOn(QStringLiteral("v2.0.0"),
                                              QStringLiteral("Deploy"),
                                              {QStringLiteral("queued"),
                                               QStringLiteral("running"),
                                               QStringLiteral("cancelled")})})
                              .first();
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    session.thread.addTarget(target(RunFilter::Kind::Tag, QStringLiteral("v2.0.0")));
    session.thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Started), 1, 10000);
    m_double.advance();
    m_double.advance();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::AllFinished), 1, 10000);
    QCOMPARE(session.kinds(),
             QStringList({QStringLiteral("started:%1").arg(id),
                          QStringLiteral("cancelled:%1").arg(id),
                          QStringLiteral("all-finished")}));
    QCOMPARE(session.events.last().failedCount(), 1);
    QCOMPARE(session.events.last().summary(), QStringLiteral("v2.0.0: 1 of 1 pipeline failed"));
    const QList<RecordedNotify> calls = settledCalls(3);
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(1).icon, QStringLiteral("process-stop"));
    QCOMPARE(calls.at(1).urgency, 2);
    QCOMPARE(calls.at(2).urgency, 2);
}

void TestWatcher::aRunThatAppearsLateIsWaitedFor()
{
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    session.thread.addTarget(target(RunFilter::Kind::Tag, QStringLiteral("v3.0.0")));
    session.thread.start();
    QTest::qWait(600); // the tag has no runs yet: nothing is finished
    QVERIFY(session.events.isEmpty());
    const qint64 first = m_double.addRuns(QStringLiteral("github"),
                                          QStringLiteral("octo/app"),
                                          {runOn(QStringLiteral("v3.0.0"),
                                                 QStringLiteral("CI"),
                                                 ForgeDouble::passing())})
                                 .first();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Started), 1, 10000);
    m_double.advance();
    // A second workflow starts late, while the first is running.
    const qint64 late = m_double.addRuns(QStringLiteral("github"),
                                         QStringLiteral("octo/app"),
                                         {runOn(QStringLiteral("v3.0.0"),
                                                QStringLiteral("Release"),
                                                ForgeDouble::passing())})
                                .first();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Started), 2, 10000);
    m_double.advance(); // the first passes, the late one runs
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Succeeded), 1, 10000);
    QTest::qWait(600);
    QCOMPARE(session.count(RunEvent::Kind::AllFinished), 0);
    m_double.advance();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::AllFinished), 1, 10000);
    QCOMPARE(session.kinds(),
             QStringList({QStringLiteral("started:%1").arg(first),
                          QStringLiteral("started:%1").arg(late),
                          QStringLiteral("succeeded:%1").arg(first),
                          QStringLiteral("succeeded:%1").arg(late),
                          QStringLiteral("all-finished")}));
    QCOMPARE(session.events.last().runs.size(), 2);
}

void TestWatcher::networkDropMidWatch()
{
    const qint64 id = m_double.addRuns(QStringLiteral("github"),
                                       QStringLiteral("octo/app"),
                                       {runOn(QStringLiteral("v4.0.0"),
                                              QStringLiteral("CI"),
                                              ForgeDouble::passing())})
                              .first();
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    session.thread.addTarget(target(RunFilter::Kind::Tag, QStringLiteral("v4.0.0")));
    session.thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Started), 1, 10000);
    // The connection is cut for the next three requests while the run finishes.
    m_double.fault(
            {{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("count"), 3}});
    m_double.advance();
    m_double.advance();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::AllFinished), 1, 15000);
    QCOMPARE(session.problems.size(), 1); // told once, not once per failed poll
    QVERIFY2(session.problems.first().is(errc::netConnection),
             qPrintable(session.problems.first().toString()));
    QCOMPARE(session.recoveries, 1);
    QCOMPARE(session.kinds(),
             QStringList({QStringLiteral("started:%1").arg(id),
                          QStringLiteral("succeeded:%1").arg(id),
                          QStringLiteral("all-finished")}));
    QCOMPARE(settledCalls(3).size(), 3);
}

void TestWatcher::restartMidWatchSendsNoDuplicate()
{
    const qint64 id = m_double.addRuns(QStringLiteral("github"),
                                       QStringLiteral("octo/app"),
                                       {runOn(QStringLiteral("v5.0.0"),
                                              QStringLiteral("CI"),
                                              ForgeDouble::passing())})
                              .first();
    {
        Session before(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
        before.thread.addTarget(target(RunFilter::Kind::Tag, QStringLiteral("v5.0.0")));
        before.thread.start();
        QTRY_COMPARE_WITH_TIMEOUT(before.count(RunEvent::Kind::Started), 1, 10000);
        m_double.advance(); // running
        QTest::qWait(400);
        QVERIFY(m_recorder.waitForAnswers(1));
    } // the app quits mid-watch
    Session after(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    after.thread.addTarget(target(RunFilter::Kind::Tag, QStringLiteral("v5.0.0")));
    after.thread.start();
    QTest::qWait(500);
    QVERIFY2(after.events.isEmpty(), qPrintable(after.kinds().join(u' ')));
    m_double.advance();
    QTRY_COMPARE_WITH_TIMEOUT(after.count(RunEvent::Kind::AllFinished), 1, 10000);
    QCOMPARE(after.kinds(),
             QStringList({QStringLiteral("succeeded:%1").arg(id), QStringLiteral("all-finished")}));
    const QList<RecordedNotify> calls = settledCalls(3);
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).summary, QStringLiteral("CI started on v5.0.0"));
    QCOMPARE(calls.at(1).summary, QStringLiteral("CI passed on v5.0.0"));
    // The new process replaced the bubble the old one showed.
    QCOMPARE(calls.at(1).replacesId, *calls.at(0).returnedId);
}

void TestWatcher::stopsShortOfTheRateLimit()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {runOn(QStringLiteral("v6.0.0"),
                            QStringLiteral("CI"),
                            ForgeDouble::passing())});
    m_double.setRateRemaining(20); // below the watcher's reserve of 50
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    session.thread.addTarget(target(RunFilter::Kind::Tag, QStringLiteral("v6.0.0")));
    session.thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Started), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.problems.size(), 1, 10000);
    QVERIFY2(session.problems.first().is(errc::netRateLimited),
             qPrintable(session.problems.first().toString()));
    QVERIFY2(session.problems.first().message.contains(QStringLiteral("19 of 5000 requests left")),
             qPrintable(session.problems.first().message));
    const qint64 before = m_double.stats().value(u"requests").toInteger();
    QTest::qWait(1000); // ten fast intervals: no poll while the budget is this low
    QCOMPARE(m_double.stats().value(u"requests").toInteger(), before);
    QCOMPARE(session.problems.size(), 1);
}

void TestWatcher::idlePollsAreConditional()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {runOn(QStringLiteral("main"),
                            QStringLiteral("CI"),
                            {QStringLiteral("success")})});
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    session.thread.addTarget(target(RunFilter::Kind::Branch, QStringLiteral("main")));
    session.thread.start();
    // A finished history is no news: told once as history, never notified.
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::AllFinished), 1, 10000);
    QVERIFY(session.events.last().isHistory);
    QTest::qWait(1500); // five slow polls
    const QJsonObject stats = m_double.stats();
    const QJsonObject answered = stats.value(u"answered").toObject();
    // The first poll (and the run's jobs) are 200s; every poll after is a 304.
    QCOMPARE(answered.value(u"200").toInteger(), 2);
    QVERIFY2(answered.value(u"304").toInteger() >= 3, QJsonDocument(stats).toJson().constData());
    QCOMPARE(stats.value(u"requests").toInteger(),
             answered.value(u"200").toInteger() + answered.value(u"304").toInteger());
    QCOMPARE(session.events.size(), 1);
    QTest::qWait(300);
    QCOMPARE(m_recorder.calls().size(), 0);
}

void TestWatcher::settingsLimitWhatIsNotified()
{
    const QList<qint64> ids = m_double.addRuns(QStringLiteral("github"),
                                               QStringLiteral("octo/app"),
                                               {runOn(QStringLiteral("v7.0.0"),
                                                      QStringLiteral("CI"),
                                                      ForgeDouble::failing()),
                                                runOn(QStringLiteral("v7.0.0"),
                                                      QStringLiteral("Lint"),
                                                      ForgeDouble::passing())});
    Session session(file(), m_recorder, QStringLiteral("watch-%1").arg(++m_sessions));
    const watch::WatchTarget watched = target(RunFilter::Kind::Tag, QStringLiteral("v7.0.0"));
    const qint64 repository = *store::RunHistory(session.store).repositoryId(watched.location);
    store::NotifySettings settings;
    settings.failuresOnly = true;
    RD_VERIFY_OK(store::NotificationLog(session.store).setSettings(repository, settings));
    session.thread.addTarget(watched);
    session.thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::Started), 2, 10000);
    m_double.advance();
    m_double.advance();
    QTRY_COMPARE_WITH_TIMEOUT(session.count(RunEvent::Kind::AllFinished), 1, 10000);
    QCOMPARE(session.events.size(), 5); // every change is an event...
    // ...but only the failure and the failed watch are notified.
    const QList<RecordedNotify> calls = settledCalls(2);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).summary, QStringLiteral("CI failed on v7.0.0"));
    QCOMPARE(calls.at(1).summary, QStringLiteral("v7.0.0: 1 of 2 pipelines failed"));
    QCOMPARE(*store::NotificationLog(session.store).sentFor(repository, ids[1]), 0);
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
