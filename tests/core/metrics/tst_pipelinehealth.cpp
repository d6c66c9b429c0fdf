// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline health from runs built in memory, as a store would hand them over.
#include "metrics/metricswindow.h"
#include "metrics/pipelinehealth.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime monday(QDate(2024, 3, 4), QTime(8, 0), Qt::UTC);

PipelineJob job(const QString &name, RunState state, const QDateTime &start, qint64 seconds)
{
    PipelineJob result;
    result.name = name;
    result.state = state;
    result.started = start;
    result.finished = start.addSecs(seconds);
    return result;
}

// A run of `workflow` on `ref`/`sha` that starts `at` minutes past Monday 08:00, waits `queue`
// seconds for its first job and lasts `seconds`.
PipelineRun run(qint64 id,
                const QString &workflow,
                const QString &sha,
                RunState state,
                qint64 at,
                qint64 queue,
                qint64 seconds,
                QList<PipelineJob> jobs = {},
                const QString &ref = QStringLiteral("main"))
{
    PipelineRun result;
    result.id = id;
    result.workflow = workflow;
    result.ref = ref;
    result.sha = sha;
    result.state = state;
    result.started = monday.addSecs(at * 60);
    result.finished = result.started.addSecs(seconds);
    if (jobs.isEmpty())
        jobs = {job(QStringLiteral("build"),
                    state == RunState::Failed ? RunState::Failed : RunState::Success,
                    result.started.addSecs(queue),
                    seconds - queue)};
    result.jobs = jobs;
    return result;
}

} // namespace

class TestPipelineHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successRateDurationsAndQueue();
    void flakyJobs();
    void redToGreen();
    void weeksAndWindow();
    void noRuns();
};

void TestPipelineHealth::successRateDurationsAndQueue()
{
    const QString ci = QStringLiteral("CI");
    const QList<PipelineRun> runs{
            run(1, ci, QStringLiteral("a"), RunState::Success, 0, 10, 100),
            run(2, ci, QStringLiteral("b"), RunState::Failed, 60, 20, 200),
            run(3, ci, QStringLiteral("c"), RunState::Success, 120, 30, 300),
            run(4, ci, QStringLiteral("d"), RunState::Cancelled, 180, 40, 50),
            run(5, QStringLiteral("Deploy"), QStringLiteral("c"), RunState::Success, 130, 5, 60),
    };
    const PipelineHealth health = PipelineHealth::of(runs, QStringLiteral("main"));
    QVERIFY(health.noData.isEmpty());
    QCOMPARE(health.workflows.size(), 2);
    const WorkflowHealth &workflow = health.workflows.at(0);
    QCOMPARE(workflow.workflow, ci);
    QCOMPARE(workflow.runs.size(), 4);
    QCOMPARE(workflow.succeeded, 2);
    QCOMPARE(workflow.failed, 1);
    // The cancelled run is neither a success nor a failure.
    QCOMPARE(*workflow.successRate(), 2.0 / 3.0);
    // Durations of the runs that passed or failed: 100, 200, 300.
    QCOMPARE(workflow.duration.count, 3);
    QCOMPARE(workflow.duration.median, 200.0);
    QCOMPARE(workflow.duration.p90, 300.0);
    // Queue time of every run with a started job, the cancelled one included: 10..40.
    QCOMPARE(workflow.queue.count, 4);
    QCOMPARE(workflow.queue.median, 25.0);
    QCOMPARE(workflow.queue.p90, 40.0);
    QCOMPARE(workflow.runs.at(1).queueSeconds, std::optional<qint64>(20));
    QCOMPARE(health.workflows.at(1).workflow, QStringLiteral("Deploy"));
    QCOMPARE(*health.workflows.at(1).successRate(), 1.0);
}

