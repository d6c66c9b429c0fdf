// SPDX-License-Identifier: GPL-3.0-or-later
// The GitLab release step against the forge double's GitLab releases and generic packages:
// each asset into the generic package, read back, then the release with its links; the release
// driver killed at every step boundary and inside the step (while an upload or the create
// hangs) and resumed, each way ending with exactly one release whose links point at exactly one
// upload of each file; a 5xx after the forge stored a write makes no second release or upload;
// a release with other links and a package file with other bytes are conflicts naming them;
// 401/403/404/429/5xx each stop with their own message.
#include "drivertools.h"
#include "expectedcheck.h"
#include "forgedouble.h"
#include "scratchrepository.h"

#include "git/library.h"
#include "publish/forgereleasestep.h"
#include "publish/gitlabreleaseapi.h"
#include "publish/publishsteps.h"
#include "release/stepcontext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::ScratchRepository;

class TestGitLabRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void uploadsThenCreatesTheRelease();
    void killedAnywhereResumesToOneRelease_data();
    void killedAnywhereResumesToOneRelease();
    void serverErrorAfterTheWriteWasStored_data();
    void serverErrorAfterTheWriteWasStored();
    void secondCreateIsAConflictAnswer();
    void releaseWithOtherLinksIsAConflict();
    void packageFileWithOtherBytesIsAConflict();
    void statusFaultsSayWhatToDo_data();
    void statusFaultsSayWhatToDo();
    void noTokenSaysWhereToPutOne();

private:
    StepContext context() { return StepContext{m_scratch->repo(), nullptr, nullptr, nullptr, {}}; }
    Result<std::unique_ptr<ForgeReleaseStep>> plan(const QStringList &assets)
    {
        return ForgeReleaseStep::plan(location(),
                                      QStringLiteral("v1.0.0"),
                                      {},
                                      QStringLiteral("## 1.0.0"),
                                      false,
                                      assets);
    }
    QStringList arguments() const;
    ForgeLocation location() const;
    QUrl api() const { return QUrl(m_double.url().toString() + QStringLiteral("/api/v4")); }
    QString encodedProject() const
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(m_project));
    }
    QJsonArray releases() { return m_double.gitlabState(m_project).value(u"releases").toArray(); }
    // Every upload of the project's generic packages, as {file_name, size, file_sha256...}.
    QJsonArray packageFiles();
    // Exactly one release v1.0.0 whose links point at exactly one upload of each asset.
    void verifyOneRelease();
    int count(const QString &method, const QString &pathSuffix);

    git::Library m_library;
    ForgeDouble m_double;
    QTemporaryDir m_files;
    QString m_project;
    QStringList m_assets;
    QList<QByteArray> m_contents;
    std::optional<ScratchRepository> m_scratch;
    QString m_repo;
};

void TestGitLabRelease::initTestCase()
{
    registerPublishSteps();
    // Not a skip: run through ctest, the fixture starts the double.
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RELEASEDESK_DRIVER")));
    QVERIFY(m_files.isValid());
    // Two assets, one of them binary with every byte value.
    const test::ReleaseAssets assets = test::writeReleaseAssets(m_files.path());
    QVERIFY(!assets.paths.isEmpty());
    m_assets = assets.paths;
    m_contents = assets.contents;
}

void TestGitLabRelease::init()
{
    m_double.reset();
    m_project = QStringLiteral("group/app-%1")
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    qputenv("GITLAB_TOKEN", "gitlab-test-token-for-the-double");
    m_scratch.emplace();
    m_repo = test::releaseRepository(*m_scratch);
}

ForgeLocation TestGitLabRelease::location() const
{
    return ForgeLocation{ForgeLocation::Type::GitLab, api(), m_project};
}

QStringList TestGitLabRelease::arguments() const
{
    QStringList arguments{QStringLiteral("release"),
                          QStringLiteral("--repo"),
                          m_repo,
                          QStringLiteral("--version"),
                          QStringLiteral("1.0.0"),
                          QStringLiteral("--notes"),
                          QStringLiteral("## 1.0.0\n\n- the first feature"),
                          QStringLiteral("--no-push"),
                          QStringLiteral("--no-keychain"),
                          QStringLiteral("--gitlab-release"),
                          api().toString(),
                          QStringLiteral("--gitlab-project"),
                          m_project};
    for (const QString &asset : m_assets)
        arguments << QStringLiteral("--release-asset") << asset;
    return arguments;
}

