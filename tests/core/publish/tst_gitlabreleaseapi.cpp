// SPDX-License-Identifier: GPL-3.0-or-later
// The GitLab release step's pure parts, without a server: the create request and its links,
// the generic package's name, version and file addresses, the reading of releases, package
// files and error answers, the link rules (missing, different, not planned), what each fault
// tells the user, the planning and the journal round trip. Also replays the committed fuzz
// inputs of fuzz/gitlabreleasetarget.cpp.
#include "expectedcheck.h"
#include "fuzzcorpus.h"
#include "fuzztargets.h"

#include "publish/forgereleasestep.h"
#include "publish/gitlabreleaseflow.h"
#include "publish/publishsteps.h"
#include "release/stepfactory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class TestGitLabReleaseApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createBodyLinksThePackageFiles();
    void packageNameAndVersion();
    void plannedLinksPointAtThePackage();
    void parsesAReleaseAndRefusesOthers();
    void parsesPackageFilesAndPicksTheNewest();
    void readsErrorMessages();
    void linkRules();
    void faultsSayWhatToDo_data();
    void faultsSayWhatToDo();
    void planGitLab();
    void journalRoundTrip();
    void fuzzInputs_data();
    void fuzzInputs();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ForgeLocation gitlab() const
    {
        return ForgeLocation{ForgeLocation::Type::GitLab,
                             QUrl(QStringLiteral("http://127.0.0.1:9/api/v4")),
                             QStringLiteral("group/sub/app")};
    }
    QTemporaryDir m_dir;
};

void TestGitLabReleaseApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    registerPublishSteps();
}

QString TestGitLabReleaseApi::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestGitLabReleaseApi::createBodyLinksThePackageFiles()
{
    const QJsonObject body = GitLabReleaseApi::createBody(
            QStringLiteral("v2.0.0"),
            {},
            QStringLiteral("## Notes"),
            {ReleaseLink{0,
                         QStringLiteral("app.tar.gz"),
                         QStringLiteral("http://127.0.0.1/x/app.tar.gz"),
                         QStringLiteral("/app.tar.gz"),
                         QStringLiteral("package")},
             ReleaseLink{0, QStringLiteral("docs"), QStringLiteral("http://127.0.0.1/d"), {}, {}}});
    QCOMPARE(body.value(u"tag_name").toString(), QStringLiteral("v2.0.0"));
    QCOMPARE(body.value(u"name").toString(), QStringLiteral("v2.0.0")); // defaults to the tag
    QCOMPARE(body.value(u"description").toString(), QStringLiteral("## Notes"));
    QVERIFY(!body.contains(u"draft")); // GitLab has none
    const QJsonArray links = body[u"assets"][u"links"].toArray();
    QCOMPARE(links.size(), 2);
    QCOMPARE(links[0][u"name"].toString(), QStringLiteral("app.tar.gz"));
    QCOMPARE(links[0][u"url"].toString(), QStringLiteral("http://127.0.0.1/x/app.tar.gz"));
    QCOMPARE(links[0][u"direct_asset_path"].toString(), QStringLiteral("/app.tar.gz"));
    QCOMPARE(links[0][u"link_type"].toString(), QStringLiteral("package"));
    QVERIFY(!links[1].toObject().contains(u"direct_asset_path"));
    QCOMPARE(links[1][u"link_type"].toString(), QStringLiteral("package"));
}

void TestGitLabReleaseApi::packageNameAndVersion()
{
    QCOMPARE(GitLabReleaseApi::packageName(QStringLiteral("group/sub/app")), QStringLiteral("app"));
    QCOMPARE(GitLabReleaseApi::packageName(QStringLiteral("group/My App+ä")),
             QStringLiteral("My-App--"));
    QCOMPARE(GitLabReleaseApi::packageName(QStringLiteral("group/")), QStringLiteral("release"));
    for (const char *good : {"v1.4.0", "1.0.0-rc.1", "v2.0.0+build_7", "release"})
        QVERIFY2(GitLabReleaseApi::isPackageVersion(QString::fromLatin1(good)), good);
    for (const char *bad : {"", "v1..0", "v1/0", ".v1", "v1.", "v1 0", "v1-"})
        QVERIFY2(!GitLabReleaseApi::isPackageVersion(QString::fromLatin1(bad)), bad);
}

