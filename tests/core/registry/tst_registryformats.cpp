// SPDX-License-Identifier: GPL-3.0-or-later
// The registry answers and headers parsed without a server: npm packuments, the PyPI JSON API,
// the crate registry API, OCI tag lists, WWW-Authenticate challenges and the token request
// they lead to, the registries: section and image references, and which version is latest.
#include "config/projectconfig.h"
#include "net/httpclient.h"
#include "registry/ocidistribution.h"
#include "registry/registrydefaults.h"
#include "registry/registryjson.h"
#include "registry/registryreader.h"
#include "registry/wwwauthenticate.h"

#include "expectedcheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rd;

class TestRegistryFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void npmPackumentLatestDateAndVersions();
    void npmPackumentWithoutVersionsIsMalformed();
    void pypiProjectFirstUploadIsTheDate();
    void cratesPrefersTheHighestStableVersion();
    void ociTagsNullMeansNoTags();
    void notJsonNamesTheSource();
    void challengeBearerWithQuotedParameters();
    void challengeSeveralSchemesAndToken68();
    void challengeMalformedKeepsWhatWasRead();
    void tokenUrlCarriesServiceAndScope();
    void tokenUrlRefusesAMissingRealm();
    void tokenFromEitherField();
    void highestSkipsAliasesAndPrefersReleases();
    void highestUsesPep440ForPypi();
    void configuredRegistries();
    void defaultAddressesComeFromTheEcosystemsTools();
    void configuredRegistriesErrorsNameTheLine_data();
    void configuredRegistriesErrorsNameTheLine();
    void imageReferences_data();
    void imageReferences();
};

void TestRegistryFormats::npmPackumentLatestDateAndVersions()
{
    const QByteArray body = R"({"name": "@team/app",
        "dist-tags": {"latest": "1.1.0", "next": "2.0.0-beta.1"},
        "versions": {"1.0.0": {}, "1.1.0": {}, "2.0.0-beta.1": {}},
        "time": {"created": "2026-01-01T00:00:00.000Z", "1.0.0": "2026-01-02T10:00:00.000Z",
                 "1.1.0": "2026-02-03T11:22:33.456Z", "2.0.0-beta.1": "2026-03-01T00:00:00.000Z"}})";
    auto package = registryjson::npmPackument(body, QStringLiteral("u"));
    RD_VERIFY_OK(package);
    QVERIFY(package->exists);
    QCOMPARE(package->latest, QStringLiteral("1.1.0"));
    QCOMPARE(package->versionsCount(), 3);
    QCOMPARE(package->latestDate, QDateTime(QDate(2026, 2, 3), QTime(11, 22, 33, 456), Qt::UTC));
    QVERIFY(package->notes.isEmpty());
}

void TestRegistryFormats::npmPackumentWithoutVersionsIsMalformed()
{
    auto package = registryjson::npmPackument(R"({"name": "x", "dist-tags": {}})",
                                              QStringLiteral("http://127.0.0.1:1/x"));
    QVERIFY(!package);
    QCOMPARE(package.error().code, errc::registryMalformed.toString());
    QVERIFY2(package.error().message.contains(u"versions"), qPrintable(package.error().message));
    QCOMPARE(package.error().source, QStringLiteral("http://127.0.0.1:1/x"));
}

void TestRegistryFormats::pypiProjectFirstUploadIsTheDate()
{
    const QByteArray body = R"({"info": {"name": "team-app", "version": "1.1.0"},
        "releases": {"1.0.0": [{"upload_time_iso_8601": "2026-01-02T10:00:00.000000Z"}],
                     "1.1.0": [{"upload_time_iso_8601": "2026-02-03T12:00:00.000000Z"},
                               {"upload_time_iso_8601": "2026-02-03T11:00:00.000000Z"}],
                     "2.0.0rc1": []}})";
    auto package = registryjson::pypiProject(body, QStringLiteral("u"));
    RD_VERIFY_OK(package);
    QCOMPARE(package->latest, QStringLiteral("1.1.0"));
    QCOMPARE(package->versionsCount(), 3);
    QCOMPARE(package->latestDate, QDateTime(QDate(2026, 2, 3), QTime(11, 0), Qt::UTC));
    QVERIFY(!registryjson::pypiProject(R"({"info": {}})", QStringLiteral("u")));
    // Found by the fuzzer: an empty version is no version, not a release named "".
    QVERIFY(!registryjson::pypiProject(R"({"info": {"version": ""}})", QStringLiteral("u")));
}

