// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub release step's pure parts, without a server: the create request, the upload URL,
// the reading of releases and 422 answers, the asset rules (name, size, sha256 digest), the
// planning (each asset's size and digest fixed, a missing file named) and the journal round
// trip. Also replays the committed fuzz inputs of fuzz/forgereleasetarget.cpp.
#include "expectedcheck.h"
#include "fuzzcorpus.h"
#include "fuzztargets.h"

#include "publish/forgereleasestep.h"
#include "publish/publishsteps.h"
#include "release/stepfactory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rd;

class TestGitHubReleaseApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createBodyIsADraft();
    void uploadUrlFillsTheTemplate();
    void parsesAReleaseAndRefusesOthers();
    void readsValidationFailures();
    void assetRules();
    void planFixesSizeAndDigest();
    void planRefusesBadInput();
    void journalRoundTrip();
    void fuzzInputs_data();
    void fuzzInputs();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ForgeLocation github() const
    {
        return ForgeLocation{ForgeLocation::Type::GitHub,
                             QUrl(QStringLiteral("http://127.0.0.1:9")),
                             QStringLiteral("octo/app")};
    }
    QTemporaryDir m_dir;
};

void TestGitHubReleaseApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    registerPublishSteps();
}

QString TestGitHubReleaseApi::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestGitHubReleaseApi::createBodyIsADraft()
{
    const QJsonObject body = GitHubReleaseApi::createBody(QStringLiteral("v2.0.0-rc.1"),
                                                          {},
                                                          QStringLiteral("## Notes"),
                                                          true);
    QCOMPARE(body.value(u"tag_name").toString(), QStringLiteral("v2.0.0-rc.1"));
    QCOMPARE(body.value(u"name").toString(), QStringLiteral("v2.0.0-rc.1")); // defaults to tag
    QCOMPARE(body.value(u"body").toString(), QStringLiteral("## Notes"));
    QCOMPARE(body.value(u"draft").toBool(), true);
    QCOMPARE(body.value(u"prerelease").toBool(), true);
}

void TestGitHubReleaseApi::uploadUrlFillsTheTemplate()
{
    auto url = GitHubReleaseApi::uploadUrl(
            QStringLiteral("https://uploads.example.org/repos/o/r/releases/7/assets{?name,label}"),
            QStringLiteral("app 1.0+linux&x.tar.gz"));
    RD_VERIFY_OK(url);
    QCOMPARE(url->path(), QStringLiteral("/repos/o/r/releases/7/assets"));
    QCOMPARE(QUrlQuery(*url).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
             QStringLiteral("app 1.0+linux&x.tar.gz"));
    QVERIFY(!url->toString().contains(u'{'));
    QVERIFY(!GitHubReleaseApi::uploadUrl(QStringLiteral("{?name,label}"), QStringLiteral("a")));
    QVERIFY(!GitHubReleaseApi::uploadUrl(QStringLiteral("https://h/assets"), QString()));
}

void TestGitHubReleaseApi::parsesAReleaseAndRefusesOthers()
{
    const QByteArray json = R"({"id": 5001, "tag_name": "v1.0.0", "draft": true,
        "immutable": false, "html_url": "http://127.0.0.1:1/o/r/releases/tag/v1.0.0",
        "upload_url": "http://127.0.0.1:1/uploads/o/r/releases/5001/assets{?name,label}",
        "assets": [{"id": 1, "name": "a.tgz", "size": 3, "state": "uploaded",
                    "digest": "sha256:abc"}, {"id": 2, "name": "b", "size": 0, "digest": null}]})";
    auto release = GitHubReleaseApi::parseRelease(QJsonDocument::fromJson(json).object(),
                                                  QStringLiteral("src"));
    RD_VERIFY_OK(release);
    QCOMPARE(release->id, qint64(5001));
    QCOMPARE(release->draft, true);
    QCOMPARE(release->assets.size(), 2);
    QCOMPARE(release->assets[0].digest, QStringLiteral("sha256:abc"));
    QVERIFY(release->assets[1].digest.isEmpty());
    QVERIFY(release->uploadUrl.endsWith(u"{?name,label}"));

    auto noId = GitHubReleaseApi::parseRelease(QJsonObject{{QStringLiteral("tag_name"),
                                                            QStringLiteral("v1")}},
                                               QStringLiteral("src"));
    QVERIFY(!noId);
    QCOMPARE(noId.error().source, QStringLiteral("src"));
    auto namelessAsset = GitHubReleaseApi::parseRelease(
            QJsonDocument::fromJson(R"({"id": 1, "tag_name": "v1", "assets": [{"size": 1}]})")
                    .object(),
            QStringLiteral("src"));
    QVERIFY(!namelessAsset);
    // Numbers past what an id or a size can be (found by the fuzzer: a cast of such a double
    // was undefined) are no id and an unknown size, never a wrapped value.
    auto hugeId = GitHubReleaseApi::parseRelease(QJsonDocument::fromJson(
                                                         R"({"id": 1e51, "tag_name": "v1"})")
                                                         .object(),
                                                 QStringLiteral("src"));
    QVERIFY(!hugeId);
    auto hugeSize = GitHubReleaseApi::parseRelease(
            QJsonDocument::fromJson(
                    R"({"id": 7, "tag_name": "v1", "assets": [{"id": 1e40, "name": "a", "size": 4e22}]})")
                    .object(),
            QStringLiteral("src"));
    RD_VERIFY_OK(hugeSize);
    QCOMPARE(hugeSize->assets.first().size, qint64(-1));
    QCOMPARE(hugeSize->assets.first().id, qint64(0));
}