void TestGitLabReleaseApi::plannedLinksPointAtThePackage()
{
    GitLabReleaseApi api(gitlab(), QStringLiteral("token"));
    QCOMPARE(api.packageFileUrl(QStringLiteral("app"),
                                QStringLiteral("v1.0.0"),
                                QStringLiteral("a b.tar.gz"))
                     .toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:9/api/v4/projects/group%2Fsub%2Fapp/packages/"
                            "generic/app/v1.0.0/a%20b.tar.gz"));
    ForgeReleaseStep::Data data;
    data.forge = gitlab();
    data.tag = QStringLiteral("v1.0.0");
    data.assets = {PlannedAsset{QStringLiteral("/x/app.tar.gz"),
                                QStringLiteral("app.tar.gz"),
                                3,
                                QString(64, u'a')}};
    const QList<ReleaseLink> links = GitLabReleaseFlow::plannedLinks(api, data);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].name, QStringLiteral("app.tar.gz"));
    QCOMPARE(QUrl(links[0].url),
             api.packageFileUrl(QStringLiteral("app"),
                                QStringLiteral("v1.0.0"),
                                QStringLiteral("app.tar.gz")));
    QCOMPARE(links[0].directAssetPath, QStringLiteral("/app.tar.gz"));
    QCOMPARE(links[0].linkType, QStringLiteral("package"));
}

void TestGitLabReleaseApi::parsesAReleaseAndRefusesOthers()
{
    const QByteArray body = R"({"tag_name": "v1.0.0", "name": "One", "description": "notes",
        "_links": {"self": "http://127.0.0.1/g/app/-/releases/v1.0.0"},
        "assets": {"count": 2, "sources": [{"format": "zip", "url": "http://127.0.0.1/s.zip"}],
                   "links": [{"id": 3, "name": "app.tar.gz", "url": "http://127.0.0.1/p/app.tar.gz",
                              "direct_asset_url": "http://127.0.0.1/g/app/-/releases/v1.0.0/downloads/bin/app.tar.gz",
                              "link_type": "package"}]}})";
    const QString source = QStringLiteral("http://127.0.0.1/api");
    auto release = GitLabReleaseApi::parseRelease(QJsonDocument::fromJson(body).object(), source);
    RD_VERIFY_OK(release);
    QCOMPARE(release->tag, QStringLiteral("v1.0.0"));
    QCOMPARE(release->name, QStringLiteral("One"));
    QCOMPARE(release->description, QStringLiteral("notes"));
    QCOMPARE(release->webUrl, QUrl(QStringLiteral("http://127.0.0.1/g/app/-/releases/v1.0.0")));
    QCOMPARE(release->links.size(), 1); // the sources are GitLab's own, not links
    QCOMPARE(release->links[0].id, qint64(3));
    QCOMPARE(release->links[0].directAssetPath, QStringLiteral("/bin/app.tar.gz"));
    QCOMPARE(release->links[0].linkType, QStringLiteral("package"));

    auto noTag = GitLabReleaseApi::parseRelease(QJsonObject{{QStringLiteral("name"), 1}}, source);
    QVERIFY(!noTag);
    QCOMPARE(noTag.error().code, errc::netJson.toString());
    QCOMPARE(noTag.error().source, source);
    auto noUrl = GitLabReleaseApi::parseRelease(
            QJsonDocument::fromJson(R"({"tag_name": "v1", "assets": {"links": [{"name": "x"}]}})")
                    .object(),
            source);
    QVERIFY(!noUrl);
    QVERIFY(noUrl.error().message.contains(u"v1"));
    auto notAList = GitLabReleaseApi::parseRelease(
            QJsonDocument::fromJson(R"({"tag_name": "v1", "assets": {"links": {"name": "x"}}})")
                    .object(),
            source);
    QVERIFY(!notAList);
}

