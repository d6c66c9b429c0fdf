// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "notifyrecorder.h"

#include "notify/desktopnotifier.h"
#include "notify/notification.h"
#include "notify/notificationfallback.h"
#include "notify/runevent.h"
#include "store/runhistory.h"
#include "store/store.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::notify;

namespace {

class RecordingFallback : public NotificationFallback
{
public:
    void show(const Notification &notification) override { shown.append(notification); }
    QList<Notification> shown;
};

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void oneNotificationPerStateChangeReplacingTheRunsLast();
    void aSecondProcessDoesNotSendItAgain();
    void fallsBackWhenNoDaemonAnswers();

private:
    RunEvent runEvent(RunEvent::Kind kind, RunState state, qint64 runId) const;
    NotifyRecorder m_recorder;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_repository = 0;
};

void TestDesktopNotifier::initTestCase()
{
    if (!m_recorder.isValid())
        QFAIL(qPrintable(m_recorder.skipReason()));
}

void TestDesktopNotifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_recorder.mark();
}

RunEvent TestDesktopNotifier::runEvent(RunEvent::Kind kind, RunState state, qint64 runId) const
{
    RunEvent event;
    event.kind = kind;
    event.location.api = QUrl(QStringLiteral("http://127.0.0.1:9"));
    event.location.project = QStringLiteral("octo/app");
    event.repository = m_repository;
    event.target = QStringLiteral("v1.4.0");
    event.targetIsTag = true;
    event.run.id = runId;
    event.run.workflow = QStringLiteral("CI");
    event.run.ref = QStringLiteral("v1.4.0");
    event.run.sha = QStringLiteral("abcdef0123");
    event.run.state = state;
    event.run.url = QUrl(QStringLiteral("http://127.0.0.1:9/octo/app/actions/runs/%1").arg(runId));
    if (state == RunState::Failed) {
        PipelineJob job;
        job.name = QStringLiteral("unit tests");
        job.state = RunState::Failed;
        job.url = QUrl(
                QStringLiteral("http://127.0.0.1:9/octo/app/actions/runs/%1/job/9").arg(runId));
        event.failedJob = job;
    }
    return event;
}

void TestDesktopNotifier::oneNotificationPerStateChangeReplacingTheRunsLast()
{
    store::Store store(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_repository = *store::RunHistory(store).repositoryId(runEvent({}, {}, 0).location);
    DesktopNotifier notifier(store, m_recorder.connect(QStringLiteral("notifier-one")));
    QSignalSpy sent(&notifier, &DesktopNotifier::sent);
    QSignalSpy fellBack(&notifier, &DesktopNotifier::fellBack);

    const RunEvent started = runEvent(RunEvent::Kind::Started, RunState::Running, 1001);
    const RunEvent failed = runEvent(RunEvent::Kind::Failed, RunState::Failed, 1001);
    // Sent one right after the other: the second waits for the first's id to replace it.
    QCOMPARE(*notifier.notify(Notification::forEvent(started)), true);
    QCOMPARE(*notifier.notify(Notification::forEvent(failed)), true);
    // The same state change again: not sent.
    QCOMPARE(*notifier.notify(Notification::forEvent(failed)), false);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 10000);
    QCOMPARE(fellBack.size(), 0);
    QVERIFY(m_recorder.waitForAnswers(2));
    QTest::qWait(300); // a third call would be on the bus by now
    const QList<RecordedNotify> calls = m_recorder.calls();
    QVERIFY2(calls.size() == 2, m_recorder.text().constData());

    const RecordedNotify &first = calls.at(0);
    QCOMPARE(first.appName, QStringLiteral("ReleaseDesk"));
    QCOMPARE(first.replacesId, 0u);
    QCOMPARE(first.summary, QStringLiteral("CI started on v1.4.0"));
    QCOMPARE(first.body,
             QStringLiteral("octo/app abcdef0: http://127.0.0.1:9/octo/app/actions/runs/1001"));
    QCOMPARE(first.icon, QStringLiteral("media-playback-start"));
    QCOMPARE(first.urgency, 0);
    QCOMPARE(first.actions,
             QStringList({QStringLiteral("open"),
                          QStringLiteral("Open run"),
                          QStringLiteral("show"),
                          QStringLiteral("Show")}));
    QVERIFY(first.returnedId.has_value());

    const RecordedNotify &second = calls.at(1);
    QCOMPARE(second.replacesId, *first.returnedId); // updated, not stacked
    QCOMPARE(second.summary, QStringLiteral("CI failed on v1.4.0"));
    QCOMPARE(second.body,
             QStringLiteral("octo/app abcdef0: job unit tests failed: "
                            "http://127.0.0.1:9/octo/app/actions/runs/1001/job/9"));
    QCOMPARE(second.icon, QStringLiteral("dialog-error"));
    QCOMPARE(second.urgency, 2);
    // The daemon kept the id: the bubble was replaced.
    QCOMPARE(second.returnedId, first.returnedId);
}