QJsonArray TestGitLabRelease::packageFiles()
{
    QJsonArray files;
    for (const QJsonValue &package : m_double.gitlabState(m_project).value(u"packages").toArray())
        for (const QJsonValue &file : package[u"files"].toArray())
            files.append(file);
    return files;
}

int TestGitLabRelease::count(const QString &method, const QString &pathSuffix)
{
    int count = 0;
    const QString prefix = QStringLiteral("/api/v4/projects/") + encodedProject();
    for (const QJsonValue &request : m_double.requests()) {
        const QString url = request[u"url"].toString();
        if (request[u"method"].toString() == method && url.startsWith(prefix)
            && url.mid(prefix.size()).startsWith(pathSuffix))
            ++count;
    }
    return count;
}

void TestGitLabRelease::verifyOneRelease()
{
    const QJsonArray all = releases();
    QCOMPARE(all.size(), 1);
    const QJsonObject release = all.first().toObject();
    QCOMPARE(release.value(u"tag_name").toString(), QStringLiteral("v1.0.0"));
    QCOMPARE(release.value(u"description").toString(),
             QStringLiteral("## 1.0.0\n\n- the first feature"));
    const QJsonArray links = release[u"assets"][u"links"].toArray();
    QCOMPARE(links.size(), 2);
    const QJsonArray files = packageFiles();
    QCOMPARE(files.size(), 2); // each uploaded once, never twice
    const QString package = m_project.section(u'/', -1);
    for (int i = 0; i < m_assets.size(); ++i) {
        const QString name = QFileInfo(m_assets[i]).fileName();
        const QJsonObject link = links[i].toObject();
        QCOMPARE(link.value(u"name").toString(), name);
        QCOMPARE(link.value(u"link_type").toString(), QStringLiteral("package"));
        QCOMPARE(link.value(u"url").toString(),
                 api().toString() + QStringLiteral("/projects/") + encodedProject()
                         + QStringLiteral("/packages/generic/") + package
                         + QStringLiteral("/v1.0.0/") + name);
        QVERIFY2(link.value(u"direct_asset_url")
                         .toString()
                         .endsWith(QStringLiteral("/downloads/") + name),
                 qPrintable(link.value(u"direct_asset_url").toString()));
        const QJsonObject file = files[i].toObject();
        QCOMPARE(file.value(u"file_name").toString(), name);
        QCOMPARE(qint64(file.value(u"size").toDouble()), qint64(m_contents[i].size()));
        QCOMPARE(file.value(u"file_sha256").toString(),
                 QString::fromLatin1(
                         QCryptographicHash::hash(m_contents[i], QCryptographicHash::Sha256)
                                 .toHex()));
    }
}

void TestGitLabRelease::uploadsThenCreatesTheRelease()
{
    auto run = test::runDriver(arguments());
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"Verified"), qPrintable(run.output));
    verifyOneRelease();

    // The writes in order: each file into the package, then the release; the token in
    // PRIVATE-TOKEN only.
    QStringList writes;
    for (const QJsonValue &value : m_double.requests()) {
        const QJsonObject request = value.toObject();
        const QString method = request.value(u"method").toString();
        if (method == u"GET")
            continue;
        const QJsonObject headers = request.value(u"headers").toObject();
        QCOMPARE(headers.value(u"private-token").toString(),
                 QStringLiteral("gitlab-test-token-for-the-double"));
        QVERIFY(!headers.contains(u"authorization"));
        writes.append(method + QLatin1Char(' ')
                      + request.value(u"url").toString().section(u'/', -1));
        if (method == u"POST") {
            const QJsonObject body
                    = QJsonDocument::fromJson(request.value(u"body").toString().toUtf8()).object();
            QCOMPARE(body.value(u"tag_name").toString(), QStringLiteral("v1.0.0"));
            QCOMPARE(body[u"assets"][u"links"].toArray().size(), 2);
            QCOMPARE(body[u"assets"][u"links"][0][u"direct_asset_path"].toString(),
                     QStringLiteral("/app-1.0.0.tar.gz"));
        }
    }
    QCOMPARE(writes,
             (QStringList{QStringLiteral("PUT app-1.0.0.tar.gz"),
                          QStringLiteral("PUT SHA256SUMS"),
                          QStringLiteral("POST releases")}));

    // Asked again: done, and nothing written.
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    QCOMPARE((*step)->data().assets.size(), 2);
    StepContext context = this->context();
    const int requests = m_double.requests().size();
    // Planned with other notes: the notes are not what makes a release done.
    auto done = (*step)->checkDone(context);
    RD_VERIFY_OK(done);
    QVERIFY(done->has_value());
    QCOMPARE((*done)->value(u"package").toString(),
             m_project.section(u'/', -1) + QStringLiteral("/v1.0.0"));
    QCOMPARE((*done)->value(u"assets").toArray().size(), 2);
    const QJsonArray sent = m_double.requests();
    for (qsizetype i = requests; i < sent.size(); ++i)
        QCOMPARE(sent[i][u"method"].toString(), QStringLiteral("GET"));
}

