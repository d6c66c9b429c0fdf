// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgedouble.h"
#include "scratchrepository.h"

#include "git/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using rd::test::ScratchRepository;

namespace {

const QString token = QStringLiteral("ghp_CliTestTokenNeverPrinted42");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliPipelines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void help();
    void exitCodesFollowTheRuns();
    void jsonHasTheDocumentedShape();
    void refAndTagFilters();
    void gitlabProject();
    void dispatchSendsTheDeclaredInputs();
    void dispatchRefusesUndeclaredInputs();
    void usageErrors();
    void faultsAreExplained();

private:
    void makeProject(const QString &type = QStringLiteral("github"),
                     const QString &project = QStringLiteral("octo/app"));
    Run cli(const QStringList &arguments);

    git::Library m_library;
    ForgeDouble m_double;
    std::unique_ptr<ScratchRepository> m_scratch;
    QString m_head;
    QTemporaryDir m_cache;
    QList<QByteArray> m_outputs; // everything the CLI printed, checked for the token
};

void TestCliPipelines::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    QVERIFY(QFile::exists(QStringLiteral(RELEASEDESK_CLI)));
}

void TestCliPipelines::init()
{
    m_double.reset();
    makeProject();
}

void TestCliPipelines::cleanupTestCase()
{
    for (const QByteArray &output : std::as_const(m_outputs))
        QVERIFY2(!output.contains(token.toUtf8()), output.constData());
    QVERIFY2(!m_double.log().contains("SCHEMA MISMATCH"), m_double.log().constData());
}

void TestCliPipelines::makeProject(const QString &type, const QString &project)
{
    m_scratch = std::make_unique<ScratchRepository>();
    const QString api = type == u"gitlab" ? m_double.url().toString() + QStringLiteral("/api/v4")
                                          : m_double.url().toString();
    const QByteArray config = QStringLiteral("forge:\n  type: %1\n  api: %2\n  project: %3\n")
                                      .arg(type, api, project)
                                      .toUtf8();
    m_scratch->commit(QStringLiteral("feat: first"),
                      {{QStringLiteral(".releasedesk.yml"), config},
                       {QStringLiteral(".github/workflows/deploy.yml"),
                        "name: Deploy\non:\n  workflow_dispatch:\n    inputs:\n"
                        "      environment:\n        type: choice\n"
                        "        options: [staging, production]\n        required: true\n"
                        "      dry-run:\n        type: boolean\n        default: false\n"}});
    m_head = m_scratch->head().toString();
}

Run TestCliPipelines::cli(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_scratch->path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GITHUB_TOKEN"), token);
    environment.insert(QStringLiteral("GITLAB_TOKEN"), token);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
    // No keychain here: the lookup must fail fast and move on.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELEASEDESK_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    m_outputs << run.out << run.err;
    return run;
}

void TestCliPipelines::help()
{
    const Run pipelines = cli({QStringLiteral("pipelines"), QStringLiteral("--help")});
    QCOMPARE(pipelines.exitCode, 0);
    QVERIFY(pipelines.out.contains("releasedesk-cli pipelines"));
    QVERIFY(pipelines.out.contains("--sha") && pipelines.out.contains("--tag"));
    const Run dispatch = cli({QStringLiteral("dispatch"), QStringLiteral("--help")});
    QCOMPARE(dispatch.exitCode, 0);
    QVERIFY(dispatch.out.contains("--input"));
    const Run all = cli({QStringLiteral("--help")});
    QVERIFY(all.out.contains("pipelines") && all.out.contains("dispatch"));
    QVERIFY(all.out.contains("5 a CI run failed"));
}

void TestCliPipelines::exitCodesFollowTheRuns()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head,
                                           QStringLiteral("CI"),
                                           ForgeDouble::passing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("build"),
                                                                 ForgeDouble::passing(),
                                                                 30)})});
    // Queued: still going.
    Run run = cli({QStringLiteral("pipelines")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.out.contains("queued"), run.out.constData());
    m_double.advance();
    QCOMPARE(cli({QStringLiteral("pipelines")}).exitCode, 6);
    m_double.advance();
    run = cli({QStringLiteral("pipelines")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("success") && run.out.contains("build"), run.out.constData());

    // A second workflow on the same commit fails: exit 5, naming the job.
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head,
                                           QStringLiteral("Security"),
                                           ForgeDouble::failing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("trivy"),
                                                                 ForgeDouble::failing(),
                                                                 12)})});
    m_double.advance();
    m_double.advance();
    run = cli({QStringLiteral("pipelines")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.out.contains("failed") && run.out.contains("trivy"), run.out.constData());
    // Runs of other commits do not count.
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(QStringLiteral(
                                                   "0123456789012345678901234567890123456789"),
                                           QStringLiteral("CI"),
                                           ForgeDouble::failing(),
                                           {})});
    QCOMPARE(cli({QStringLiteral("pipelines"), QStringLiteral("--sha"), m_head}).exitCode, 5);
}

