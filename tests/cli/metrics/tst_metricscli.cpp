// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "fixtures.h"
#include "scratchrepository.h"

#include "git/library.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using rd::test::CliRun;
using rd::test::ScratchRepository;

namespace {

CliRun cli(const QStringList &arguments)
{
    return rd::test::runProgram(QStringLiteral(RELEASEDESK_CLI), arguments);
}

} // namespace

class TestMetricsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonHasTheIssueShape();
    void csvHasARowPerDeployment();
    void textExplainsEachDefinition();
    void emptyWindowSaysNoData();
    void badInputIsAUsageError();
    void pipelinesNeedAForge();

private:
    // `releasedesk-cli metrics ARGUMENTS --repo <semantic-release>`
    CliRun metrics(const QStringList &arguments) const
    {
        return cli(QStringList{QStringLiteral("metrics")} + arguments
                   + QStringList{QStringLiteral("--repo"), m_repo});
    }
    // The window of 2019 plus `arguments`.
    CliRun metrics2019(const QStringList &arguments = {}) const
    {
        return metrics(arguments
                       + QStringList{QStringLiteral("--since"),
                                     QStringLiteral("2019-01-01"),
                                     QStringLiteral("--until"),
                                     QStringLiteral("2019-12-31")});
    }

    git::Library m_library;
    QTemporaryDir m_dir;
    QString m_repo;
};

void TestMetricsCli::initTestCase()
{
    m_repo = m_dir.filePath(QStringLiteral("semantic-release"));
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"), m_repo));
}

void TestMetricsCli::jsonHasTheIssueShape()
{
    const CliRun run = metrics2019({QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    const QJsonObject window = json.value(QStringLiteral("window")).toObject();
    QCOMPARE(window.value(QStringLiteral("since")).toString(),
             QStringLiteral("2019-01-01T00:00:00Z"));
    QCOMPARE(window.value(QStringLiteral("until")).toString(),
             QStringLiteral("2019-12-31T23:59:59Z"));

    const QJsonObject deployments = json.value(QStringLiteral("deployments")).toObject();
    const int count = deployments.value(QStringLiteral("count")).toInt();
    QVERIFY(count > 10);
    QCOMPARE(deployments.value(QStringLiteral("items")).toArray().size(), count);
    QCOMPARE(deployments.value(QStringLiteral("per_week")).toDouble(),
             count / window.value(QStringLiteral("weeks")).toDouble());
    QVERIFY(!deployments.value(QStringLiteral("band")).toString().isEmpty());
    for (const QJsonValue item : deployments.value(QStringLiteral("items")).toArray()) {
        const QString time = item.toObject().value(QStringLiteral("time")).toString();
        QVERIFY2(time >= QStringLiteral("2019-01-01") && time < QStringLiteral("2020-01-01"),
                 qPrintable(time));
    }

    const QJsonObject lead = json.value(QStringLiteral("lead_time_s")).toObject();
    QVERIFY(lead.value(QStringLiteral("median")).isDouble());
    QVERIFY(lead.value(QStringLiteral("p90")).toDouble()
            >= lead.value(QStringLiteral("median")).toDouble());
    QCOMPARE(lead.value(QStringLiteral("items")).toArray().size(),
             lead.value(QStringLiteral("commits")).toInt());

    const QJsonObject rate = json.value(QStringLiteral("change_failure_rate")).toObject();
    QCOMPARE(rate.value(QStringLiteral("total")).toInt(), count);
    QCOMPARE(rate.value(QStringLiteral("items")).toArray().size(),
             rate.value(QStringLiteral("failed")).toInt());
    QCOMPARE(rate.value(QStringLiteral("rate")).toDouble(),
             rate.value(QStringLiteral("failed")).toDouble() / count);
    QVERIFY(rate.value(QStringLiteral("rate")).toDouble() <= 1.0);
    QVERIFY(json.value(QStringLiteral("time_to_restore_s"))
                    .toObject()
                    .contains(QStringLiteral("median")));
    // Not asked for: null, not an empty list that would read as "no workflows".
    QVERIFY(json.value(QStringLiteral("pipelines")).isNull());
}

void TestMetricsCli::csvHasARowPerDeployment()
{
    const CliRun json = metrics2019({QStringLiteral("--json")});
    const CliRun csv = metrics2019({QStringLiteral("--csv")});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("tag,time,previous,commits,lead_median_s"));
    QCOMPARE(lines.size() - 1,
             json.json()
                     .value(QStringLiteral("deployments"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt());
    QVERIFY(lines.at(1).startsWith("v"));
}

void TestMetricsCli::textExplainsEachDefinition()
{
    const CliRun run = metrics2019();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    for (const char *expected : {"Deployment frequency",
                                 "per week",
                                 "Lead time for changes",
                                 "tag time minus its committer date",
                                 "Change failure rate",
                                 "rule fix-release: on",
                                 "rule failed-deploy: off",
                                 "Time to restore",
                                 "Pipeline health",
                                 "--pipelines"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestMetricsCli::emptyWindowSaysNoData()
{
    const QStringList empty{QStringLiteral("--since"),
                            QStringLiteral("2001-01-01"),
                            QStringLiteral("--until"),
                            QStringLiteral("2001-02-01")};
    const CliRun run = metrics(empty + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    const QJsonObject deployments = json.value(QStringLiteral("deployments")).toObject();
    QCOMPARE(deployments.value(QStringLiteral("count")).toInt(), 0);
    QVERIFY(deployments.value(QStringLiteral("no_data"))
                    .toString()
                    .contains(QStringLiteral("2001-01-01")));
    QVERIFY(json.value(QStringLiteral("change_failure_rate"))
                    .toObject()
                    .value(QStringLiteral("rate"))
                    .isNull());
    QVERIFY(json.value(QStringLiteral("lead_time_s"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .isNull());

    const CliRun text = metrics(empty);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("no data: none of the"));
}

void TestMetricsCli::badInputIsAUsageError()
{
    const CliRun date = metrics({QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(date.exitCode, 2);
    QVERIFY2(date.err.contains("--since") && date.err.contains("YYYY-MM-DD"), date.err.constData());
    const CliRun upsideDown = metrics({QStringLiteral("--since"),
                                       QStringLiteral("2020-01-01"),
                                       QStringLiteral("--until"),
                                       QStringLiteral("2019-01-01")});
    QCOMPARE(upsideDown.exitCode, 2);
    QVERIFY2(upsideDown.err.contains("after it ends"), upsideDown.err.constData());
    const CliRun both = metrics({QStringLiteral("--json"), QStringLiteral("--csv")});
    QCOMPARE(both.exitCode, 2);
    const CliRun package = metrics({QStringLiteral("--package"), QStringLiteral("nope")});
    QCOMPARE(package.exitCode, 2);
    QVERIFY2(package.err.contains("nope"), package.err.constData());
}

void TestMetricsCli::pipelinesNeedAForge()
{
    // A repository without a forge: the git-only part cannot run with --pipelines, and says why.
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"));
    const CliRun run = cli({QStringLiteral("metrics"),
                            QStringLiteral("--pipelines"),
                            QStringLiteral("20"),
                            QStringLiteral("--repo"),
                            scratch.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.trimmed().isEmpty(), run.err.constData());
    const CliRun without = cli(
            {QStringLiteral("metrics"), QStringLiteral("--repo"), scratch.path()});
    QVERIFY2(without.exitCode == 0, without.err.constData());
    QVERIFY(without.out.contains("1 deployment, "));
}

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
