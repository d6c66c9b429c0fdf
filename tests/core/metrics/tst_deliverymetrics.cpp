// SPDX-License-Identifier: GPL-3.0-or-later
// The git-only DORA keys on hand-made histories: the fix-release rule, reverts, a monorepo
// package, an empty window and the window's edges.
#include "expectedcheck.h"
#include "metricsscratch.h"

#include "git/library.h"
#include "history/releasehistory.h"
#include "metrics/deliverymetrics.h"
#include "metrics/metricsexport.h"
#include "metrics/metricsseries.h"
#include "project/package.h"

#include <QJsonArray>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

QString revertMessage(const QString &header, const git::Oid &id)
{
    return QStringLiteral("Revert \"%1\"\n\nThis reverts commit %2.\n").arg(header, id.toString());
}

} // namespace

class TestDeliveryMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixReleaseRule();
    void revertRule();
    void aDeploymentCountsOnceWhateverItsReasons();
    void failedDeployRule();
    void monorepoPackage();
    void emptyWindow();
    void emptyRepository();
    void windowBounds();
    void distribution();
    void weeklyBuckets();

private:
    git::Library m_library;
};

void TestDeliveryMetrics::fixReleaseRule()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    const git::Oid b1 = scratch.commit(QStringLiteral("feat: b1"));
    scratch.commit(QStringLiteral("feat: b2"));
    // Annotated 5 hours after its commit: the tagger date is the tag time.
    scratch.advanceClock(5 * hour);
    scratch.tag(QStringLiteral("v1.1.0"), QStringLiteral("Release 1.1.0"));
    scratch.advanceClock(2 * day);
    scratch.commit(QStringLiteral("fix: c"));
    scratch.tag(QStringLiteral("v1.1.1")); // 2 days later, fixes only: v1.1.0 failed
    scratch.advanceClock(10 * day);
    scratch.commit(QStringLiteral("feat: d"));
    scratch.tag(QStringLiteral("v1.2.0"));
    scratch.advanceClock(9 * day);
    scratch.commit(QStringLiteral("fix: e"));
    scratch.tag(QStringLiteral("v1.2.1")); // 9 days later: outside the default 7
    scratch.commit(QStringLiteral("feat: f"));
    scratch.tag(QStringLiteral("v1.3.0"));
    scratch.advanceClock(day);
    scratch.commit(QStringLiteral("fix: g"));
    scratch.commit(QStringLiteral("feat: h"));
    scratch.tag(QStringLiteral("v1.3.1")); // a feature among the fixes: not a fix release
    scratch.commit(QStringLiteral("docs: i"));
    scratch.commit(QStringLiteral("fix: j"));
    scratch.tag(QStringLiteral("v2.0.0")); // a fix, but a major release: not a patch

    auto metrics = metricsOf(scratch, wholeJanuary());
    RD_VERIFY_OK(metrics);
    QCOMPARE(tagsOf(*metrics),
             QStringList({QStringLiteral("v1.0.0"),
                          QStringLiteral("v1.1.0"),
                          QStringLiteral("v1.1.1"),
                          QStringLiteral("v1.2.0"),
                          QStringLiteral("v1.2.1"),
                          QStringLiteral("v1.3.0"),
                          QStringLiteral("v1.3.1"),
                          QStringLiteral("v2.0.0")}));
    QCOMPARE(failedTags(*metrics), QStringList{QStringLiteral("v1.1.0")});
    const DeploymentFailure &failure = metrics->failures.first();
    QCOMPARE(failure.reasons.size(), 1);
    QCOMPARE(failure.reasons.first().rule, FailureRule::FixRelease);
    QCOMPARE(failure.reasons.first().evidence, QStringLiteral("v1.1.1"));
    QVERIFY2(failure.reasons.first().text.contains(QStringLiteral("v1.1.1")),
             qPrintable(failure.reasons.first().text));
    QCOMPARE(*metrics->failureRate(), 1.0 / 8.0);

    // Time to restore: from v1.1.0's tag time (its tagger date) to v1.1.1's (its commit's).
    const Deployment &v110 = metrics->deployments.at(1);
    const Deployment &v111 = metrics->deployments.at(2);
    QVERIFY(v110.tag.annotated);
    QCOMPARE(failure.restoredBy, QStringLiteral("v1.1.1"));
    QCOMPARE(*failure.restoreSeconds(), v110.tag.date.secsTo(v111.tag.date));
    QCOMPARE(metrics->restore.count, 1);
    QCOMPARE(metrics->restore.median, double(v110.tag.date.secsTo(v111.tag.date)));

    // Lead time of v1.1.0: its two commits, timed against the tagger date (5 h after b2).
    QCOMPARE(v110.previous, QStringLiteral("v1.0.0"));
    QCOMPARE(v110.commits.size(), 2);
    QCOMPARE(v110.commits.last().id, b1);
    QCOMPARE(v110.commits.first().seconds, 5 * hour);
    QCOMPARE(v110.commits.last().seconds, 6 * hour);
    // The first release has no previous one, hence no lead time.
    QVERIFY(metrics->deployments.first().commits.isEmpty());
    QCOMPARE(metrics->leadTime.count, metrics->leadCommitCount());

    // Each rule can be switched off, and N is a setting.
    MetricsOptions off = wholeJanuary();
    off.fixReleaseRule = false;
    auto without = metricsOf(scratch, off);
    RD_VERIFY_OK(without);
    QVERIFY(without->failures.isEmpty());
    QCOMPARE(*without->failureRate(), 0.0);
    MetricsOptions wider = wholeJanuary();
    wider.fixReleaseDays = 10;
    auto widened = metricsOf(scratch, wider);
    RD_VERIFY_OK(widened);
    QCOMPARE(failedTags(*widened),
             QStringList({QStringLiteral("v1.1.0"), QStringLiteral("v1.2.0")}));
}