void TestRegistryFormats::cratesPrefersTheHighestStableVersion()
{
    const QByteArray body = R"({"crate": {"name": "app", "max_version": "2.0.0-rc.1",
                                 "max_stable_version": "1.4.0"},
        "versions": [{"num": "2.0.0-rc.1", "created_at": "2026-03-01T00:00:00+00:00"},
                     {"num": "1.4.0", "created_at": "2026-02-01T08:30:00.123456+00:00"},
                     {"num": "1.3.0", "created_at": "2026-01-01T00:00:00+00:00",
                      "yanked": true}]})";
    auto package = registryjson::cratesCrate(body, QStringLiteral("u"));
    RD_VERIFY_OK(package);
    QCOMPARE(package->latest, QStringLiteral("1.4.0"));
    QCOMPARE(package->versionsCount(), 3);
    QCOMPARE(package->latestDate.date(), QDate(2026, 2, 1));
    QCOMPARE(package->latestDate.time().hour(), 8);
}

void TestRegistryFormats::ociTagsNullMeansNoTags()
{
    auto none = registryjson::ociTags(R"({"name": "a/b", "tags": null})", QStringLiteral("u"));
    RD_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    auto some = registryjson::ociTags(R"({"name": "a/b", "tags": ["1.0.0", 7, "latest"]})",
                                      QStringLiteral("u"));
    RD_VERIFY_OK(some);
    QCOMPARE(*some, (QStringList{QStringLiteral("1.0.0"), QStringLiteral("latest")}));
    QVERIFY(!registryjson::ociTags(R"({"tags": "1.0.0"})", QStringLiteral("u")));
}

void TestRegistryFormats::notJsonNamesTheSource()
{
    auto package = registryjson::npmPackument("<html>proxy login</html>",
                                              QStringLiteral("http://127.0.0.1:9/app"));
    QVERIFY(!package);
    QVERIFY2(package.error().message.contains(u"not valid JSON"),
             qPrintable(package.error().message));
    QVERIFY(package.error().message.contains(u"url:"));
}

void TestRegistryFormats::challengeBearerWithQuotedParameters()
{
    const auto challenges = AuthChallenge::parse(
            R"(Bearer realm="https://auth.example/token",service="registry.example",)"
            R"(scope="repository:team/app:pull,push",error="insufficient_scope")");
    QCOMPARE(challenges.size(), 1);
    QVERIFY(challenges[0].isScheme(u"bearer"));
    QCOMPARE(challenges[0].param(QStringLiteral("realm")),
             QStringLiteral("https://auth.example/token"));
    QCOMPARE(challenges[0].param(QStringLiteral("scope")),
             QStringLiteral("repository:team/app:pull,push"));
    QCOMPARE(challenges[0].param(QStringLiteral("error")), QStringLiteral("insufficient_scope"));
}

void TestRegistryFormats::challengeSeveralSchemesAndToken68()
{
    const auto challenges = AuthChallenge::parse(
            R"(Negotiate, Basic realm="a \"quoted\" realm", charset=UTF-8, Bearer realm=x  ,)"
            R"( Custom dGVzdA==)");
    QCOMPARE(challenges.size(), 4);
    QCOMPARE(challenges[0].scheme, QStringLiteral("Negotiate"));
    QVERIFY(challenges[0].params.isEmpty());
    QCOMPARE(challenges[1].param(QStringLiteral("realm")), QStringLiteral("a \"quoted\" realm"));
    QCOMPARE(challenges[1].param(QStringLiteral("charset")), QStringLiteral("UTF-8"));
    QCOMPARE(challenges[2].param(QStringLiteral("realm")), QStringLiteral("x"));
    QCOMPARE(challenges[3].token68, QStringLiteral("dGVzdA=="));
}

