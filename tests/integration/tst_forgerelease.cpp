// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub release step against the forge double (every GitHub answer checked against
// GitHub's OpenAPI description): draft → assets → publish, in that order; the release driver
// killed at every step boundary and inside the step (while the create, an upload or the
// publish hangs) and resumed, each way ending with exactly one published release with its
// assets; a 5xx after the forge stored a write makes no second release; a published release
// with other assets, an immutable release and 401/403/404 each stop with their own message.
#include "drivertools.h"
#include "expectedcheck.h"
#include "forgedouble.h"
#include "scratchrepository.h"

#include "git/library.h"
#include "publish/forgereleasestep.h"
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

class TestForgeRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void draftThenAssetsThenPublish();
    void killedAnywhereResumesToOneRelease_data();
    void killedAnywhereResumesToOneRelease();
    void serverErrorAfterTheWriteWasStored_data();
    void serverErrorAfterTheWriteWasStored();
    void secondCreateIsAlreadyExists();
    void publishedWithOtherAssetsIsAConflict();
    void immutableReleaseHasItsOwnMessage();
    void statusFaultsSayWhatToDo_data();
    void statusFaultsSayWhatToDo();
    void noTokenSaysWhereToPutOne();
    void cleanupTestCase();

private:
    // A fresh repository with one commit and an identity for the tag (init() makes one a test).
    void makeRepository();
    StepContext context() { return StepContext{m_scratch->repo(), nullptr, nullptr, nullptr, {}}; }
    // The step for v1.0.0 of the test's project with `assets`.
    Result<std::unique_ptr<ForgeReleaseStep>> plan(const QStringList &assets)
    {
        return ForgeReleaseStep::plan(location(), QStringLiteral("v1.0.0"), {}, {}, false, assets);
    }
    QStringList arguments(const QString &repo) const;
    ForgeLocation location() const;
    // The releases the double holds for the test's project.
    QJsonArray releases() { return m_double.releaseState(m_project); }
    // Checks: exactly one release, published, with both assets of the right size and digest.
    void verifyOnePublishedRelease();
    int createCount();

    git::Library m_library;
    ForgeDouble m_double;
    QTemporaryDir m_files;
    QString m_project;
    QStringList m_assets;
    QList<QByteArray> m_contents;
    std::optional<ScratchRepository> m_scratch;
    QString m_repo;
};

void TestForgeRelease::initTestCase()
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

void TestForgeRelease::init()
{
    m_double.reset();
    m_project = QStringLiteral("octo/app-%1")
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    qputenv("GITHUB_TOKEN", "test-token-for-the-double");
    qunsetenv("GH_TOKEN");
    makeRepository();
}

ForgeLocation TestForgeRelease::location() const
{
    return ForgeLocation{ForgeLocation::Type::GitHub, m_double.url(), m_project};
}

void TestForgeRelease::makeRepository()
{
    m_scratch.emplace();
    m_scratch->commit(QStringLiteral("feat: the first feature"),
                      {{QStringLiteral("README.md"), QByteArray("scratch\n")}});
    QFile config(m_scratch->path() + QStringLiteral("/.git/config"));
    if (config.open(QIODevice::Append))
        config.write("[user]\n\tname = Release Test\n\temail = release@example.com\n");
    m_repo = m_scratch->path();
}

QStringList TestForgeRelease::arguments(const QString &repo) const
{
    QStringList arguments{QStringLiteral("release"),
                          QStringLiteral("--repo"),
                          repo,
                          QStringLiteral("--version"),
                          QStringLiteral("1.0.0"),
                          QStringLiteral("--notes"),
                          QStringLiteral("## 1.0.0\n\n- the first feature"),
                          QStringLiteral("--no-push"),
                          QStringLiteral("--no-keychain"),
                          QStringLiteral("--github-release"),
                          m_double.url().toString(),
                          QStringLiteral("--github-project"),
                          m_project};
    for (const QString &asset : m_assets)
        arguments << QStringLiteral("--github-asset") << asset;
    return arguments;
}