void TestDeliveryMetrics::revertRule()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"));
    const git::Oid x = scratch.commit(QStringLiteral("feat: x"));
    scratch.tag(QStringLiteral("v1.1.0"));
    scratch.commit(revertMessage(QStringLiteral("feat: x"), x));
    scratch.commit(QStringLiteral("feat: y"));
    scratch.tag(QStringLiteral("v1.2.0")); // reverts a commit of v1.1.0
    const git::Oid z = scratch.commit(QStringLiteral("feat: z"));
    scratch.commit(revertMessage(QStringLiteral("feat: z"), z));
    scratch.tag(QStringLiteral("v1.3.0")); // its own revert: never deployed, no failure
    scratch.commit(QStringLiteral("feat: w"));
    scratch.tag(QStringLiteral("v1.4.0"));
    // Reverted by header only (no id), not released yet.
    scratch.commit(QStringLiteral("Revert \"feat: w\"\n"));

    MetricsOptions options = wholeJanuary();
    options.fixReleaseRule = false;
    auto metrics = metricsOf(scratch, options);
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->deploymentCount(), 5);
    QCOMPARE(failedTags(*metrics),
             QStringList({QStringLiteral("v1.1.0"), QStringLiteral("v1.4.0")}));
    const DeploymentFailure &first = metrics->failures.at(0);
    QCOMPARE(first.reasons.first().rule, FailureRule::Revert);
    QVERIFY2(first.reasons.first().text.contains(x.toString().left(7)),
             qPrintable(first.reasons.first().text));
    QVERIFY2(first.reasons.first().text.contains(QStringLiteral("v1.2.0")),
             qPrintable(first.reasons.first().text));
    QCOMPARE(first.restoredBy, QStringLiteral("v1.2.0"));
    const DeploymentFailure &last = metrics->failures.at(1);
    QVERIFY2(last.reasons.first().text.contains(QStringLiteral("not released yet")),
             qPrintable(last.reasons.first().text));
    QVERIFY(!last.restoreSeconds());
    QCOMPARE(metrics->restore.count, 1);
    QCOMPARE(*metrics->failureRate(), 2.0 / 5.0);

    options.revertRule = false;
    auto off = metricsOf(scratch, options);
    RD_VERIFY_OK(off);
    QVERIFY(off->failures.isEmpty());
    QVERIFY(off->restore.isEmpty());
    QCOMPARE(off->restoreNoData, QStringLiteral("no deployment in the window failed"));
}

