// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/notification.h"
#include "notify/notificationpolicy.h"
#include "notify/runevent.h"

#include <QSet>
#include <QTest>

using namespace rd;
using namespace rd::notify;

namespace {

PipelineRun run(qint64 id, RunState state, int startMinute, int seconds)
{
    PipelineRun run;
    run.id = id;
    run.workflow = QStringLiteral("CI %1").arg(id);
    run.ref = QStringLiteral("v1.4.0");
    run.sha = QStringLiteral("abcdef0123456789");
    run.state = state;
    run.actor = QStringLiteral("ada");
    run.url = QUrl(QStringLiteral("http://127.0.0.1:9/octo/app/actions/runs/%1").arg(id));
    run.started = QDateTime(QDate(2026, 12, 1), QTime(10, startMinute), Qt::UTC);
    run.finished = run.started.addSecs(seconds);
    return run;
}

RunEvent makeEvent(RunEvent::Kind kind, const PipelineRun &subject)
{
    RunEvent event;
    event.kind = kind;
    event.location.project = QStringLiteral("octo/app");
    event.location.api = QUrl(QStringLiteral("http://127.0.0.1:9"));
    event.repository = 1;
    event.target = QStringLiteral("v1.4.0");
    event.targetIsTag = true;
    event.run = subject;
    return event;
}

} // namespace

class TestRunEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations();
    void allPassedSaysHowManyAndHowLong();
    void aFailureNamesTheJobAndItsLink();
    void keysAreOnePerStateChange();
    void notificationPerOutcome();
    void releaseNotificationPerOutcome();
    void policyFiltersEvents();
};

void TestRunEvent::durations()
{
    QCOMPARE(durationText(45), QStringLiteral("45 s"));
    QCOMPARE(durationText(432), QStringLiteral("7 min 12 s"));
    QCOMPARE(durationText(3720), QStringLiteral("1 h 2 min"));
    QCOMPARE(durationText(-3), QStringLiteral("0 s"));
}

void TestRunEvent::allPassedSaysHowManyAndHowLong()
{
    RunEvent all = makeEvent(RunEvent::Kind::AllFinished, {});
    // Six pipelines, the first starting at 10:00, the last finishing at 10:07:12.
    for (int i = 0; i < 6; ++i)
        all.runs.append(run(i + 1, RunState::Success, i, i == 5 ? 132 : 30));
    QCOMPARE(all.summary(), QStringLiteral("v1.4.0: 6 pipelines passed in 7 min 12 s"));
    QCOMPARE(all.body(), QStringLiteral("octo/app"));
    QVERIFY(!all.isFailure());
    const Notification n = Notification::forEvent(all);
    QCOMPARE(n.urgency, Notification::Urgency::Normal);
    QCOMPARE(n.icon, QStringLiteral("emblem-default"));
}

void TestRunEvent::aFailureNamesTheJobAndItsLink()
{
    RunEvent all = makeEvent(RunEvent::Kind::AllFinished, {});
    all.runs.append(run(1, RunState::Success, 0, 60));
    PipelineRun failed = run(2, RunState::Failed, 1, 60);
    PipelineJob job;
    job.name = QStringLiteral("test (linux)");
    job.state = RunState::Failed;
    job.url = QUrl(QStringLiteral("http://127.0.0.1:9/octo/app/actions/runs/2/job/7"));
    failed.jobs = {job};
    all.runs.append(failed);
    QCOMPARE(all.summary(), QStringLiteral("v1.4.0: 1 of 2 pipelines failed"));
    QCOMPARE(all.body(),
             QStringLiteral("octo/app: job test (linux) of CI 2 failed: "
                            "http://127.0.0.1:9/octo/app/actions/runs/2/job/7"));
    const Notification n = Notification::forEvent(all);
    QCOMPARE(n.urgency, Notification::Urgency::Critical);
    QCOMPARE(n.icon, QStringLiteral("dialog-error"));
    QCOMPARE(n.runUrl, job.url);

    RunEvent one = makeEvent(RunEvent::Kind::Failed, failed);
    one.failedJob = job;
    QCOMPARE(one.summary(), QStringLiteral("CI 2 failed on v1.4.0"));
    QCOMPARE(one.body(),
             QStringLiteral("octo/app abcdef0: job test (linux) failed: "
                            "http://127.0.0.1:9/octo/app/actions/runs/2/job/7"));
}

void TestRunEvent::keysAreOnePerStateChange()
{
    const PipelineRun subject = run(5, RunState::Failed, 0, 10);
    QCOMPARE(makeEvent(RunEvent::Kind::Failed, subject).key(),
             makeEvent(RunEvent::Kind::Failed, subject).key());
    QVERIFY(makeEvent(RunEvent::Kind::Failed, subject).key()
            != makeEvent(RunEvent::Kind::Started, subject).key());
    RunEvent other = makeEvent(RunEvent::Kind::Failed, subject);
    other.location.project = QStringLiteral("octo/other");
    QVERIFY(other.key() != makeEvent(RunEvent::Kind::Failed, subject).key());

    RunEvent first = makeEvent(RunEvent::Kind::AllFinished, {});
    first.runs = {run(1, RunState::Failed, 0, 10)};
    RunEvent rerun = first;
    rerun.runs = {run(1, RunState::Success, 0, 10)};
    QVERIFY(first.key() != rerun.key());
}

