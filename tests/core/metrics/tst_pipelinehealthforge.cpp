// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline health from runs fetched from the forge double over HTTP, with their jobs.
#include "forgedouble.h"

#include "forge/forge.h"
#include "metrics/pipelinehealth.h"
#include "net/httpclient.h"

#include <QTest>

using namespace rd;

class TestPipelineHealthForge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthOfFetchedRuns_data();
    void healthOfFetchedRuns();

private:
    ForgeDouble m_double;
};

void TestPipelineHealthForge::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
}

void TestPipelineHealthForge::healthOfFetchedRuns_data()
{
    QTest::addColumn<QString>("forge");
    QTest::newRow("github") << QStringLiteral("github");
    QTest::newRow("gitlab") << QStringLiteral("gitlab");
}

void TestPipelineHealthForge::healthOfFetchedRuns()
{
    QFETCH(QString, forge);
    m_double.reset();
    const QString project = QStringLiteral("octo/app");
    const QStringList passing = ForgeDouble::passing();
    const QStringList failing = ForgeDouble::failing();
    const QJsonArray green{ForgeDouble::jobSpec(QStringLiteral("build"), passing, 60),
                           ForgeDouble::jobSpec(QStringLiteral("test"), passing, 30)};
    const QJsonArray red{ForgeDouble::jobSpec(QStringLiteral("build"), passing, 60),
                         ForgeDouble::jobSpec(QStringLiteral("test"), failing, 30)};
    const QList<qint64> ids = m_double.addRuns(
            forge,
            project,
            {ForgeDouble::runSpec(QStringLiteral("aaa111"), QStringLiteral("CI"), passing, green),
             ForgeDouble::runSpec(QStringLiteral("bbb222"), QStringLiteral("CI"), failing, red),
             // The same commit run again: its test job passes this time.
             ForgeDouble::runSpec(QStringLiteral("bbb222"), QStringLiteral("CI"), passing, green),
             ForgeDouble::runSpec(QStringLiteral("aaa111"),
                                  QStringLiteral("Deploy"),
                                  passing,
                                  {ForgeDouble::jobSpec(QStringLiteral("deploy"), passing, 20)})});
    QCOMPARE(ids.size(), 4);
    m_double.advance();
    m_double.advance();

    ForgeLocation location;
    location.type = forge == u"github" ? ForgeLocation::Type::GitHub : ForgeLocation::Type::GitLab;
    location.api = m_double.url();
    if (location.type == ForgeLocation::Type::GitLab)
        location.api.setPath(QStringLiteral("/api/v4"));
    location.project = project;
    net::HttpClient client;
    auto api = Forge::create(location, client, QStringLiteral("test-token"));
    auto runs = api->runs({RunFilter::Kind::Any, {}, 50});
    QVERIFY_OK(runs);
    QCOMPARE(runs->size(), 4);
    for (PipelineRun &run : *runs) {
        auto jobs = api->jobs(run);
        QVERIFY_OK(jobs);
        run.jobs = *jobs;
    }

    const PipelineHealth health = PipelineHealth::of(*runs, QStringLiteral("main"));
    QVERIFY(health.noData.isEmpty());
    QCOMPARE(health.workflows.size(), 2);
    const WorkflowHealth &ci = health.workflows.at(0);
    QCOMPARE(ci.workflow, QStringLiteral("CI"));
    QCOMPARE(ci.runs.size(), 3);
    QCOMPARE(ci.succeeded, 2);
    QCOMPARE(ci.failed, 1);
    QCOMPARE(*ci.successRate(), 2.0 / 3.0);
    // The double starts a run 5 s after it is created and its first job 10 s after: 5 s in the
    // queue; the jobs run back to back (60 + 30 s), so a run lasts 95 s.
    QCOMPARE(ci.queue.count, 3);
    QCOMPARE(ci.queue.median, 5.0);
    QCOMPARE(ci.duration.count, 3);
    QCOMPARE(ci.duration.median, 95.0);
    QCOMPARE(ci.duration.p90, 95.0);
    // test failed on bbb222, then passed on the run of the same commit.
    QCOMPARE(ci.flaky.size(), 1);
    QCOMPARE(ci.flaky.first().job, QStringLiteral("test"));
    QCOMPARE(ci.flaky.first().sha, QStringLiteral("bbb222"));
    QCOMPARE(ci.flaky.first().failedRun, ids.at(1));
    QCOMPARE(ci.flaky.first().passedRun, ids.at(2));
    // main went red with the failed run and green again with the next.
    QCOMPARE(ci.redSpells.size(), 1);
    QCOMPARE(ci.redSpells.first().greenRun, ids.at(2));
    QCOMPARE(ci.timeToGreen.count, 1);
    QVERIFY(ci.timeToGreen.median > 0);

    const WorkflowHealth &deploy = health.workflows.at(1);
    QCOMPARE(deploy.workflow, QStringLiteral("Deploy"));
    QCOMPARE(*deploy.successRate(), 1.0);
    QCOMPARE(deploy.duration.median, 25.0);
    QVERIFY(deploy.flaky.isEmpty());
}

QTEST_GUILESS_MAIN(TestPipelineHealthForge)
#include "tst_pipelinehealthforge.moc"