void TestRegistryFormats::challengeMalformedKeepsWhatWasRead()
{
    const auto unclosed = AuthChallenge::parse(R"(Bearer realm="https://a/token, service="x)");
    QCOMPARE(unclosed.size(), 1);
    QVERIFY(!unclosed[0].params.contains(QStringLiteral("service")));
    QVERIFY(AuthChallenge::parse("").isEmpty());
    QVERIFY(AuthChallenge::parse(" , ,").isEmpty());
    const auto junk = AuthChallenge::parse("Bearer realm=a @@@ b=c");
    QCOMPARE(junk.size(), 1);
    QCOMPARE(junk[0].param(QStringLiteral("realm")), QStringLiteral("a"));
    QVERIFY(!junk[0].params.contains(QStringLiteral("b")));
}

void TestRegistryFormats::tokenUrlCarriesServiceAndScope()
{
    const auto challenge = AuthChallenge::parse(
            R"(Bearer realm="http://127.0.0.1:5001/token?x=1",service="reg")")[0];
    auto url = OciDistribution::tokenUrl(challenge, QStringLiteral("repository:a/b:pull"));
    RD_VERIFY_OK(url);
    const QUrlQuery query(*url);
    QCOMPARE(url->path(), QStringLiteral("/token"));
    QCOMPARE(query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("service")), QStringLiteral("reg"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("repository:a/b:pull"));
}

void TestRegistryFormats::tokenUrlRefusesAMissingRealm()
{
    for (const QByteArray &header : {QByteArray(R"(Bearer service="reg")"),
                                     QByteArray(R"(Bearer realm="file:///etc/passwd")")}) {
        auto url = OciDistribution::tokenUrl(AuthChallenge::parse(header)[0], {});
        QVERIFY(!url);
        QCOMPARE(url.error().code, errc::registryAuth.toString());
    }
}

void TestRegistryFormats::tokenFromEitherField()
{
    QCOMPARE(OciDistribution::tokenFrom(R"({"token": "a"})", {}).value(), QStringLiteral("a"));
    QCOMPARE(OciDistribution::tokenFrom(R"({"access_token": "b"})", {}).value(),
             QStringLiteral("b"));
    QVERIFY(!OciDistribution::tokenFrom(R"({"expires_in": 300})", {}));
}

void TestRegistryFormats::highestSkipsAliasesAndPrefersReleases()
{
    const QStringList tags{QStringLiteral("latest"),
                           QStringLiteral("1.1"),
                           QStringLiteral("sha-abc1234"),
                           QStringLiteral("1.10.0"),
                           QStringLiteral("v1.9.0"),
                           QStringLiteral("2.0.0-rc.1")};
    QCOMPARE(RegistryReader::highest(RegistryTarget::Type::Oci, tags), QStringLiteral("1.10.0"));
    QCOMPARE(RegistryReader::versionsOnly(RegistryTarget::Type::Oci, tags).size(), 3);
    QCOMPARE(RegistryReader::highest(RegistryTarget::Type::Oci,
                                     {QStringLiteral("2.0.0-rc.1"), QStringLiteral("2.0.0-rc.2")}),
             QStringLiteral("2.0.0-rc.2"));
    QVERIFY(RegistryReader::highest(RegistryTarget::Type::Oci, {QStringLiteral("latest")})
                    .isEmpty());
}

void TestRegistryFormats::highestUsesPep440ForPypi()
{
    QCOMPARE(RegistryReader::highest(RegistryTarget::Type::PyPI,
                                     {QStringLiteral("1.0rc1"),
                                      QStringLiteral("0.9"),
                                      QStringLiteral("1.0"),
                                      QStringLiteral("1.1.dev0")}),
             QStringLiteral("1.0"));
}

// Without url: or the environment variable, npm is asked for its registry (a stand-in npm on
// PATH here), and crates has no address: the reader then says to set url:.
void TestRegistryFormats::defaultAddressesComeFromTheEcosystemsTools()
{
    QTemporaryDir bin;
    QFile npm(bin.filePath(QStringLiteral("npm")));
    QVERIFY(npm.open(QIODevice::WriteOnly));
    npm.write("#!/bin/sh\n[ \"$*\" = \"config get registry\" ] && echo http://127.0.0.1:4999/\n");
    npm.close();
    QVERIFY(npm.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.path().toUtf8() + ':' + path);
    qunsetenv("RELEASEDESK_REGISTRY_URL_NPM");
    qunsetenv("RELEASEDESK_REGISTRY_URL_CRATES");
    const QUrl npmUrl = RegistryDefaults::url(RegistryTarget::Type::Npm);
    const QUrl cratesUrl = RegistryDefaults::url(RegistryTarget::Type::Crates);
    qputenv("RELEASEDESK_REGISTRY_URL_CRATES", "not an address");
    const QUrl badOverride = RegistryDefaults::url(RegistryTarget::Type::Crates);
    qunsetenv("RELEASEDESK_REGISTRY_URL_CRATES");
    qputenv("PATH", path);
    QCOMPARE(npmUrl, QUrl(QStringLiteral("http://127.0.0.1:4999/")));
    QVERIFY(cratesUrl.isEmpty());
    QVERIFY(badOverride.isEmpty());

    RegistryTarget crates;
    crates.type = RegistryTarget::Type::Crates;
    crates.package = QStringLiteral("team-app");
    crates.url = cratesUrl;
    rd::net::HttpClient client;
    RegistryReader reader(client);
    auto read = reader.read(crates); // refused before any request
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("url:")),
             qPrintable(read.error().message));
}

void TestRegistryFormats::configuredRegistries()
{
    qputenv("RELEASEDESK_REGISTRY_URL_NPM", "http://127.0.0.1:4873");
    auto config = ProjectConfig::parse(R"(registries:
  - { type: npm, package: "@team/app" }
  - { type: pypi, package: team-app, url: "http://127.0.0.1:8080" }
  - { type: oci, image: "registry.example.com/team/app:1.0" }
  - { type: oci, image: team/app, url: "http://127.0.0.1:5000" }
  - { type: crates, package: team-app, url: "http://127.0.0.1:9000/" }
  - { type: github-release }
)",
                                       QStringLiteral(".releasedesk.yml"));
    RD_VERIFY_OK(config);
    auto targets = RegistryTarget::fromConfig((*config)[QStringLiteral("registries")]);
    qunsetenv("RELEASEDESK_REGISTRY_URL_NPM");
    RD_VERIFY_OK(targets);
    QCOMPARE(targets->size(), 6);
    QCOMPARE(targets->at(0).type, RegistryTarget::Type::Npm);
    QCOMPARE(targets->at(0).url, QUrl(QStringLiteral("http://127.0.0.1:4873")));
    QCOMPARE(targets->at(0).origin, QStringLiteral(".releasedesk.yml:2"));
    QCOMPARE(targets->at(1).url, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(targets->at(2).package, QStringLiteral("team/app"));
    QCOMPARE(targets->at(2).url, QUrl(QStringLiteral("https://registry.example.com")));
    QCOMPARE(targets->at(3).package, QStringLiteral("team/app"));
    QCOMPARE(targets->at(3).url, QUrl(QStringLiteral("http://127.0.0.1:5000")));
    QCOMPARE(targets->at(4).type, RegistryTarget::Type::Crates);
    QCOMPARE(targets->at(5).type, RegistryTarget::Type::GitHubRelease);
    QCOMPARE(targets->at(5).describe(), QStringLiteral("GitHub releases"));
}

void TestRegistryFormats::configuredRegistriesErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a list") << QByteArray("registries: npm\n") << ".releasedesk.yml:1"
                                << "expected a list";
    QTest::newRow("unknown type") << QByteArray("registries:\n  - { type: maven, package: a }\n")
                                  << ".releasedesk.yml:2"
                                  << "unknown registry type “maven”";
    QTest::newRow("no package") << QByteArray("registries:\n\n  - { type: npm }\n")
                                << ".releasedesk.yml:3"
                                << "needs package";
    QTest::newRow("unknown key") << QByteArray(
            "registries:\n  - { type: npm, package: a, tag: next }\n")
                                 << ".releasedesk.yml:2"
                                 << "tag";
    QTest::newRow("bad url") << QByteArray(
            "registries:\n  - { type: npm, package: a, url: ftp://x }\n")
                             << ".releasedesk.yml:2"
                             << "not an http(s) address";
    QTest::newRow("image without host")
            << QByteArray("registries:\n  - { type: oci, image: app }\n") << ".releasedesk.yml:2"
            << "does not name its registry";
}

void TestRegistryFormats::configuredRegistriesErrorsNameTheLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    QFETCH(QString, says);
    auto config = ProjectConfig::parse(yaml, QStringLiteral(".releasedesk.yml"));
    RD_VERIFY_OK(config);
    auto targets = RegistryTarget::fromConfig((*config)[QStringLiteral("registries")]);
    QVERIFY(!targets);
    QCOMPARE(targets.error().code, errc::registryConfig.toString());
    QVERIFY2(targets.error().source.startsWith(where), qPrintable(targets.error().toString()));
    QVERIFY2(targets.error().message.contains(says), qPrintable(targets.error().message));
}