void TestDeliveryMetrics::aDeploymentCountsOnceWhateverItsReasons()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"));
    const git::Oid bad = scratch.commit(QStringLiteral("fix: bad"));
    scratch.tag(QStringLiteral("v1.0.1"));
    scratch.commit(revertMessage(QStringLiteral("fix: bad"), bad));
    scratch.commit(QStringLiteral("fix: better"));
    scratch.tag(QStringLiteral("v1.0.2")); // a fix release and a revert of v1.0.1
    auto metrics = metricsOf(scratch, wholeJanuary());
    RD_VERIFY_OK(metrics);
    // v1.0.0 is followed by the fix release v1.0.1 too: both fail, each once.
    QCOMPARE(failedTags(*metrics),
             QStringList({QStringLiteral("v1.0.0"), QStringLiteral("v1.0.1")}));
    QCOMPARE(metrics->failures.at(1).reasons.size(), 2);
    QCOMPARE(*metrics->failureRate(), 2.0 / 3.0);
    QVERIFY(*metrics->failureRate() <= 1.0);
    // v1.0.0's next successful deployment is v1.0.2: v1.0.1 failed itself.
    QCOMPARE(metrics->failures.at(0).restoredBy, QStringLiteral("v1.0.2"));

    const QJsonObject json = metricsToJson(*metrics, nullptr);
    const QJsonObject rate = json.value(QStringLiteral("change_failure_rate")).toObject();
    QCOMPARE(rate.value(QStringLiteral("failed")).toInt(), 2);
    QCOMPARE(rate.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(rate.value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(rate.value(QStringLiteral("items"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("reasons"))
                     .toArray()
                     .size(),
             2);
}

// A failed run of a deploy workflow on a release's tag or tagged commit fails the release; other
// workflows' failures and passed deploys do not; without runs or workflow names the rule says
// what it needs.
void TestDeliveryMetrics::failedDeployRule()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const git::Oid first = scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.advanceClock(2 * day);
    scratch.commit(QStringLiteral("feat: more"));
    scratch.tag(QStringLiteral("v1.1.0"));
    scratch.advanceClock(2 * day);
    const git::Oid third = scratch.commit(QStringLiteral("feat: again"));
    scratch.tag(QStringLiteral("v1.2.0"));
    const auto run = [](qint64 id,
                        const char *workflow,
                        const QString &ref,
                        const QString &sha,
                        RunState state) {
        PipelineRun run;
        run.id = id;
        run.workflow = QString::fromUtf8(workflow);
        run.ref = ref;
        run.sha = sha;
        run.state = state;
        run.url = QUrl(QStringLiteral("http://127.0.0.1:9/runs/%1").arg(id));
        run.started = QDateTime(QDate(2024, 1, 10), QTime(12, 0), Qt::UTC);
        run.finished = run.started.addSecs(300);
        return run;
    };
    MetricsOptions options = wholeJanuary();
    options.deployWorkflows = {QStringLiteral("Deploy")};
    options.runs = QList<PipelineRun>{
            // v1.0.0 by its commit (a deploy of the commit, not of the tag)
            run(1, "Deploy", QStringLiteral("main"), first.toString(), RunState::Failed),
            // v1.1.0 by its tag
            run(2, "Deploy", QStringLiteral("v1.1.0"), QString(), RunState::Failed),
            // v1.2.0: CI failed but the deploy passed
            run(3, "CI", QStringLiteral("v1.2.0"), QString(), RunState::Failed),
            run(4, "Deploy", QStringLiteral("v1.2.0"), QString(), RunState::Success),
            // its commit's release candidate and another package's tag failed to deploy: theirs
            run(5, "Deploy", QStringLiteral("v1.2.0-rc.1"), third.toString(), RunState::Failed),
            run(6, "Deploy", QStringLiteral("docs@1.2.0"), third.toString(), RunState::Failed),
    };
    auto metrics = metricsOf(scratch, options);
    RD_VERIFY_OK(metrics);
    QCOMPARE(failedTags(*metrics),
             QStringList({QStringLiteral("v1.0.0"), QStringLiteral("v1.1.0")}));
    const FailureReason &reason = metrics->failures.at(1).reasons.first();
    QCOMPARE(reason.rule, FailureRule::FailedDeploy);
    QCOMPARE(reason.evidence, QStringLiteral("http://127.0.0.1:9/runs/2"));
    QVERIFY2(reason.text.contains(QStringLiteral("deploy run 2 of Deploy on v1.1.0 failed")),
             qPrintable(reason.text));
    QCOMPARE(*metrics->failureRate(), 2.0 / 3.0);
    QCOMPARE(metrics->failures.at(0).restoredBy, QStringLiteral("v1.2.0"));
    const auto ruleOf = [](const DeliveryMetrics &m) {
        for (const FailureRuleStatus &rule : m.rules) {
            if (rule.rule == FailureRule::FailedDeploy)
                return rule;
        }
        return FailureRuleStatus{};
    };
    QVERIFY(ruleOf(*metrics).enabled);
    QVERIFY2(ruleOf(*metrics).note.contains(QStringLiteral("6 runs known")),
             qPrintable(ruleOf(*metrics).note));

    // Without the runs, without the names, or switched off: no part, and the note says why.
    MetricsOptions noRuns = options;
    noRuns.runs.reset();
    auto without = metricsOf(scratch, noRuns);
    RD_VERIFY_OK(without);
    QVERIFY(without->failures.isEmpty());
    QVERIFY(!ruleOf(*without).enabled);
    QVERIFY(ruleOf(*without).note.contains(QStringLiteral("needs the CI runs")));
    MetricsOptions noNames = options;
    noNames.deployWorkflows.clear();
    without = metricsOf(scratch, noNames);
    RD_VERIFY_OK(without);
    QVERIFY(without->failures.isEmpty());
    QVERIFY(ruleOf(*without).note.contains(QStringLiteral("deploy-workflows")));
    MetricsOptions off = options;
    off.failedDeployRule = false;
    without = metricsOf(scratch, off);
    RD_VERIFY_OK(without);
    QVERIFY(without->failures.isEmpty());
    QVERIFY(!ruleOf(*without).enabled);

    // The names come from .releasedesk.yml.
    auto config = ProjectConfig::parse("forge:\n  deploy-workflows: [Deploy, Release]\n",
                                       QStringLiteral("test.yml"));
    RD_VERIFY_OK(config);
    QCOMPARE(*deployWorkflowsOf(*config),
             QStringList({QStringLiteral("Deploy"), QStringLiteral("Release")}));
    auto bad = ProjectConfig::parse("forge:\n  deploy-workflows: {a: b}\n",
                                    QStringLiteral("test.yml"));
    RD_VERIFY_OK(bad);
    QVERIFY(!deployWorkflowsOf(*bad));
}

void TestDeliveryMetrics::monorepoPackage()
{
    const QByteArray config = "packages:\n  app:\n    path: packages/app\n  lib:\n    path: "
                              "packages/lib\n";
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral(".releasedesk.yml"), config},
                    {QStringLiteral("packages/app/a"), "1"},
                    {QStringLiteral("packages/lib/l"), "1"}});
    scratch.tag(QStringLiteral("app@1.0.0"));
    scratch.tag(QStringLiteral("lib@1.0.0"));
    const git::Oid app = scratch.commit(QStringLiteral("feat(app): screen"),
                                        {{QStringLiteral("packages/app/a"), "2"}});
    scratch.commit(QStringLiteral("feat(lib): parser"), {{QStringLiteral("packages/lib/l"), "2"}});
    scratch.tag(QStringLiteral("lib@1.1.0"));
    scratch.commit(QStringLiteral("fix(lib): parser"), {{QStringLiteral("packages/lib/l"), "3"}});
    scratch.tag(QStringLiteral("lib@1.1.1"));
    scratch.tag(QStringLiteral("app@1.1.0"));

    auto metrics = metricsOf(scratch, wholeJanuary(), config, QStringLiteral("app"));
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->package, QStringLiteral("app"));
    QCOMPARE(tagsOf(*metrics),
             QStringList({QStringLiteral("app@1.0.0"), QStringLiteral("app@1.1.0")}));
    // Only the commit that changes the package's folder is a change of app@1.1.0.
    const Deployment &release = metrics->deployments.last();
    QCOMPARE(release.commits.size(), 1);
    QCOMPARE(release.commits.first().id, app);
    QCOMPARE(release.commits.first().seconds, 2 * hour);
    // lib's fix release marks lib@1.1.0 as failed, not app's releases.
    QVERIFY(metrics->failures.isEmpty());
    auto lib = metricsOf(scratch, wholeJanuary(), config, QStringLiteral("lib"));
    RD_VERIFY_OK(lib);
    QCOMPARE(tagsOf(*lib).size(), 3);
    QCOMPARE(failedTags(*lib), QStringList{QStringLiteral("lib@1.1.0")});
}

