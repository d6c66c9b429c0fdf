// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgedouble.h"

#include "forge/forge.h"
#include "forge/workflowfile.h"
#include "net/filevalidatorcache.h"
#include "net/httpclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QString token = QStringLiteral("glpat-ForgeTestToken0123456789");

QJsonObject run(
        const char *workflow, const char *ref, const char *sha, QStringList states, QJsonArray jobs)
{
    return {{QStringLiteral("workflow"), QString::fromUtf8(workflow)},
            {QStringLiteral("path"),
             QStringLiteral(".github/workflows/%1.yml").arg(QString::fromUtf8(workflow).toLower())},
            {QStringLiteral("ref"), QString::fromUtf8(ref)},
            {QStringLiteral("sha"), QString::fromUtf8(sha)},
            {QStringLiteral("states"), QJsonArray::fromStringList(states)},
            {QStringLiteral("jobs"), jobs}};
}

QJsonObject job(const char *name, QStringList states, int duration)
{
    return {{QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("states"), QJsonArray::fromStringList(states)},
            {QStringLiteral("duration"), duration}};
}

const QStringList passing{QStringLiteral("queued"),
                          QStringLiteral("running"),
                          QStringLiteral("success")};
const QStringList failing{QStringLiteral("queued"),
                          QStringLiteral("running"),
                          QStringLiteral("failure")};

} // namespace

class TestForge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void githubRunsOfABranchTagOrCommit();
    void githubJobsHaveDurationsAndLinks();
    void githubRunsMoveThroughTheirStates();
    void dispatchSendsExactlyTheDeclaredInputs();
    void githubRerunAndCancel();
    void gitlabPipelinesOfASubgroupProject();
    void gitlabTriggerSendsVariables();
    void unchangedPollIsA304();
    void errorsNameWhatFailed();
    void signedInLoginNamesTheTokensUser();

private:
    void finishAll()
    {
        m_double.advance();
        m_double.advance();
    }
    ForgeLocation location(ForgeLocation::Type type, const QString &project) const;
    std::unique_ptr<Forge> github(net::HttpClient &client) const
    {
        return Forge::create(location(ForgeLocation::Type::GitHub, QStringLiteral("octo/app")),
                             client,
                             token);
    }
    ForgeDouble m_double;
    QStringList m_messages;
};

void TestForge::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
}

void TestForge::init()
{
    m_double.reset();
}

void TestForge::cleanupTestCase()
{
    for (const QString &message : std::as_const(m_messages))
        QVERIFY2(!message.contains(token), qPrintable(message));
    QVERIFY2(!m_double.log().contains("SCHEMA MISMATCH"), m_double.log().constData());
}

ForgeLocation TestForge::location(ForgeLocation::Type type, const QString &project) const
{
    ForgeLocation location;
    location.type = type;
    location.api = m_double.url();
    if (type == ForgeLocation::Type::GitLab)
        location.api.setPath(QStringLiteral("/api/v4"));
    location.project = project;
    return location;
}

void TestForge::githubRunsOfABranchTagOrCommit()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run("CI", "main", "aaa111", passing, {}),
                      run("Release", "v1.2.0", "bbb222", passing, {}),
                      run("CI", "main", "ccc333", failing, {}),
                      run("CI", "topic", "ddd444", passing, {})});
    finishAll();
    net::HttpClient client;
    auto forge = github(client);

    auto main = forge->runs({RunFilter::Kind::Branch, QStringLiteral("main")});
    QVERIFY_OK(main);
    QCOMPARE(main->size(), 2);
    // Newest first.
    QCOMPARE(main->at(0).sha, QStringLiteral("ccc333"));
    QCOMPARE(main->at(0).state, RunState::Failed);
    QCOMPARE(main->at(1).state, RunState::Success);
    QCOMPARE(main->at(1).workflow, QStringLiteral("CI"));
    QCOMPARE(main->at(1).workflowPath, QStringLiteral(".github/workflows/ci.yml"));
    QVERIFY(main->at(1).url.toString().endsWith(QStringLiteral("/octo/app/actions/runs/")
                                                + QString::number(main->at(1).id)));

    auto tag = forge->runs({RunFilter::Kind::Tag, QStringLiteral("v1.2.0")});
    QVERIFY_OK(tag);
    QCOMPARE(tag->size(), 1);
    QCOMPARE(tag->at(0).workflow, QStringLiteral("Release"));

    auto commit = forge->runs({RunFilter::Kind::Commit, QStringLiteral("ddd444")});
    QVERIFY_OK(commit);
    QCOMPARE(commit->size(), 1);
    QCOMPARE(commit->at(0).ref, QStringLiteral("topic"));

    auto limited = forge->runs({RunFilter::Kind::Any, {}, 3});
    QVERIFY_OK(limited);
    QCOMPARE(limited->size(), 3);
}