int TestForgeRelease::createCount()
{
    int count = 0;
    for (const QJsonValue &request : m_double.requests()) {
        const QJsonObject object = request.toObject();
        if (object.value(u"method").toString() == u"POST"
            && object.value(u"url").toString()
                       == QStringLiteral("/repos/") + m_project + QStringLiteral("/releases"))
            ++count;
    }
    return count;
}

void TestForgeRelease::verifyOnePublishedRelease()
{
    const QJsonArray all = releases();
    QCOMPARE(all.size(), 1);
    const QJsonObject release = all.first().toObject();
    QCOMPARE(release.value(u"tag_name").toString(), QStringLiteral("v1.0.0"));
    QCOMPARE(release.value(u"draft").toBool(), false);
    QCOMPARE(release.value(u"body").toString(), QStringLiteral("## 1.0.0\n\n- the first feature"));
    const QJsonArray assets = release.value(u"assets").toArray();
    QCOMPARE(assets.size(), 2);
    for (int i = 0; i < m_assets.size(); ++i) {
        const QJsonObject asset = assets[i].toObject();
        QCOMPARE(asset.value(u"name").toString(), QFileInfo(m_assets[i]).fileName());
        QCOMPARE(qint64(asset.value(u"size").toDouble()), qint64(m_contents[i].size()));
        QCOMPARE(asset.value(u"digest").toString(),
                 QString(QStringLiteral("sha256:")
                         + QString::fromLatin1(
                                 QCryptographicHash::hash(m_contents[i], QCryptographicHash::Sha256)
                                         .toHex())));
    }
}

void TestForgeRelease::draftThenAssetsThenPublish()
{
    auto run = test::runDriver(arguments(m_repo));
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"Verified"), qPrintable(run.output));
    verifyOnePublishedRelease();

    // The writes, in order: the draft, each asset (octet-stream), then publish.
    QStringList writes;
    for (const QJsonValue &value : m_double.requests()) {
        const QJsonObject request = value.toObject();
        const QString method = request.value(u"method").toString();
        if (method == u"GET")
            continue;
        writes.append(method + QLatin1Char(' ')
                      + request.value(u"url").toString().section(u'/', -1));
        if (method == u"POST" && writes.size() == 1) {
            const QJsonObject body
                    = QJsonDocument::fromJson(request.value(u"body").toString().toUtf8()).object();
            QCOMPARE(body.value(u"draft").toBool(), true);
            QCOMPARE(body.value(u"prerelease").toBool(), false);
            QCOMPARE(body.value(u"tag_name").toString(), QStringLiteral("v1.0.0"));
        } else if (method == u"POST") {
            QCOMPARE(request.value(u"headers").toObject().value(u"content-type").toString(),
                     QStringLiteral("application/octet-stream"));
        }
    }
    QCOMPARE(writes,
             (QStringList{QStringLiteral("POST releases"),
                          QStringLiteral("POST assets?name=app-1.0.0.tar.gz"),
                          QStringLiteral("POST assets?name=SHA256SUMS"),
                          QString(QStringLiteral("PATCH ")
                                  + releases().first()[u"id"].toVariant().toString())}));

    // Asked again: done, with the release's id, and nothing written.
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    StepContext context = this->context();
    auto done = (*step)->checkDone(context);
    RD_VERIFY_OK(done);
    QVERIFY(done->has_value());
    QCOMPARE((*done)->value(u"release-id").toDouble(), releases().first()[u"id"].toDouble());
}