void TestCliPipelines::jsonHasTheDocumentedShape()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head,
                                           QStringLiteral("CI"),
                                           ForgeDouble::failing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("build"),
                                                                 ForgeDouble::passing(),
                                                                 30),
                                            ForgeDouble::jobSpec(QStringLiteral("test"),
                                                                 ForgeDouble::failing(),
                                                                 20)})});
    m_double.advance();
    m_double.advance();
    const Run run = cli({QStringLiteral("pipelines"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 5);
    const QJsonArray runs = run.json().value(u"runs").toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject first = runs[0].toObject();
    QCOMPARE(first.keys(),
             (QStringList{QStringLiteral("duration_s"),
                          QStringLiteral("finished_at"),
                          QStringLiteral("id"),
                          QStringLiteral("jobs"),
                          QStringLiteral("ref"),
                          QStringLiteral("sha"),
                          QStringLiteral("started_at"),
                          QStringLiteral("state"),
                          QStringLiteral("url"),
                          QStringLiteral("workflow")}));
    QCOMPARE(first[u"workflow"].toString(), QStringLiteral("CI"));
    QCOMPARE(first[u"sha"].toString(), m_head);
    QCOMPARE(first[u"ref"].toString(), QStringLiteral("main"));
    QCOMPARE(first[u"state"].toString(), QStringLiteral("failed"));
    QVERIFY(first[u"id"].toInteger() > 0);
    QVERIFY(first[u"started_at"].toString().endsWith(u'Z'));
    QVERIFY(first[u"duration_s"].toInteger() >= 50);
    const QJsonArray jobs = first[u"jobs"].toArray();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[1].toObject().keys(),
             (QStringList{QStringLiteral("duration_s"),
                          QStringLiteral("name"),
                          QStringLiteral("state"),
                          QStringLiteral("url")}));
    QCOMPARE(jobs[1].toObject()[u"state"].toString(), QStringLiteral("failed"));
    QCOMPARE(jobs[1].toObject()[u"duration_s"].toInt(), 20);
    QVERIFY(jobs[1].toObject()[u"url"].toString().startsWith(m_double.url().toString()));
}

void TestCliPipelines::refAndTagFilters()
{
    QJsonObject onTag = ForgeDouble::runSpec(QStringLiteral("abc"),
                                             QStringLiteral("Release"),
                                             ForgeDouble::passing(),
                                             {});
    onTag[QStringLiteral("ref")] = QStringLiteral("v1.0.0");
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(QStringLiteral("def"),
                                           QStringLiteral("CI"),
                                           ForgeDouble::passing(),
                                           {}),
                      onTag});
    m_double.advance();
    m_double.advance();
    Run run = cli({QStringLiteral("pipelines"),
                   QStringLiteral("--tag"),
                   QStringLiteral("v1.0.0"),
                   QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"runs"].toArray().size(), 1);
    QCOMPARE(run.json()[u"runs"][0][u"workflow"].toString(), QStringLiteral("Release"));
    run = cli({QStringLiteral("pipelines"),
               QStringLiteral("--ref"),
               QStringLiteral("main"),
               QStringLiteral("--json")});
    QCOMPARE(run.json()[u"runs"].toArray().size(), 1);
    QCOMPARE(run.json()[u"runs"][0][u"sha"].toString(), QStringLiteral("def"));
    // No runs: nothing failed.
    run = cli({QStringLiteral("pipelines"), QStringLiteral("--ref"), QStringLiteral("nothing")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("No CI runs for branch nothing"), run.out.constData());
}