void TestForge::githubJobsHaveDurationsAndLinks()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run("CI",
                          "main",
                          "aaa111",
                          failing,
                          {job("build", passing, 95), job("test", failing, 40)})});
    finishAll();
    net::HttpClient client;
    auto forge = github(client);
    auto runs = forge->runs({});
    QVERIFY_OK(runs);
    auto jobs = forge->jobs(runs->first());
    QVERIFY_OK(jobs);
    QCOMPARE(jobs->size(), 2);
    QCOMPARE(jobs->at(0).name, QStringLiteral("build"));
    QCOMPARE(jobs->at(0).state, RunState::Success);
    QCOMPARE(jobs->at(0).durationSeconds().value_or(-1), 95);
    QCOMPARE(jobs->at(1).state, RunState::Failed);
    QCOMPARE(jobs->at(1).durationSeconds().value_or(-1), 40);
    QVERIFY(jobs->at(1).url.toString().contains(u"/job/"));
    // The run lasts from its start to its last job's end.
    QVERIFY(runs->first().durationSeconds().value_or(0) >= 135);
}

void TestForge::githubRunsMoveThroughTheirStates()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run("CI", "main", "aaa111", passing, {job("build", passing, 10)})});
    net::HttpClient client;
    auto forge = github(client);
    for (RunState expected : {RunState::Queued, RunState::Running, RunState::Success}) {
        auto runs = forge->runs({});
        QVERIFY_OK(runs);
        QCOMPARE(runStateName(runs->first().state), runStateName(expected));
        auto jobs = forge->jobs(runs->first());
        QCOMPARE(runStateName(jobs->first().state), runStateName(expected));
        QCOMPARE(jobs->first().durationSeconds().has_value(), expected != RunState::Queued);
        m_double.advance();
    }
}

void TestForge::dispatchSendsExactlyTheDeclaredInputs()
{
    QTemporaryDir root;
    QDir().mkpath(root.path() + QStringLiteral("/.github/workflows"));
    QFile file(root.path() + QStringLiteral("/.github/workflows/deploy.yml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("on:\n  workflow_dispatch:\n    inputs:\n      environment:\n        type: choice\n"
               "        options: [staging, production]\n        required: true\n"
               "      dry-run:\n        type: boolean\n        default: true\n");
    file.close();
    auto workflow = WorkflowFile::find(root.path(), QStringLiteral("deploy.yml"));
    QVERIFY_OK(workflow);
    const Inputs given{{QStringLiteral("environment"), QStringLiteral("production")}};
    auto inputs = workflow->checkInputs(given);
    QVERIFY_OK(inputs);
    QVERIFY(!workflow->checkInputs({{QStringLiteral("environmnet"), QStringLiteral("x")}}));

    net::HttpClient client;
    auto forge = github(client);
    auto status = forge->trigger(workflow->fileName(), QStringLiteral("main"), *inputs);
    QVERIFY_OK(status);
    const QJsonArray requests = m_double.requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests[0].toObject();
    QCOMPARE(request[u"method"].toString(), QStringLiteral("POST"));
    QCOMPARE(request[u"url"].toString(),
             QStringLiteral("/repos/octo/app/actions/workflows/deploy.yml/dispatches"));
    const QJsonObject body = QJsonDocument::fromJson(request[u"body"].toString().toUtf8()).object();
    QCOMPARE(body,
             (QJsonObject{{QStringLiteral("ref"), QStringLiteral("main")},
                          {QStringLiteral("inputs"),
                           QJsonObject{{QStringLiteral("environment"),
                                        QStringLiteral("production")}}}}));
    // The dispatched run shows up, queued.
    auto runs = forge->runs({RunFilter::Kind::Branch, QStringLiteral("main")});
    QVERIFY_OK(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().event, QStringLiteral("workflow_dispatch"));
    QCOMPARE(runs->first().state, RunState::Queued);
}

void TestForge::githubRerunAndCancel()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run("CI", "main", "aaa111", failing, {job("test", failing, 5)}),
                      run("CI", "main", "bbb222", passing, {job("test", passing, 5)})});
    finishAll();
    net::HttpClient client;
    auto forge = github(client);
    auto runs = forge->runs({RunFilter::Kind::Commit, QStringLiteral("aaa111")});
    QVERIFY_OK(runs);
    QVERIFY_OK(forge->rerunFailed(runs->first()));
    runs = forge->runs({RunFilter::Kind::Commit, QStringLiteral("aaa111")});
    QCOMPARE(runs->first().state, RunState::Queued);
    QVERIFY_OK(forge->cancel(runs->first()));
    runs = forge->runs({RunFilter::Kind::Commit, QStringLiteral("aaa111")});
    QCOMPARE(runs->first().state, RunState::Cancelled);
    // A finished run cannot be cancelled: the forge's 409, with the operation named.
    auto done = forge->runs({RunFilter::Kind::Commit, QStringLiteral("bbb222")});
    auto refused = forge->cancel(done->first());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, errc::netConflict.toString());
    QVERIFY2(refused.error().message.startsWith(u"Cancelling run ")
                     && refused.error().message.contains(u"completed"),
             qPrintable(refused.error().message));
    m_messages += refused.error().toString();
}