void TestGitLabReleaseApi::parsesPackageFilesAndPicksTheNewest()
{
    const QByteArray body = R"([
        {"id": 7, "package_id": 1, "file_name": "a.tgz", "size": 3, "file_sha256": "AB"},
        {"id": 9, "package_id": 1, "file_name": "a.tgz", "size": 4, "file_sha256": "cd"},
        {"id": 8, "package_id": 1, "file_name": "b.tgz", "size": 0}])";
    auto files = GitLabReleaseApi::parsePackageFiles(QJsonDocument::fromJson(body).array(),
                                                     QStringLiteral("src"));
    RD_VERIFY_OK(files);
    QCOMPARE(files->size(), 3);
    QCOMPARE(files->first().sha256, QStringLiteral("ab")); // hex compared in lower case
    const auto newest = GitLabReleaseApi::newest(*files, QStringLiteral("a.tgz"));
    QVERIFY(newest);
    QCOMPARE(newest->id, qint64(9));
    QCOMPARE(newest->size, qint64(4));
    QVERIFY(GitLabReleaseApi::newest(*files, QStringLiteral("b.tgz"))->sha256.isEmpty());
    QVERIFY(!GitLabReleaseApi::newest(*files, QStringLiteral("c.tgz")));

    auto broken = GitLabReleaseApi::parsePackageFiles(
            QJsonDocument::fromJson(R"([{"file_name": "a.tgz", "size": 3}])").array(),
            QStringLiteral("src"));
    QVERIFY(!broken);
    QCOMPARE(broken.error().source, QStringLiteral("src"));
}

void TestGitLabReleaseApi::readsErrorMessages()
{
    QCOMPARE(GitLabReleaseApi::errorMessage(R"({"message": "Release already exists"})"),
             QStringLiteral("Release already exists"));
    QCOMPARE(GitLabReleaseApi::errorMessage(R"({"error": "tag_name is missing"})"),
             QStringLiteral("tag_name is missing"));
    QCOMPARE(GitLabReleaseApi::errorMessage(R"({"message": ["a", "b"]})"), QStringLiteral("a; b"));
    QCOMPARE(GitLabReleaseApi::errorMessage(R"({"message": {"links": ["is invalid"]}})"),
             QStringLiteral("links: is invalid"));
    QVERIFY(GitLabReleaseApi::errorMessage("<html>502</html>").isEmpty());
}

void TestGitLabReleaseApi::linkRules()
{
    const auto link = [](const char *name, const char *url) {
        return ReleaseLink{0, QString::fromLatin1(name), QString::fromLatin1(url), {}, {}};
    };
    const QList<ReleaseLink> planned{link("a", "http://h/a"), link("b", "http://h/b")};
    QVERIFY(GitLabReleaseApi::compare(planned, planned).matches());
    QVERIFY(GitLabReleaseApi::compare({}, {}).matches());
    const LinkComparison c = GitLabReleaseApi::compare(planned,
                                                       {link("a", "http://elsewhere/a"),
                                                        link("z", "http://h/z")});
    QVERIFY(!c.matches());
    QCOMPARE(c.missing, QStringList{QStringLiteral("b")});
    QCOMPARE(c.different.size(), 1);
    QVERIFY(c.different.first().contains(u"http://elsewhere/a"));
    QVERIFY(c.different.first().contains(u"http://h/a"));
    QCOMPARE(c.other.size(), 1);
    QVERIFY(c.other.first().startsWith(u'z'));
}

void TestGitLabReleaseApi::faultsSayWhatToDo_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("advice");
    QTest::newRow("401") << errc::netUnauthorized.toString() << QStringLiteral("GITLAB_TOKEN");
    QTest::newRow("403") << errc::netForbidden.toString() << QStringLiteral("api scope");
    QTest::newRow("404") << errc::netNotFound.toString() << QStringLiteral("package registry");
    QTest::newRow("429") << errc::netRateLimited.toString() << QStringLiteral("wait a few minutes");
    QTest::newRow("5xx") << errc::netServer.toString()
                         << QStringLiteral("when the forge works again");
    QTest::newRow("timeout") << errc::netTimeout.toString() << QStringLiteral("Check the network");
    QTest::newRow("dropped") << errc::netConnection.toString()
                             << QStringLiteral("Check the network");
}

