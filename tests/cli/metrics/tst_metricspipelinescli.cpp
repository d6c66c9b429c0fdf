// SPDX-License-Identifier: GPL-3.0-or-later
// `releasedesk-cli metrics --pipelines N`: the git-only metrics plus the pipeline health of the
// runs fetched from the forge double.
#include "forgedouble.h"
#include "scratchrepository.h"

#include "git/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using rd::test::ScratchRepository;

class TestMetricsPipelinesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pipelineHealthOfTheFetchedRuns();
    void failedDeployRunFailsTheRelease();

private:
    git::Library m_library;
    ForgeDouble m_double;
    QTemporaryDir m_cache;
};

void TestMetricsPipelinesCli::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
}

void TestMetricsPipelinesCli::pipelineHealthOfTheFetchedRuns()
{
    m_double.reset();
    ScratchRepository scratch;
    const QByteArray config = QStringLiteral("forge:\n  type: github\n  api: %1\n  project: "
                                             "octo/app\n")
                                      .arg(m_double.url().toString())
                                      .toUtf8();
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral(".releasedesk.yml"), config}});
    scratch.tag(QStringLiteral("v1.0.0"));
    const QStringList passing = ForgeDouble::passing();
    const QJsonArray green{ForgeDouble::jobSpec(QStringLiteral("test"), passing, 30)};
    const QJsonArray red{ForgeDouble::jobSpec(QStringLiteral("test"), ForgeDouble::failing(), 30)};
    m_double.addRuns(
            QStringLiteral("github"),
            QStringLiteral("octo/app"),
            {ForgeDouble::runSpec(QStringLiteral("aaa111"), QStringLiteral("CI"), passing, green),
             ForgeDouble::runSpec(QStringLiteral("bbb222"),
                                  QStringLiteral("CI"),
                                  ForgeDouble::failing(),
                                  red),
             ForgeDouble::runSpec(QStringLiteral("bbb222"), QStringLiteral("CI"), passing, green)});
    m_double.advance();
    m_double.advance();

    const auto cli = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(scratch.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_MetricsTest"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RELEASEDESK_CLI),
                      QStringList{QStringLiteral("metrics")} + arguments);
        process.waitForFinished(120000);
        return std::tuple{process.exitCode(),
                          process.readAllStandardOutput(),
                          process.readAllStandardError()};
    };

    // The runs are recent; the window reaches today.
    const QString today = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const auto [code, out, err] = cli({QStringLiteral("--pipelines"),
                                       QStringLiteral("50"),
                                       QStringLiteral("--since"),
                                       QStringLiteral("2023-01-01"),
                                       QStringLiteral("--until"),
                                       today,
                                       QStringLiteral("--json")});
    QVERIFY2(code == 0, err.constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("deployments"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
             1);
    const QJsonArray pipelines = json.value(QStringLiteral("pipelines")).toArray();
    QCOMPARE(pipelines.size(), 1);
    const QJsonObject ci = pipelines.first().toObject();
    QCOMPARE(ci.value(QStringLiteral("workflow")).toString(), QStringLiteral("CI"));
    QCOMPARE(ci.value(QStringLiteral("runs")).toInt(), 3);
    QCOMPARE(ci.value(QStringLiteral("success_rate")).toDouble(), 2.0 / 3.0);
    QCOMPARE(ci.value(QStringLiteral("items")).toArray().size(), 3);
    const QJsonArray flaky = ci.value(QStringLiteral("flaky_jobs")).toArray();
    QCOMPARE(flaky.size(), 1);
    QCOMPARE(flaky.first().toObject().value(QStringLiteral("job")).toString(),
             QStringLiteral("test"));
    QCOMPARE(ci.value(QStringLiteral("queue_s"))
                     .toObject()
                     .value(QStringLiteral("median"))
                     .toDouble(),
             5.0);

    // The default window ends at HEAD's commit date (2024): the runs of today are outside, and
    // the output says so instead of showing empty figures.
    const auto [defaultCode, text, defaultErr] = cli(
            {QStringLiteral("--pipelines"), QStringLiteral("50")});
    QVERIFY2(defaultCode == 0, defaultErr.constData());
    QVERIFY2(text.contains("none of the pipeline runs (3 given) started in the window"),
             text.constData());
    QVERIFY(!out.contains("ghp_MetricsTest") && !err.contains("ghp_MetricsTest"));
}

// forge: deploy-workflows names the deploy; its failed run on the tag fails the deployment,
// listed under the failed-deploy rule with the run's address; --no-failed-deploy-rule leaves it
// out.
void TestMetricsPipelinesCli::failedDeployRunFailsTheRelease()
{
    m_double.reset();
    ScratchRepository scratch;
    const QByteArray config = QStringLiteral("forge:\n  type: github\n  api: %1\n  project: "
                                             "octo/deploys\n  deploy-workflows: [Deploy]\n")
                                      .arg(m_double.url().toString())
                                      .toUtf8();
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral(".releasedesk.yml"), config}});
    scratch.tag(QStringLiteral("v1.0.0"));
    QJsonObject deploy = ForgeDouble::runSpec(QString(40, QLatin1Char('d')),
                                              QStringLiteral("Deploy"),
                                              {QStringLiteral("failure")});
    deploy.insert(QStringLiteral("ref"), QStringLiteral("v1.0.0"));
    m_double.addRuns(QStringLiteral("github"), QStringLiteral("octo/deploys"), {deploy});
    const auto cli = [&](const QStringList &extra) {
        QProcess process;
        process.setWorkingDirectory(scratch.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("GITHUB_TOKEN"));
        environment.remove(QStringLiteral("GH_TOKEN"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RELEASEDESK_CLI),
                      QStringList{QStringLiteral("metrics"),
                                  QStringLiteral("--pipelines"),
                                  QStringLiteral("10"),
                                  QStringLiteral("--json")}
                              + extra);
        process.waitForFinished(120000);
        return std::pair{process.exitCode(),
                         QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
    };
    const auto [code, json] = cli({});
    QCOMPARE(code, 0);
    const QJsonObject rate = json.value(QStringLiteral("change_failure_rate")).toObject();
    QCOMPARE(rate.value(QStringLiteral("failed")).toInt(), 1);
    const QJsonObject reason = rate.value(QStringLiteral("items"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("reasons"))
                                       .toArray()
                                       .first()
                                       .toObject();
    QCOMPARE(reason.value(QStringLiteral("rule")).toString(), QStringLiteral("failed-deploy"));
    QVERIFY(reason.value(QStringLiteral("evidence"))
                    .toString()
                    .contains(QStringLiteral("/actions/runs/")));
    const auto [offCode, off] = cli({QStringLiteral("--no-failed-deploy-rule")});
    QCOMPARE(offCode, 0);
    QCOMPARE(off.value(QStringLiteral("change_failure_rate"))
                     .toObject()
                     .value(QStringLiteral("failed"))
                     .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestMetricsPipelinesCli)
#include "tst_metricspipelinescli.moc"