void TestRegistryFormats::imageReferences_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("repository");
    QTest::newRow("tag") << "registry.example.com/team/app:1.2.3"
                         << "https://registry.example.com"
                         << "team/app";
    QTest::newRow("port and digest") << "127.0.0.1:5000/rdtest/app@sha256:abc"
                                     << "http://127.0.0.1:5000"
                                     << "rdtest/app";
    QTest::newRow("localhost") << "localhost/app"
                               << "http://localhost"
                               << "app";
    QTest::newRow("no host") << "team/app:1.0"
                             << ""
                             << "";
    QTest::newRow("bare") << "app"
                          << ""
                          << "";
}

void TestRegistryFormats::imageReferences()
{
    QFETCH(QString, image);
    QFETCH(QString, url);
    QFETCH(QString, repository);
    auto target = RegistryTarget::fromImage(image, QStringLiteral("Dockerfile:1"));
    if (url.isEmpty()) {
        QVERIFY(!target);
        QCOMPARE(target.error().source, QStringLiteral("Dockerfile:1"));
        return;
    }
    RD_VERIFY_OK(target);
    QCOMPARE(target->url, QUrl(url));
    QCOMPARE(target->package, repository);
}

QTEST_GUILESS_MAIN(TestRegistryFormats)
#include "tst_registryformats.moc"