void TestCliPipelines::gitlabProject()
{
    makeProject(QStringLiteral("gitlab"), QStringLiteral("grp/sub/app"));
    m_double.addRuns(QStringLiteral("gitlab"),
                     QStringLiteral("grp/sub/app"),
                     {ForgeDouble::runSpec(m_head,
                                           QStringLiteral("pipeline"),
                                           ForgeDouble::passing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("lint"),
                                                                 ForgeDouble::passing(),
                                                                 7)})});
    m_double.advance();
    Run run = cli({QStringLiteral("pipelines"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 6);
    QCOMPARE(run.json()[u"runs"][0][u"state"].toString(), QStringLiteral("running"));
    m_double.advance();
    run = cli({QStringLiteral("pipelines"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"runs"][0][u"jobs"][0][u"duration_s"].toInt(), 7);

    run = cli({QStringLiteral("dispatch"),
               QStringLiteral("pipeline"),
               QStringLiteral("--input"),
               QStringLiteral("DEPLOY=1")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray requests = m_double.requests();
    const QJsonObject post = requests.last().toObject();
    QCOMPARE(post[u"url"].toString(), QStringLiteral("/api/v4/projects/grp%2Fsub%2Fapp/pipeline"));
    QVERIFY(post[u"body"].toString().contains(u"\"key\":\"DEPLOY\""));
}

void TestCliPipelines::dispatchSendsTheDeclaredInputs()
{
    const Run run = cli({QStringLiteral("dispatch"),
                         QStringLiteral("deploy.yml"),
                         QStringLiteral("--input"),
                         QStringLiteral("environment=staging"),
                         QStringLiteral("--input"),
                         QStringLiteral("dry-run=true"),
                         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"dispatched"][u"ref"].toString(), QStringLiteral("main"));
    const QJsonArray requests = m_double.requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests[0].toObject();
    QCOMPARE(request[u"url"].toString(),
             QStringLiteral("/repos/octo/app/actions/workflows/deploy.yml/dispatches"));
    QCOMPARE(QJsonDocument::fromJson(request[u"body"].toString().toUtf8()).object(),
             (QJsonObject{{QStringLiteral("ref"), QStringLiteral("main")},
                          {QStringLiteral("inputs"),
                           QJsonObject{{QStringLiteral("environment"), QStringLiteral("staging")},
                                       {QStringLiteral("dry-run"), QStringLiteral("true")}}}}));
    // Found by its name too; on another ref.
    QCOMPARE(cli({QStringLiteral("dispatch"),
                  QStringLiteral("Deploy"),
                  QStringLiteral("--ref"),
                  QStringLiteral("v1.0.0"),
                  QStringLiteral("--input"),
                  QStringLiteral("environment=production")})
                     .exitCode,
             0);
    QCOMPARE(m_double.requests().size(), 2);
}

void TestCliPipelines::dispatchRefusesUndeclaredInputs()
{
    Run run = cli({QStringLiteral("dispatch"),
                   QStringLiteral("deploy.yml"),
                   QStringLiteral("--input"),
                   QStringLiteral("environment=staging"),
                   QStringLiteral("--input"),
                   QStringLiteral("enviroment=production")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Input \"enviroment\" is not declared by deploy.yml. Its inputs are: "
                              "environment, dry-run."),
             run.err.constData());
    run = cli({QStringLiteral("dispatch"), QStringLiteral("deploy.yml")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Input \"environment\" is required")
                     && run.err.contains("staging, production"),
             run.err.constData());
    run = cli({QStringLiteral("dispatch"), QStringLiteral("release.yml")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("There is no workflow \"release.yml\"")
                     && run.err.contains("deploy.yml"),
             run.err.constData());
    QVERIFY(m_double.requests().isEmpty()); // nothing was sent
}

void TestCliPipelines::usageErrors()
{
    Run run = cli({QStringLiteral("pipelines"),
                   QStringLiteral("--ref"),
                   QStringLiteral("a"),
                   QStringLiteral("--tag"),
                   QStringLiteral("b")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("only one of --ref, --sha and --tag"));
    run = cli({QStringLiteral("dispatch")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("name the workflow"));
    run = cli({QStringLiteral("dispatch"),
               QStringLiteral("deploy.yml"),
               QStringLiteral("--input"),
               QStringLiteral("environment")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--input \"environment\" is not KEY=VALUE"));
}

void TestCliPipelines::faultsAreExplained()
{
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 401},
                    {QStringLiteral("message"), QStringLiteral("Bad credentials ") + token}});
    Run run = cli({QStringLiteral("pipelines"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("HTTP 401") && run.err.contains("expired or revoked"),
             run.err.constData());
    QCOMPARE(run.json()[u"error"][u"code"].toString(), QStringLiteral("net.unauthorized"));

    // A retry-after that is short is waited out, and said on stderr.
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 429},
                    {QStringLiteral("retryAfter"), 1}});
    run = cli({QStringLiteral("pipelines")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("rate limited") && run.err.contains("waiting 1 s"),
             run.err.constData());

    // No forge at all: says what to set.
    m_scratch = std::make_unique<ScratchRepository>();
    m_scratch->commit(QStringLiteral("feat: x"), {{QStringLiteral("a"), "1"}});
    run = cli({QStringLiteral("pipelines")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("No forge is configured") && run.err.contains("forge:"),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPipelines)
#include "tst_clipipelines.moc"