void TestForgeRelease::killedAnywhereResumesToOneRelease_data()
{
    QTest::addColumn<QString>("variable"); // a step boundary (step 1 tags, step 2 releases)
    QTest::addColumn<QJsonObject>("hang"); // or a request that hangs until the kill
    QTest::addColumn<int>("draftAssetsBeforeResume"); // -1: no release yet; 2 + 1: published
    const QJsonObject none;
    QTest::newRow("before the step")
            << QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP") << none << -1;
    const auto hang = [](const QString &method, const QString &path, int skip = 0) {
        return QJsonObject{{QStringLiteral("method"), method},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("skip"), skip}};
    };
    const QString post = QStringLiteral("POST");
    QTest::newRow("during the create") << QString() << hang(post, QStringLiteral("/repos/")) << -1;
    QTest::newRow("during the first upload")
            << QString() << hang(post, QStringLiteral("/uploads/")) << 0;
    QTest::newRow("during the second upload")
            << QString() << hang(post, QStringLiteral("/uploads/"), 1) << 1;
    QTest::newRow("during the publish")
            << QString() << hang(QStringLiteral("PATCH"), QStringLiteral("/repos/")) << 2;
    QTest::newRow("after the step, before the journal")
            << QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP") << none << 3;
    QTest::newRow("after the journal")
            << QStringLiteral("RELEASEDESK_FAIL_AFTER_JOURNAL") << none << 3;
}

void TestForgeRelease::killedAnywhereResumesToOneRelease()
{
    QFETCH(QString, variable);
    QFETCH(QJsonObject, hang);
    QFETCH(int, draftAssetsBeforeResume);
    if (!variable.isEmpty()) {
        QProcessEnvironment kill;
        kill.insert(variable, QStringLiteral("2"));
        auto killed = test::runDriver(arguments(m_repo), kill);
        QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    } else {
        // The request hangs on the double; the driver is killed while it waits for it.
        QJsonObject fault = hang;
        fault.insert(QStringLiteral("kind"), QStringLiteral("hang"));
        m_double.fault(fault);
        // The double's log is shared by every test: wait for one more hang than before.
        const qsizetype hangs = m_double.log().count("fault injected: hang");
        const QString killed = test::killDriverWhen(arguments(m_repo), [&] {
            return m_double.log().count("fault injected: hang") > hangs;
        });
        QVERIFY2(killed.isEmpty(), qPrintable(killed));
    }
    const QJsonArray before = releases();
    if (draftAssetsBeforeResume < 0) {
        QCOMPARE(before.size(), 0); // a hung create is not stored
    } else {
        QCOMPARE(before.size(), 1);
        const QJsonObject release = before.first().toObject();
        // Never a half-filled public release: draft until all assets are there.
        QCOMPARE(release.value(u"draft").toBool(), draftAssetsBeforeResume < 3);
        QCOMPARE(release.value(u"assets").toArray().size(), qMin(draftAssetsBeforeResume, 2));
    }

    const int creates = createCount();
    auto resumed = test::runDriver({QStringLiteral("resume"),
                                    QStringLiteral("--repo"),
                                    m_repo,
                                    QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
    verifyOnePublishedRelease();
    // The resume created a release only when there was none: it continued the draft.
    QCOMPARE(createCount() - creates, before.isEmpty() ? 1 : 0);
}

void TestForgeRelease::serverErrorAfterTheWriteWasStored_data()
{
    QTest::addColumn<QString>("after");
    QTest::newRow("create") << QStringLiteral("create");
    QTest::newRow("upload") << QStringLiteral("upload");
    QTest::newRow("publish") << QStringLiteral("publish");
}

void TestForgeRelease::serverErrorAfterTheWriteWasStored()
{
    QFETCH(QString, after);
    m_double.releaseSwitch({{QStringLiteral("after"), after}, {QStringLiteral("status"), 502}});
    auto run = test::runDriver(arguments(m_repo));
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"502"), qPrintable(run.output));
    verifyOnePublishedRelease();
    QCOMPARE(createCount(), 1);
}

void TestForgeRelease::secondCreateIsAlreadyExists()
{
    GitHubReleaseApi api(location(), QStringLiteral("token"));
    RD_VERIFY_OK(api.createDraft(QStringLiteral("v1.0.0"), {}, {}, false));
    auto second = api.createDraft(QStringLiteral("v1.0.0"), {}, {}, false);
    QVERIFY(!second);
    QCOMPARE(second.error().code, errc::forgeReleaseExists.toString());
    QCOMPARE(releases().size(), 1);

    // The step meets that draft (say, made by a run killed before its journal): it fills it.
    auto run = test::runDriver(arguments(m_repo));
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"Continuing"), qPrintable(run.output));
    verifyOnePublishedRelease();
}