void TestGitLabReleaseApi::faultsSayWhatToDo()
{
    QFETCH(QString, code);
    QFETCH(QString, advice);
    const Error error{code, QStringLiteral("the client's words"), QStringLiteral("http://h/api")};
    const Error told = GitLabReleaseFlow::explain(error,
                                                  QStringLiteral("creating release v1"),
                                                  QStringLiteral("GitLab g/app"),
                                                  QStringLiteral("GITLAB_TOKEN"));
    QCOMPARE(told.code, code);
    QCOMPARE(told.source, error.source);
    QVERIFY2(told.message.contains(advice) && told.message.contains(u"creating release v1")
                     && told.message.contains(u"GitLab g/app"),
             qPrintable(told.message));
    // Anything else stays as it was.
    const Error other{errc::publishConflict.toString(), QStringLiteral("as is"), {}};
    QCOMPARE(GitLabReleaseFlow::explain(other, {}, {}, {}).message, QStringLiteral("as is"));
}

void TestGitLabReleaseApi::planGitLab()
{
    const QString asset = write(QStringLiteral("app.tar.gz"), "abc");
    auto step = ForgeReleaseStep::plan(gitlab(), QStringLiteral("v1.0.0"), {}, {}, true, {asset});
    RD_VERIFY_OK(step);
    QCOMPARE((*step)->data().forge.type, ForgeLocation::Type::GitLab);
    QCOMPARE((*step)->data().assets.first().size, qint64(3));
    QVERIFY((*step)->title().contains(u"GitLab"));

    // A tag GitLab refuses as a package version: refused with assets, fine without.
    auto slash
            = ForgeReleaseStep::plan(gitlab(), QStringLiteral("rel/1.0"), {}, {}, false, {asset});
    QVERIFY(!slash);
    QCOMPARE(slash.error().code, errc::forgeInvalid.toString());
    QVERIFY(slash.error().message.contains(u"rel/1.0"));
    RD_VERIFY_OK(ForgeReleaseStep::plan(gitlab(), QStringLiteral("rel/1.0"), {}, {}, false, {}));

    ForgeLocation noGroup = gitlab();
    noGroup.project = QStringLiteral("app");
    auto refused = ForgeReleaseStep::plan(noGroup, QStringLiteral("v1"), {}, {}, false, {});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"GitLab"));
}

void TestGitLabReleaseApi::journalRoundTrip()
{
    const QString path = write(QStringLiteral("round.bin"), QByteArray("\0\1\2", 3));
    auto step = ForgeReleaseStep::plan(gitlab(),
                                       QStringLiteral("v3.0.0"),
                                       QStringLiteral("Three"),
                                       QStringLiteral("## 3.0.0\n- x"),
                                       false,
                                       {path});
    RD_VERIFY_OK(step);
    const QJsonObject json = (*step)->toJson();
    QCOMPARE(json[u"forge"][u"type"].toString(), QStringLiteral("gitlab"));
    auto back = StepFactory::create((*step)->describe());
    RD_VERIFY_OK(back);
    QCOMPARE((*back)->toJson(), json);
    QCOMPARE((*back)->id(), (*step)->id());
    auto direct = ForgeReleaseStep::fromJson(json);
    RD_VERIFY_OK(direct);
    const auto *restored = dynamic_cast<const ForgeReleaseStep *>(direct->get());
    QVERIFY(restored);
    QCOMPARE(restored->data().forge.type, ForgeLocation::Type::GitLab);
    QCOMPARE(restored->data().forge.project, QStringLiteral("group/sub/app"));

    // A forge type the journal does not know is refused, not taken for GitHub.
    QJsonObject broken = json;
    QJsonObject forge = broken.value(u"forge").toObject();
    forge.insert(QStringLiteral("type"), QStringLiteral("gitea"));
    broken.insert(QStringLiteral("forge"), forge);
    QVERIFY(!ForgeReleaseStep::fromJson(broken));
}

void TestGitLabReleaseApi::fuzzInputs_data()
{
    rd::test::addFuzzCorpusRows({QStringLiteral("gitlabrelease")});
}

void TestGitLabReleaseApi::fuzzInputs()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    const QString problem = rd::fuzz::gitlabrelease(reinterpret_cast<const uint8_t *>(
                                                            input.constData()),
                                                    size_t(input.size()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestGitLabReleaseApi)
#include "tst_gitlabreleaseapi.moc"