void TestForge::gitlabPipelinesOfASubgroupProject()
{
    m_double.addRuns(QStringLiteral("gitlab"),
                     QStringLiteral("grp/sub/app"),
                     {run("pipeline", "main", "aaa111", passing, {job("build", passing, 30)}),
                      run("pipeline",
                          "v2.0.0",
                          "bbb222",
                          failing,
                          {job("build", passing, 30), job("deploy", failing, 12)})});
    m_double.addRuns(QStringLiteral("gitlab"),
                     QStringLiteral("grp/other"),
                     {run("p", "main", "x", passing, {})});
    finishAll();
    net::HttpClient client;
    auto forge = Forge::create(location(ForgeLocation::Type::GitLab, QStringLiteral("grp/sub/app")),
                               client,
                               token);
    auto all = forge->runs({});
    QVERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).ref, QStringLiteral("v2.0.0"));
    QCOMPARE(all->at(0).state, RunState::Failed);
    QVERIFY(all->at(0).durationSeconds().has_value());
    QCOMPARE(all->at(1).state, RunState::Success);
    auto tag = forge->runs({RunFilter::Kind::Tag, QStringLiteral("v2.0.0")});
    QVERIFY_OK(tag);
    QCOMPARE(tag->size(), 1);
    auto jobs = forge->jobs(tag->first());
    QVERIFY_OK(jobs);
    QCOMPARE(jobs->size(), 2);
    QCOMPARE(jobs->at(1).name, QStringLiteral("deploy"));
    QCOMPARE(jobs->at(1).state, RunState::Failed);
    QCOMPARE(jobs->at(1).durationSeconds().value_or(-1), 12);
    QVERIFY(jobs->at(1).url.toString().contains(u"/grp/sub/app/-/jobs/"));
    const QJsonArray requests = m_double.requests();
    QVERIFY(requests[0].toObject()[u"url"].toString().startsWith(
            u"/api/v4/projects/grp%2Fsub%2Fapp/pipelines?"));
    QCOMPARE(requests[0].toObject()[u"headers"].toObject()[u"authorization"].toString(),
             QStringLiteral("Bearer ") + token);

    QVERIFY_OK(forge->rerunFailed(tag->first()));
    QCOMPARE(forge->runs({RunFilter::Kind::Tag, QStringLiteral("v2.0.0")})->first().state,
             RunState::Queued);
    QVERIFY_OK(forge->cancel(tag->first()));
    QCOMPARE(forge->runs({RunFilter::Kind::Tag, QStringLiteral("v2.0.0")})->first().state,
             RunState::Cancelled);
}

void TestForge::gitlabTriggerSendsVariables()
{
    net::HttpClient client;
    auto forge = Forge::create(location(ForgeLocation::Type::GitLab, QStringLiteral("grp/app")),
                               client,
                               token);
    QVERIFY_OK(forge->trigger(QString(),
                              QStringLiteral("main"),
                              {{QStringLiteral("DEPLOY_ENV"), QStringLiteral("staging")}}));
    const QJsonObject request = m_double.requests()[0].toObject();
    QCOMPARE(request[u"url"].toString(), QStringLiteral("/api/v4/projects/grp%2Fapp/pipeline"));
    const QJsonObject body = QJsonDocument::fromJson(request[u"body"].toString().toUtf8()).object();
    QCOMPARE(body[u"ref"].toString(), QStringLiteral("main"));
    QCOMPARE(body[u"variables"].toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("DEPLOY_ENV")},
                                     {QStringLiteral("value"), QStringLiteral("staging")}}}));
    QCOMPARE(forge->runs({})->size(), 1);
}