void TestDesktopNotifier::aSecondProcessDoesNotSendItAgain()
{
    const QString file = m_dir->filePath(QStringLiteral("history.sqlite"));
    // Two stores on one file and two bus connections: what two windows (or the tray and the
    // CLI) have.
    store::Store storeA(file);
    store::Store storeB(file);
    m_repository = *store::RunHistory(storeA).repositoryId(runEvent({}, {}, 0).location);
    DesktopNotifier a(storeA, m_recorder.connect(QStringLiteral("notifier-a")));
    DesktopNotifier b(storeB, m_recorder.connect(QStringLiteral("notifier-b")));
    const Notification passed = Notification::forEvent(
            runEvent(RunEvent::Kind::Succeeded, RunState::Success, 2002));
    QCOMPARE(*a.notify(passed), true);
    QCOMPARE(*b.notify(passed), false);
    QVERIFY(m_recorder.waitForAnswers(1));
    QTest::qWait(300);
    QCOMPARE(m_recorder.calls().size(), 1);
    QCOMPARE(m_recorder.calls().first().urgency, 1);
    QCOMPARE(m_recorder.calls().first().icon, QStringLiteral("emblem-default"));

    // After a restart (a fresh store on the same file) it is still sent.
    store::Store restarted(file);
    DesktopNotifier again(restarted, m_recorder.connect(QStringLiteral("notifier-c")));
    QCOMPARE(*again.notify(passed), false);
    // The run's next state replaces what the other process showed.
    QSignalSpy sent(&again, &DesktopNotifier::sent);
    QCOMPARE(*again.notify(Notification::forEvent(
                     runEvent(RunEvent::Kind::Cancelled, RunState::Cancelled, 2002))),
             true);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
    QVERIFY(m_recorder.waitForAnswers(2));
    const QList<RecordedNotify> calls = m_recorder.calls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).replacesId, *calls.at(0).returnedId);
    QCOMPARE(calls.at(1).urgency, 2);
    QCOMPARE(calls.at(1).icon, QStringLiteral("process-stop"));
}

void TestDesktopNotifier::fallsBackWhenNoDaemonAnswers()
{
    // A bus of its own with no notification daemon on it.
    QProcess bus;
    const QString address = QStringLiteral("unix:path=")
                            + m_dir->filePath(QStringLiteral("bare-bus"));
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--session"),
               QStringLiteral("--nofork"),
               QStringLiteral("--nopidfile"),
               QStringLiteral("--print-address=1"),
               QStringLiteral("--address=") + address});
    QVERIFY(bus.waitForStarted());
    // The daemon prints its address once it accepts connections; the socket file alone appears
    // a moment earlier (a connection then was refused under load).
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += bus.readAllStandardOutput()).contains("unix:"), 10000);
    {
        QDBusConnection connection = QDBusConnection::connectToBus(address, QStringLiteral("bare"));
        QVERIFY(connection.isConnected());
        store::Store store(m_dir->filePath(QStringLiteral("history.sqlite")));
        DesktopNotifier notifier(store, connection);
        auto fallback = std::make_shared<RecordingFallback>();
        notifier.setFallback(fallback);
        QSignalSpy fellBack(&notifier, &DesktopNotifier::fellBack);
        QSignalSpy idle(&notifier, &DesktopNotifier::idle);
        const Notification failed = Notification::forEvent(
                runEvent(RunEvent::Kind::Failed, RunState::Failed, 3003));
        QCOMPARE(*notifier.notify(failed), true);
        QTRY_COMPARE_WITH_TIMEOUT(fellBack.size(), 1, 10000);
        QCOMPARE(idle.size(), 1);
        QCOMPARE(fallback->shown.size(), 1);
        QCOMPARE(fallback->shown.first().summary, QStringLiteral("CI failed on v1.4.0"));
        const Error why = fellBack.first().at(1).value<Error>();
        QCOMPARE(why.code, errc::notifyNoDaemon.toString());
        QVERIFY2(why.message.contains(QStringLiteral("No notification daemon")),
                 qPrintable(why.message));
        // Shown by the fallback counts as sent.
        QCOMPARE(*notifier.notify(failed), false);
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("bare"));
    bus.terminate();
    QVERIFY(bus.waitForFinished(5000));
    // Nothing reached the real daemon's bus.
    QCOMPARE(m_recorder.calls().size(), 0);
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