void TestPipelineHealth::flakyJobs()
{
    const QString ci = QStringLiteral("CI");
    const QDateTime t = monday;
    const QList<PipelineRun> runs{
            // Commit a: test failed, then passed when run again: flaky.
            run(1,
                ci,
                QStringLiteral("a"),
                RunState::Failed,
                0,
                10,
                100,
                {job(QStringLiteral("build"), RunState::Success, t.addSecs(10), 40),
                 job(QStringLiteral("test"), RunState::Failed, t.addSecs(50), 50)}),
            run(2,
                ci,
                QStringLiteral("a"),
                RunState::Success,
                30,
                10,
                100,
                {job(QStringLiteral("build"), RunState::Success, t.addSecs(1810), 40),
                 job(QStringLiteral("test"), RunState::Success, t.addSecs(1850), 50)}),
            // Commit b: test failed twice: broken, not flaky.
            run(3,
                ci,
                QStringLiteral("b"),
                RunState::Failed,
                60,
                10,
                100,
                {job(QStringLiteral("test"), RunState::Failed, t.addSecs(3610), 50)}),
            run(4,
                ci,
                QStringLiteral("b"),
                RunState::Failed,
                90,
                10,
                100,
                {job(QStringLiteral("test"), RunState::Failed, t.addSecs(5410), 50)}),
    };
    const PipelineHealth health = PipelineHealth::of(runs, QStringLiteral("main"));
    const WorkflowHealth &workflow = health.workflows.first();
    QCOMPARE(workflow.flaky.size(), 1);
    QCOMPARE(workflow.flaky.first().job, QStringLiteral("test"));
    QCOMPARE(workflow.flaky.first().sha, QStringLiteral("a"));
    QCOMPARE(workflow.flaky.first().failedRun, 1);
    QCOMPARE(workflow.flaky.first().passedRun, 2);
}

void TestPipelineHealth::redToGreen()
{
    const QString ci = QStringLiteral("CI");
    const QList<PipelineRun> runs{
            run(1, ci, QStringLiteral("a"), RunState::Success, 0, 10, 100),
            run(2, ci, QStringLiteral("b"), RunState::Failed, 60, 10, 100),
            run(3,
                ci,
                QStringLiteral("x"),
                RunState::Success,
                70,
                10,
                100,
                {},
                QStringLiteral("topic")),
            run(4, ci, QStringLiteral("c"), RunState::Failed, 120, 10, 100),
            run(5, ci, QStringLiteral("d"), RunState::Success, 180, 10, 100),
            run(6, ci, QStringLiteral("e"), RunState::Failed, 240, 10, 100),
    };
    const WorkflowHealth workflow = PipelineHealth::of(runs, QStringLiteral("main"))
                                            .workflows.first();
    // Red from run 2's finish (a green topic branch does not count) to run 5's finish; red
    // again from run 6, still red.
    QCOMPARE(workflow.redSpells.size(), 2);
    QCOMPARE(workflow.redSpells.at(0).failedRun, 2);
    QCOMPARE(workflow.redSpells.at(0).greenRun, 5);
    QCOMPARE(workflow.redSpells.at(1).greenRun, 0);
    QCOMPARE(workflow.timeToGreen.count, 1);
    QCOMPARE(workflow.timeToGreen.median, 120.0 * 60);
}

void TestPipelineHealth::weeksAndWindow()
{
    const QString ci = QStringLiteral("CI");
    const QList<PipelineRun> runs{
            run(1, ci, QStringLiteral("a"), RunState::Success, 0, 10, 100),
            run(2, ci, QStringLiteral("b"), RunState::Failed, 7 * 24 * 60, 10, 300),
            run(3, ci, QStringLiteral("c"), RunState::Success, 8 * 24 * 60, 10, 500),
    };
    const WorkflowHealth workflow = PipelineHealth::of(runs, QStringLiteral("main"))
                                            .workflows.first();
    QCOMPARE(workflow.weeks.size(), 2);
    QCOMPARE(workflow.weeks.at(0).monday, QDate(2024, 3, 4));
    QCOMPARE(workflow.weeks.at(0).runs, 1);
    QCOMPARE(workflow.weeks.at(1).monday, QDate(2024, 3, 11));
    QCOMPARE(workflow.weeks.at(1).failed, 1);
    QCOMPARE(workflow.weeks.at(1).duration.median, 400.0);

    auto window = MetricsWindow::resolve(QDateTime(QDate(2024, 3, 10), QTime(0, 0), Qt::UTC),
                                         QDateTime(QDate(2024, 3, 31), QTime(0, 0), Qt::UTC),
                                         {});
    QVERIFY(window);
    const PipelineHealth windowed = PipelineHealth::of(runs, QStringLiteral("main"), &*window);
    QCOMPARE(windowed.workflows.first().runs.size(), 2);
    QCOMPARE(*windowed.workflows.first().successRate(), 0.5);
}

void TestPipelineHealth::noRuns()
{
    const PipelineHealth health = PipelineHealth::of({}, QStringLiteral("main"));
    QVERIFY(health.workflows.isEmpty());
    QVERIFY(!health.noData.isEmpty());
    WorkflowHealth empty;
    QVERIFY(!empty.successRate());
}

QTEST_GUILESS_MAIN(TestPipelineHealth)
#include "tst_pipelinehealth.moc"