void TestDeliveryMetrics::emptyWindow()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.commit(QStringLiteral("feat: more"));
    MetricsOptions options;
    options.since = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    options.until = QDateTime(QDate(2025, 3, 31), QTime(23, 59, 59), Qt::UTC);
    auto metrics = metricsOf(scratch, options);
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->deploymentCount(), 0);
    QCOMPARE(metrics->perWeek, 0.0);
    QCOMPARE(metrics->band.band, DeploymentBand::FewerThanMonthly);
    QVERIFY(!metrics->failureRate());
    QVERIFY(metrics->leadTime.isEmpty());
    QVERIFY2(metrics->noData.contains(QStringLiteral("v1.0.0"))
                     && metrics->noData.contains(QStringLiteral("2025-01-01")),
             qPrintable(metrics->noData));
    const QJsonObject json = metricsToJson(*metrics, nullptr);
    const QJsonObject rate = json.value(QStringLiteral("change_failure_rate")).toObject();
    QVERIFY(rate.value(QStringLiteral("rate")).isNull());
    QCOMPARE(rate.value(QStringLiteral("no_data")).toString(), metrics->noData);
    QVERIFY(json.value(QStringLiteral("lead_time_s"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .isNull());
    QVERIFY(json.value(QStringLiteral("time_to_restore_s"))
                    .toObject()
                    .value(QStringLiteral("p90"))
                    .isNull());

    // A history without any release tag says so.
    ScratchRepository untagged;
    untagged.commit(QStringLiteral("feat: start"));
    auto none = metricsOf(untagged, {});
    RD_VERIFY_OK(none);
    QVERIFY2(none->noData.contains(QStringLiteral("no final release tag")),
             qPrintable(none->noData));
    // The default window: 90 days up to HEAD's commit date.
    QCOMPARE(none->window.until, untagged.signature().when);
    QCOMPARE(none->window.since, none->window.until.addDays(-90));
}

void TestDeliveryMetrics::emptyRepository()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    auto metrics = metricsOf(scratch, {});
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->deploymentCount(), 0);
    QVERIFY2(metrics->noData.contains(QStringLiteral("no commits")), qPrintable(metrics->noData));
}