void TestForge::unchangedPollIsA304()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run("CI", "main", "aaa111", passing, {job("build", passing, 10)})});
    QTemporaryDir cache;
    net::HttpClientOptions options;
    options.cache = std::make_shared<net::FileValidatorCache>(cache.path());
    for (int poll = 0; poll < 2; ++poll) {
        net::HttpClient client(options);
        auto forge = Forge::create(location(ForgeLocation::Type::GitHub,
                                            QStringLiteral("octo/app")),
                                   client,
                                   token);
        auto runs = forge->runs({});
        QVERIFY_OK(runs);
        QVERIFY_OK(forge->jobs(runs->first()));
    }
    const QJsonArray requests = m_double.requests();
    QCOMPARE(requests.size(), 4);
    QVERIFY(requests[2].toObject()[u"headers"].toObject().contains(u"if-none-match"));
    QVERIFY(requests[3].toObject()[u"headers"].toObject().contains(u"if-none-match"));
}

void TestForge::errorsNameWhatFailed()
{
    net::HttpClient client;
    auto forge = github(client);
    m_double.fault(
            {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 401}});
    auto runs = forge->runs({});
    QVERIFY(!runs);
    QCOMPARE(runs.error().code, errc::netUnauthorized.toString());
    m_messages += runs.error().toString();
    m_double.fault(
            {{QStringLiteral("kind"), QStringLiteral("status")},
             {QStringLiteral("status"), 422},
             {QStringLiteral("message"), QStringLiteral("Unexpected inputs provided: [\"x\"]")}});
    auto dispatched = forge->trigger(QStringLiteral("deploy.yml"), QStringLiteral("main"), {});
    QVERIFY(!dispatched);
    QVERIFY2(dispatched.error().message.startsWith(u"Running workflow deploy.yml on main failed: ")
                     && dispatched.error().message.contains(u"Unexpected inputs provided"),
             qPrintable(dispatched.error().message));
    m_messages += dispatched.error().toString();
}

void TestForge::signedInLoginNamesTheTokensUser()
{
    m_double.setUsers({{token, QStringLiteral("mona")}});
    net::HttpClient client;
    auto github = this->github(client);
    auto login = github->signedInLogin();
    QVERIFY_OK(login);
    QCOMPARE(*login, QStringLiteral("mona"));
    auto gitlab = Forge::create(location(ForgeLocation::Type::GitLab,
                                         QStringLiteral("grp/sub/app")),
                                client,
                                token);
    login = gitlab->signedInLogin();
    QVERIFY_OK(login);
    QCOMPARE(*login, QStringLiteral("mona"));
    // The token went as the forges expect it, to /user and /api/v4/user.
    const QJsonArray requests = m_double.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].toObject().value(u"url").toString(), QStringLiteral("/user"));
    QCOMPARE(requests[1].toObject().value(u"url").toString(), QStringLiteral("/api/v4/user"));
    QCOMPARE(requests[0].toObject().value(u"headers").toObject().value(u"authorization").toString(),
             QStringLiteral("Bearer ") + token);

    // A token the forge does not know: its 401, not a login.
    auto stranger = Forge::create(location(ForgeLocation::Type::GitHub, QStringLiteral("octo/app")),
                                  client,
                                  QStringLiteral("ghp_unknown"));
    login = stranger->signedInLogin();
    QVERIFY(!login);
    QCOMPARE(login.error().code, errc::netUnauthorized.toString());
    // No token: nothing is asked, and the message says how to get one.
    auto anonymous = Forge::create(location(ForgeLocation::Type::GitHub,
                                            QStringLiteral("octo/app")),
                                   client,
                                   QString());
    login = anonymous->signedInLogin();
    QVERIFY(!login);
    QCOMPARE(login.error().code, errc::forgeNoToken.toString());
    QVERIFY2(login.error().message.contains(u"Sign in"), qPrintable(login.error().message));
    QCOMPARE(m_double.requests().size(), 3);
    m_messages += login.error().toString();
}

QTEST_GUILESS_MAIN(TestForge)
#include "tst_forge.moc"