void TestRunEvent::notificationPerOutcome()
{
    const struct
    {
        RunEvent::Kind kind;
        RunState state;
        const char *icon;
        Notification::Urgency urgency;
        const char *summary;
    } cases[] = {
            {RunEvent::Kind::Started,
             RunState::Running,
             "media-playback-start",
             Notification::Urgency::Low,
             "CI 3 started on v1.4.0"},
            {RunEvent::Kind::Succeeded,
             RunState::Success,
             "emblem-default",
             Notification::Urgency::Normal,
             "CI 3 passed on v1.4.0"},
            {RunEvent::Kind::Fixed,
             RunState::Success,
             "emblem-default",
             Notification::Urgency::Normal,
             "CI 3 fixed on v1.4.0"},
            {RunEvent::Kind::StillFailing,
             RunState::Failed,
             "dialog-error",
             Notification::Urgency::Critical,
             "CI 3 still failing on v1.4.0"},
            {RunEvent::Kind::Cancelled,
             RunState::Cancelled,
             "process-stop",
             Notification::Urgency::Critical,
             "CI 3 cancelled on v1.4.0"},
    };
    for (const auto &c : cases) {
        const Notification n = Notification::forEvent(makeEvent(c.kind, run(3, c.state, 0, 75)));
        QCOMPARE(n.icon, QString::fromLatin1(c.icon));
        QCOMPARE(n.urgency, c.urgency);
        QCOMPARE(n.summary, QString::fromLatin1(c.summary));
        QCOMPARE(n.runId, 3);
        QCOMPARE(n.runUrl, run(3, c.state, 0, 75).url);
    }
    QCOMPARE(Notification::forEvent(
                     makeEvent(RunEvent::Kind::Succeeded, run(3, RunState::Success, 0, 75)))
                     .body,
             QStringLiteral("octo/app abcdef0 in 1 min 15 s"));
}

void TestRunEvent::policyFiltersEvents()
{
    const RunEvent started = makeEvent(RunEvent::Kind::Started, run(1, RunState::Running, 0, 0));
    const RunEvent failed = makeEvent(RunEvent::Kind::Failed, run(1, RunState::Failed, 0, 5));
    store::NotifySettings settings;
    QVERIFY(allows(settings, started));
    settings.enabled = false;
    QVERIFY(!allows(settings, failed));

    settings = {};
    settings.failuresOnly = true;
    QVERIFY(!allows(settings, started));
    QVERIFY(allows(settings, failed));

    settings = {};
    settings.releaseTagsOnly = true;
    QVERIFY(allows(settings, failed));
    RunEvent onBranch = failed;
    onBranch.targetIsTag = false;
    QVERIFY(!allows(settings, onBranch));

    settings = {};
    settings.myRunsOnly = true;
    settings.myLogin = QStringLiteral("Ada");
    QVERIFY(allows(settings, failed));
    settings.myLogin = QStringLiteral("grace");
    QVERIFY(!allows(settings, failed));
}

void TestRunEvent::releaseNotificationPerOutcome()
{
    using Notification = rd::notify::Notification;
    const QString project = QStringLiteral("/src/app");
    const QStringList verified{QStringLiteral("✓ Publish app 1.4.0 to npm"),
                               QStringLiteral("✓ Publish app 1.4.0 to PyPI")};
    const Notification published = Notification::forRelease(project,
                                                            QStringLiteral("v1.4.0"),
                                                            true,
                                                            verified,
                                                            {});
    QCOMPARE(published.summary, QStringLiteral("v1.4.0 is on every registry"));
    QCOMPARE(published.body, verified.join(u'\n'));
    QCOMPARE(published.icon, QStringLiteral("emblem-default"));
    QCOMPARE(published.urgency, Notification::Urgency::Normal);
    QCOMPARE(published.runId, 0); // replaces no run's notification

    const Notification plain = Notification::forRelease(project,
                                                        QStringLiteral("v1.4.0"),
                                                        true,
                                                        {},
                                                        {});
    QCOMPARE(plain.summary, QStringLiteral("v1.4.0 is released"));

    const Notification publishStopped = Notification::forRelease(project,
                                                                 QStringLiteral("v1.4.0"),
                                                                 true,
                                                                 {},
                                                                 QStringLiteral("npm said 503"));
    QCOMPARE(publishStopped.summary, QStringLiteral("v1.4.0 is released; publishing it stopped"));
    QCOMPARE(publishStopped.body, QStringLiteral("npm said 503"));
    QCOMPARE(publishStopped.urgency, Notification::Urgency::Critical);

    const Notification stopped = Notification::forRelease(project,
                                                          QStringLiteral("v1.4.0"),
                                                          false,
                                                          {},
                                                          QStringLiteral("push refused"));
    QCOMPARE(stopped.summary, QStringLiteral("The release v1.4.0 stopped"));
    QCOMPARE(stopped.icon, QStringLiteral("dialog-error"));

    // One key per project, tag and outcome; another stop of the same release is news again.
    const QStringList keys{published.key,
                           plain.key,
                           publishStopped.key,
                           stopped.key,
                           Notification::forRelease(project,
                                                    QStringLiteral("v1.4.0"),
                                                    false,
                                                    {},
                                                    QStringLiteral("hook failed"))
                                   .key,
                           Notification::forRelease(QStringLiteral("/src/other"),
                                                    QStringLiteral("v1.4.0"),
                                                    true,
                                                    verified,
                                                    {})
                                   .key};
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    QCOMPARE(Notification::forRelease(project, QStringLiteral("v1.4.0"), true, verified, {}).key,
             published.key);
}

QTEST_GUILESS_MAIN(TestRunEvent)
#include "tst_runevent.moc"