void TestGitLabRelease::killedAnywhereResumesToOneRelease_data()
{
    QTest::addColumn<QString>("variable"); // a step boundary (step 1 tags, step 2 releases)
    QTest::addColumn<QJsonObject>("hang"); // or a request that hangs until the kill
    QTest::addColumn<int>("filesBeforeResume");
    QTest::addColumn<bool>("releaseBeforeResume");
    const QJsonObject none;
    const auto hang = [](const QString &method, const QString &path, int skip = 0) {
        return QJsonObject{{QStringLiteral("method"), method},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("skip"), skip}};
    };
    QTest::newRow("before the step")
            << QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP") << none << 0 << false;
    QTest::newRow("during the first upload")
            << QString() << hang(QStringLiteral("PUT"), QStringLiteral("/api/v4/")) << 0 << false;
    QTest::newRow("during the second upload")
            << QString() << hang(QStringLiteral("PUT"), QStringLiteral("/api/v4/"), 1) << 1
            << false;
    QTest::newRow("during the create")
            << QString() << hang(QStringLiteral("POST"), QStringLiteral("/api/v4/")) << 2 << false;
    QTest::newRow("after the step, before the journal")
            << QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP") << none << 2 << true;
    QTest::newRow("after the journal")
            << QStringLiteral("RELEASEDESK_FAIL_AFTER_JOURNAL") << none << 2 << true;
}

void TestGitLabRelease::killedAnywhereResumesToOneRelease()
{
    QFETCH(QString, variable);
    QFETCH(QJsonObject, hang);
    QFETCH(int, filesBeforeResume);
    QFETCH(bool, releaseBeforeResume);
    if (!variable.isEmpty()) {
        QProcessEnvironment kill;
        kill.insert(variable, QStringLiteral("2"));
        auto killed = test::runDriver(arguments(), kill);
        QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    } else {
        QJsonObject fault = hang;
        fault.insert(QStringLiteral("kind"), QStringLiteral("hang"));
        m_double.fault(fault);
        // The double's log is shared by every test: wait for one more hang than before.
        const qsizetype hangs = m_double.log().count("fault injected: hang");
        const QString killed = test::killDriverWhen(arguments(), [&] {
            return m_double.log().count("fault injected: hang") > hangs;
        });
        QVERIFY2(killed.isEmpty(), qPrintable(killed));
    }
    // Never a half-filled public release: until the create, only package files.
    QCOMPARE(releases().size(), releaseBeforeResume ? 1 : 0);
    QCOMPARE(packageFiles().size(), filesBeforeResume);

    const int creates = count(QStringLiteral("POST"), QStringLiteral("/releases"));
    auto resumed = test::runDriver({QStringLiteral("resume"),
                                    QStringLiteral("--repo"),
                                    m_repo,
                                    QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
    verifyOneRelease();
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/releases")) - creates,
             releaseBeforeResume ? 0 : 1);
}

void TestGitLabRelease::serverErrorAfterTheWriteWasStored_data()
{
    QTest::addColumn<QString>("after");
    QTest::newRow("create") << QStringLiteral("create");
    QTest::newRow("upload") << QStringLiteral("upload");
}

void TestGitLabRelease::serverErrorAfterTheWriteWasStored()
{
    QFETCH(QString, after);
    m_double.releaseSwitch({{QStringLiteral("after"), after}, {QStringLiteral("status"), 502}});
    auto run = test::runDriver(arguments());
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"502"), qPrintable(run.output));
    verifyOneRelease();
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/releases")), 1);
    QCOMPARE(count(QStringLiteral("PUT"), QStringLiteral("/packages/generic/")), 2);
}