void TestDeliveryMetrics::windowBounds()
{
    // A deployment on the window's first or last second counts; one a second outside does not.
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    scratch.commit(QStringLiteral("feat: start")); // 2024-01-01 10:00
    scratch.tag(QStringLiteral("v1.0.0"));
    const QDateTime at(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
    MetricsOptions options;
    options.since = at;
    options.until = at.addDays(7);
    auto metrics = metricsOf(scratch, options);
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->deploymentCount(), 1);
    QCOMPARE(metrics->perWeek, 1.0);
    QCOMPARE(metrics->band.band, DeploymentBand::Daily);
    options.since = at.addSecs(1);
    metrics = metricsOf(scratch, options);
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->deploymentCount(), 0);
    options.since = at.addDays(-7);
    options.until = at;
    metrics = metricsOf(scratch, options);
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->deploymentCount(), 1);

    // Dates: a day's start and end; a bad date names the option; an upside-down window fails.
    auto since = MetricsWindow::parseBound(u"2024-03-01", MetricsWindow::Bound::Since, u"--since");
    RD_VERIFY_OK(since);
    QCOMPARE(*since, QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
    auto until = MetricsWindow::parseBound(u"2024-03-01", MetricsWindow::Bound::Until, u"--until");
    RD_VERIFY_OK(until);
    QCOMPARE(*until, QDateTime(QDate(2024, 3, 1), QTime(23, 59, 59), Qt::UTC));
    auto exact = MetricsWindow::parseBound(u"2024-03-01T12:30:00+02:00",
                                           MetricsWindow::Bound::Until,
                                           u"--until");
    RD_VERIFY_OK(exact);
    QCOMPARE(*exact, QDateTime(QDate(2024, 3, 1), QTime(10, 30), Qt::UTC));
    auto bad = MetricsWindow::parseBound(u"last tuesday", MetricsWindow::Bound::Since, u"--since");
    QVERIFY(!bad);
    QCOMPARE(bad.error().source, QStringLiteral("--since"));
    QVERIFY(bad.error().message.contains(QStringLiteral("YYYY-MM-DD")));
    QVERIFY(!MetricsWindow::parseBound(u"2024-02-30", MetricsWindow::Bound::Since, u"--since"));
    options.since = at;
    options.until = at.addDays(-1);
    auto upsideDown = metricsOf(scratch, options);
    QVERIFY(!upsideDown);
    QCOMPARE(upsideDown.error().code, errc::metricsWindow.toString());
}