void TestForgeRelease::publishedWithOtherAssetsIsAConflict()
{
    StepContext context = this->context();
    auto original = plan({m_assets.first()});
    RD_VERIFY_OK(original);
    RD_VERIFY_OK((*original)->execute(context));

    // Same name, other bytes: both digests named, nothing written.
    QTemporaryDir other;
    const QString otherFile = other.filePath(QFileInfo(m_assets.first()).fileName());
    QFile file(otherFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("other content");
    file.close();
    auto step = plan({otherFile});
    RD_VERIFY_OK(step);
    const int requests = m_double.requests().size();
    auto done = (*step)->checkDone(context);
    QVERIFY(!done);
    QCOMPARE(done.error().code, errc::publishConflict.toString());
    QVERIFY2(done.error().message.contains((*step)->data().assets.first().sha256)
                     && done.error().message.contains((*original)->data().assets.first().sha256),
             qPrintable(done.error().message));
    // Run anyway: still refused, and the release keeps its asset.
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::publishConflict.toString());
    const QJsonArray sent = m_double.requests();
    for (qsizetype i = requests; i < sent.size(); ++i)
        QCOMPARE(sent[i][u"method"].toString(), QStringLiteral("GET"));

    // A planned asset the published release lacks is named too.
    auto more = plan(m_assets);
    RD_VERIFY_OK(more);
    auto missing = (*more)->checkDone(context);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, errc::publishConflict.toString());
    QVERIFY2(missing.error().message.contains(u"SHA256SUMS"), qPrintable(missing.error().message));
}

void TestForgeRelease::immutableReleaseHasItsOwnMessage()
{
    GitHubReleaseApi api(location(), QStringLiteral("token"));
    RD_VERIFY_OK(api.createDraft(QStringLiteral("v1.0.0"), {}, {}, false));
    m_double.releaseSwitch({{QStringLiteral("project"), m_project},
                            {QStringLiteral("tag"), QStringLiteral("v1.0.0")},
                            {QStringLiteral("immutable"), true}});
    StepContext context = this->context();
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::forgeReleaseImmutable.toString());
    QVERIFY2(executed.error().message.contains(u"immutable"), qPrintable(executed.error().message));
}

void TestForgeRelease::statusFaultsSayWhatToDo_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("advice");
    QTest::newRow("401") << 401 << errc::netUnauthorized.toString()
                         << QStringLiteral("expired or revoked");
    QTest::newRow("403") << 403 << errc::netForbidden.toString() << QStringLiteral("write access");
    QTest::newRow("404") << 404 << errc::netNotFound.toString()
                         << QStringLiteral("check the forge's api and project");
}

void TestForgeRelease::statusFaultsSayWhatToDo()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, advice);
    StepContext context = this->context();
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("path"), QString(QStringLiteral("/repos/") + m_project)}});
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, code);
    QVERIFY2(executed.error().message.contains(QString::number(status))
                     && executed.error().message.contains(advice)
                     && executed.error().message.contains(u"GITHUB_TOKEN"),
             qPrintable(executed.error().message));
    QVERIFY(!executed.error().message.contains(u"test-token-for-the-double"));
    QVERIFY(releases().isEmpty());
}

void TestForgeRelease::noTokenSaysWhereToPutOne()
{
    qunsetenv("GITHUB_TOKEN");
    StepContext context = this->context();
    auto step = plan(m_assets);
    RD_VERIFY_OK(step);
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::publishNoToken.toString());
    QVERIFY2(executed.error().message.contains(u"GITHUB_TOKEN"),
             qPrintable(executed.error().message));
    QVERIFY(releases().isEmpty());
}

void TestForgeRelease::cleanupTestCase()
{
    // Every answer the step got was one GitHub's OpenAPI description allows.
    const QByteArray log = m_double.log();
    QVERIFY2(!log.contains("SCHEMA MISMATCH"), log.constData());
}

QTEST_GUILESS_MAIN(TestForgeRelease)
#include "tst_forgerelease.moc"