void TestGitLabRelease::secondCreateIsAConflictAnswer()
{
    GitLabReleaseApi api(location(), QStringLiteral("token"));
    RD_VERIFY_OK(api.create(QStringLiteral("v1.0.0"), {}, {}, {}));
    auto second = api.create(QStringLiteral("v1.0.0"), {}, {}, {});
    QVERIFY(!second);
    QCOMPARE(second.error().code, errc::forgeReleaseExists.toString());
    QVERIFY2(second.error().message.contains(u"409"), qPrintable(second.error().message));
    QCOMPARE(releases().size(), 1);
    auto found = api.releaseByTag(QStringLiteral("v1.0.0"));
    RD_VERIFY_OK(found);
    QVERIFY(found->has_value());
    auto none = api.releaseByTag(QStringLiteral("v9.9.9"));
    RD_VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void TestGitLabRelease::releaseWithOtherLinksIsAConflict()
{
    // A release made by hand with one link of its own and none of the planned ones.
    GitLabReleaseApi api(location(), QStringLiteral("token"));
    RD_VERIFY_OK(api.create(QStringLiteral("v1.0.0"),
                            {},
                            {},
                            {ReleaseLink{0,
                                         QStringLiteral("manual.zip"),
                                         QStringLiteral("https://example.com/manual.zip"),
                                         {},
                                         QStringLiteral("other")}}));
    StepContext context = this->context();
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    const int requests = m_double.requests().size();
    auto done = (*step)->checkDone(context);
    QVERIFY(!done);
    QCOMPARE(done.error().code, errc::publishConflict.toString());
    for (const QString &name : {QStringLiteral("manual.zip"),
                                QStringLiteral("app-1.0.0.tar.gz"),
                                QStringLiteral("SHA256SUMS")})
        QVERIFY2(done.error().message.contains(name), qPrintable(done.error().message));
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::publishConflict.toString());
    // Never edited or deleted, nothing uploaded.
    const QJsonArray sent = m_double.requests();
    for (qsizetype i = requests; i < sent.size(); ++i)
        QCOMPARE(sent[i][u"method"].toString(), QStringLiteral("GET"));
    QCOMPARE(releases().first()[u"assets"][u"links"].toArray().size(), 1);
}

void TestGitLabRelease::packageFileWithOtherBytesIsAConflict()
{
    GitLabReleaseApi api(location(), QStringLiteral("token"));
    const QString package = GitLabReleaseApi::packageName(m_project);
    RD_VERIFY_OK(api.uploadPackageFile(package,
                                       QStringLiteral("v1.0.0"),
                                       QStringLiteral("SHA256SUMS"),
                                       QByteArray("other bytes\n")));
    StepContext context = this->context();
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::publishConflict.toString());
    QVERIFY2(executed.error().message.contains(u"SHA256SUMS")
                     && executed.error().message.contains((*step)->data().assets[1].sha256),
             qPrintable(executed.error().message));
    QVERIFY(releases().isEmpty());      // no release links to the wrong file
    QCOMPARE(packageFiles().size(), 1); // and nothing was uploaded before the conflict was seen
}

void TestGitLabRelease::statusFaultsSayWhatToDo_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("advice");
    QTest::newRow("401") << 401 << errc::netUnauthorized.toString()
                         << QStringLiteral("set GITLAB_TOKEN");
    QTest::newRow("403") << 403 << errc::netForbidden.toString()
                         << QStringLiteral("Developer role");
    QTest::newRow("404") << 404 << errc::netNotFound.toString()
                         << QStringLiteral("package registry is turned on");
    QTest::newRow("429") << 429 << errc::netRateLimited.toString()
                         << QStringLiteral("wait a few minutes");
    QTest::newRow("503") << 503 << errc::netServer.toString()
                         << QStringLiteral("when the forge works again");
}

void TestGitLabRelease::statusFaultsSayWhatToDo()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, advice);
    StepContext context = this->context();
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    // Every attempt (a GET is retried after a 5xx) meets the fault.
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("count"), 10},
                    {QStringLiteral("path"),
                     QString(QStringLiteral("/api/v4/projects/") + encodedProject())}});
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, code);
    QVERIFY2(executed.error().message.contains(QString::number(status))
                     && executed.error().message.contains(advice),
             qPrintable(executed.error().message));
    QVERIFY(!executed.error().message.contains(u"gitlab-test-token-for-the-double"));
    QVERIFY(releases().isEmpty());
    QVERIFY(packageFiles().isEmpty());
}

void TestGitLabRelease::noTokenSaysWhereToPutOne()
{
    qunsetenv("GITLAB_TOKEN");
    StepContext context = this->context();
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::publishNoToken.toString());
    QVERIFY2(executed.error().message.contains(u"GITLAB_TOKEN"),
             qPrintable(executed.error().message));
    QVERIFY(releases().isEmpty());
}

QTEST_GUILESS_MAIN(TestGitLabRelease)
#include "tst_gitlabrelease.moc"