void TestGitHubReleaseApi::readsValidationFailures()
{
    const QByteArray exists = R"({"message": "Validation Failed", "errors": [{"resource":
        "Release", "code": "already_exists", "field": "tag_name"}]})";
    QCOMPARE(GitHubReleaseApi::validationCode(exists), QStringLiteral("already_exists"));
    QVERIFY(!GitHubReleaseApi::saysImmutable(exists));
    const QByteArray immutable = R"({"message": "Validation Failed", "errors": [{"resource":
        "Release", "code": "custom", "message": "Cannot edit an Immutable release."}]})";
    QVERIFY(GitHubReleaseApi::saysImmutable(immutable));
    QVERIFY(GitHubReleaseApi::saysImmutable(R"({"message": "Release is immutable"})"));
    QVERIFY(GitHubReleaseApi::validationCode("not json").isEmpty());
    QVERIFY(!GitHubReleaseApi::saysImmutable("immutable, but not JSON"));
}

void TestGitHubReleaseApi::assetRules()
{
    const QString sha = QStringLiteral(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const QList<PlannedAsset> planned{{QString(), QStringLiteral("a.tgz"), 3, sha},
                                      {QString(), QStringLiteral("b.txt"), 5, sha}};
    const auto remote = [](const QString &name,
                           qint64 size,
                           const QString &digest,
                           const QString &state = QStringLiteral("uploaded")) {
        return RemoteAsset{1, name, size, digest, state};
    };
    // Same names, sizes and digests (or no digest, as older APIs): a match.
    QVERIFY(GitHubReleaseApi::compare(planned,
                                      {remote(QStringLiteral("a.tgz"),
                                              3,
                                              QStringLiteral("sha256:") + sha),
                                       remote(QStringLiteral("b.txt"), 5, QString())})
                    .matches());
    // The digest compares without regard to case; extra assets on the release are allowed.
    QVERIFY(GitHubReleaseApi::compare({planned[0]},
                                      {remote(QStringLiteral("a.tgz"),
                                              3,
                                              QStringLiteral("sha256:") + sha.toUpper()),
                                       remote(QStringLiteral("extra"), 1, QString())})
                    .matches());
    // Missing, other size, other digest, unfinished upload: each named.
    const AssetComparison comparison = GitHubReleaseApi::compare(
            planned, {remote(QStringLiteral("a.tgz"), 3, QStringLiteral("sha256:00"))});
    QCOMPARE(comparison.missing, QStringList{QStringLiteral("b.txt")});
    QCOMPARE(comparison.different.size(), 1);
    QVERIFY(comparison.different.first().contains(u"sha256:00"));
    QVERIFY(comparison.different.first().contains(sha));
    QVERIFY(!GitHubReleaseApi::compare({planned[1]}, {remote(QStringLiteral("b.txt"), 4, {})})
                     .matches());
    const AssetComparison open = GitHubReleaseApi::compare({planned[1]},
                                                           {remote(QStringLiteral("b.txt"),
                                                                   5,
                                                                   {},
                                                                   QStringLiteral("open"))});
    QCOMPARE(open.unfinished, QStringList{QStringLiteral("b.txt")});
    QVERIFY(!open.matches());
}

void TestGitHubReleaseApi::planFixesSizeAndDigest()
{
    const QByteArray bytes("abc");
    const QString path = write(QStringLiteral("app.tgz"), bytes);
    auto step = ForgeReleaseStep::plan(github(),
                                       QStringLiteral("v1.0.0"),
                                       QStringLiteral("Release 1.0.0"),
                                       QStringLiteral("notes"),
                                       false,
                                       {path});
    RD_VERIFY_OK(step);
    const auto &data = (*step)->data();
    QCOMPARE(data.assets.size(), 1);
    QCOMPARE(data.assets.first().name, QStringLiteral("app.tgz"));
    QCOMPARE(data.assets.first().size, qint64(3));
    QCOMPARE(data.assets.first().sha256,
             QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE((*step)->id(), QStringLiteral("publish-forge-release:v1.0.0"));
    QVERIFY((*step)->details().contains(data.assets.first().sha256));
    QVERIFY((*step)->changesRemote());
    // No assets is fine: a release of notes only.
    RD_VERIFY_OK(ForgeReleaseStep::plan(github(), QStringLiteral("v1.0.0"), {}, {}, false, {}));
}

void TestGitHubReleaseApi::planRefusesBadInput()
{
    const QString missing = m_dir.filePath(QStringLiteral("not-built.tgz"));
    auto absent = ForgeReleaseStep::plan(github(), QStringLiteral("v1"), {}, {}, false, {missing});
    QVERIFY(!absent);
    QCOMPARE(absent.error().code, errc::publishArtifact.toString());
    QVERIFY(absent.error().message.contains(missing));

    QDir().mkpath(m_dir.filePath(QStringLiteral("other")));
    const QString one = write(QStringLiteral("same.txt"), "1");
    const QString two = write(QStringLiteral("other/same.txt"), "2");
    auto twice = ForgeReleaseStep::plan(github(), QStringLiteral("v1"), {}, {}, false, {one, two});
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(u"same.txt"));

    ForgeLocation gitlab{ForgeLocation::Type::GitLab,
                         QUrl(QStringLiteral("http://127.0.0.1:9/api/v4")),
                         QStringLiteral("group/app")};
    // GitLab is planned too (tst_gitlabreleaseapi); a project without a group is not GitLab's.
    RD_VERIFY_OK(ForgeReleaseStep::plan(gitlab, QStringLiteral("v1"), {}, {}, false, {}));
    gitlab.project = QStringLiteral("app");
    auto noGroup = ForgeReleaseStep::plan(gitlab, QStringLiteral("v1"), {}, {}, false, {});
    QVERIFY(!noGroup);
    QCOMPARE(noGroup.error().code, errc::forgeInvalid.toString());

    auto noTag = ForgeReleaseStep::plan(github(), QStringLiteral(" "), {}, {}, false, {});
    QVERIFY(!noTag);
    QCOMPARE(noTag.error().code, errc::forgeInvalid.toString());
}

void TestGitHubReleaseApi::journalRoundTrip()
{
    const QString path = write(QStringLiteral("round.bin"), QByteArray("\0\1\2", 3));
    auto step = ForgeReleaseStep::plan(github(),
                                       QStringLiteral("v3.0.0-beta.1"),
                                       QStringLiteral("Beta"),
                                       QStringLiteral("## 3.0.0-beta.1\n- x"),
                                       true,
                                       {path});
    RD_VERIFY_OK(step);
    const QJsonObject json = (*step)->toJson();
    auto back = StepFactory::create((*step)->describe());
    RD_VERIFY_OK(back);
    QCOMPARE((*back)->toJson(), json);
    QCOMPARE((*back)->id(), (*step)->id());

    QJsonObject broken = json;
    QJsonArray assets = broken.value(u"assets").toArray();
    QJsonObject asset = assets.first().toObject();
    asset.insert(QStringLiteral("sha256"), QStringLiteral("short"));
    assets.replace(0, asset);
    broken.insert(QStringLiteral("assets"), assets);
    QVERIFY(!ForgeReleaseStep::fromJson(broken));
    broken = json;
    broken.remove(QStringLiteral("tag"));
    QVERIFY(!ForgeReleaseStep::fromJson(broken));
}

void TestGitHubReleaseApi::fuzzInputs_data()
{
    rd::test::addFuzzCorpusRows({QStringLiteral("githubrelease")});
}

void TestGitHubReleaseApi::fuzzInputs()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    const QString problem = rd::fuzz::githubrelease(reinterpret_cast<const uint8_t *>(
                                                            input.constData()),
                                                    size_t(input.size()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestGitHubReleaseApi)
#include "tst_githubreleaseapi.moc"