void TestDeliveryMetrics::distribution()
{
    QVERIFY(Distribution::of({}).isEmpty());
    const Distribution one = Distribution::of({7});
    QCOMPARE(one.median, 7.0);
    QCOMPARE(one.p90, 7.0);
    const Distribution even = Distribution::of({4, 1, 3, 2});
    QCOMPARE(even.median, 2.5);
    QCOMPARE(even.p90, 4.0); // ⌈3.6⌉ = 4th
    QList<qint64> ten;
    for (int i = 10; i >= 1; --i)
        ten.append(i);
    QCOMPARE(Distribution::of(ten).p90, 9.0); // ⌈9⌉ = 9th
    QList<qint64> eleven = ten;
    eleven.append(11);
    QCOMPARE(Distribution::of(eleven).p90, 10.0); // ⌈9.9⌉ = 10th
    QCOMPARE(Distribution::of(eleven).median, 6.0);
}

void TestDeliveryMetrics::weeklyBuckets()
{
    // Releases on days 0, 1, 9 and 20 of a 21-day window: weeks of 2, 1 and 1 deployments.
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const QDateTime start = scratch.signature().when; // 2024-01-01 09:00
    for (const auto &[day, version] : {std::pair{0, "v1.0.0"},
                                       std::pair{1, "v1.0.1"},
                                       std::pair{9, "v1.1.0"},
                                       std::pair{20, "v1.2.0"}}) {
        scratch.advanceClock(start.addDays(day).secsTo(scratch.signature().when) * -1);
        scratch.commit(QStringLiteral("feat: %1").arg(QString::fromUtf8(version)));
        scratch.tag(QString::fromUtf8(version));
    }
    MetricsOptions options;
    options.since = start;
    options.until = start.addDays(21);
    options.fixReleaseRule = false;
    auto metrics = metricsOf(scratch, options);
    RD_VERIFY_OK(metrics);
    QCOMPARE(metrics->deploymentCount(), 4);
    QCOMPARE(bucketDays(*metrics, 26), 7);
    QCOMPARE(bucketDays(*metrics, 2), 14);
    const QList<MetricsBucket> weeks = bucketsOf(*metrics, 7);
    QCOMPARE(weeks.size(), 3);
    QCOMPARE(weeks.at(0).deployments, QList<qsizetype>({0, 1}));
    QCOMPARE(weeks.at(1).deployments, QList<qsizetype>({2}));
    QCOMPARE(weeks.at(2).deployments, QList<qsizetype>({3}));
    QCOMPARE(weeks.at(0).start, start);
    QCOMPARE(weeks.at(2).end, start.addDays(21));
    QVERIFY(weeks.at(0).failureRate().has_value());
    QCOMPARE(*weeks.at(0).failureRate(), 0.0);
}

QTEST_GUILESS_MAIN(TestDeliveryMetrics)
#include "tst_deliverymetrics.moc"
