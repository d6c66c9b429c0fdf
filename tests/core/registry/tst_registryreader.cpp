// SPDX-License-Identifier: GPL-3.0-or-later
// The readers against real registries on 127.0.0.1, started by the CTest fixtures: verdaccio
// with a package published by the real npm, Debian's docker-registry with the bearer-token flow
// and images copied in by skopeo, the PyPI double filled by the real twine, the crate registry
// double, and the forge double's GitHub/GitLab releases. Then the faults: 401/403/404 as "not
// published yet", 429, 5xx, a timeout and a TLS error, each with its own message.
#include "forgedouble.h"

#include "net/httpclient.h"
#include "registry/registryreader.h"

#include "expectedcheck.h"
#include "serverstate.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace rd;

namespace {

using rd::test::serverStateFile;

QUrl serverUrl(const char *variable)
{
    return QUrl(serverStateFile(variable, QStringLiteral("url")));
}

// A POST to a double's side door, with a plain QNetworkAccessManager (not the client under test).
void control(const QUrl &server, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager manager;
    QUrl url = server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
            manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
}

RegistryTarget target(RegistryTarget::Type type, const QUrl &url, const QString &package)
{
    RegistryTarget target;
    target.type = type;
    target.url = url;
    target.package = package;
    target.origin = QStringLiteral(".releasedesk.yml:3");
    return target;
}

net::HttpClientOptions fastOptions()
{
    net::HttpClientOptions options;
    options.timeoutMs = 3000;
    options.retryDelayMs = 10;
    options.maxRateLimitWaitMs = 500;
    return options;
}

} // namespace

class TestRegistryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void npmPackagePublishedWithNpm();
    void npmUnknownPackageIsNotPublishedYet();
    void pypiProjectUploadedWithTwine();
    void cratesLatestStableAndDate();
    void ociTagsThroughTheBearerFlow();
    void ociTagsFollowLinkPages();
    void ociUnknownImageIsNotPublishedYet();
    void ociWrongCredentialsAreRefused();
    void githubReleasesThroughTheForgeLayer();
    void gitlabReleasesThroughTheForgeLayer();
    void forgeReleasesNeedAForge();
    void refusedAnonymousReadIsNotPublishedYet_data();
    void refusedAnonymousReadIsNotPublishedYet();
    void rateLimitedHasItsOwnMessage();
    void serverErrorHasItsOwnMessage();
    void timeoutHasItsOwnMessage();
    void tlsErrorHasItsOwnMessage();

private:
    ForgeDouble m_forge;
    QUrl m_pypi;
    QUrl m_crates;
};

void TestRegistryReader::initTestCase()
{
    for (const char *variable : {"RELEASEDESK_TEST_VERDACCIO",
                                 "RELEASEDESK_TEST_PYPI",
                                 "RELEASEDESK_TEST_CRATES",
                                 "RELEASEDESK_TEST_OCI"})
        QVERIFY2(serverUrl(variable).isValid() && !serverUrl(variable).isEmpty(),
                 qPrintable(QStringLiteral("%1 names no running server; run the test through "
                                           "ctest so its fixtures start the servers")
                                    .arg(QLatin1String(variable))));
    QVERIFY2(m_forge.isValid(), qPrintable(m_forge.skipReason()));
    m_pypi = serverUrl("RELEASEDESK_TEST_PYPI");
    m_crates = serverUrl("RELEASEDESK_TEST_CRATES");
}

void TestRegistryReader::init()
{
    control(m_pypi, QStringLiteral("/_control/clear-faults"), {});
    control(m_crates, QStringLiteral("/_control/clear-faults"), {});
    m_forge.reset();
}

void TestRegistryReader::npmPackagePublishedWithNpm()
{
    const QUrl url = serverUrl("RELEASEDESK_TEST_VERDACCIO");
    const QString name = serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("package"));
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(target(RegistryTarget::Type::Npm, url, name));
    RD_VERIFY_OK(package);
    QVERIFY(package->exists);
    // 2.0.0-beta.1 went to the dist-tag "next": latest stays 1.1.0.
    QCOMPARE(package->latest, QStringLiteral("1.1.0"));
    QCOMPARE(package->versionsCount(), 3);
    QVERIFY(package->has(QStringLiteral("2.0.0-beta.1")));
    // Published by the fixture minutes ago at most.
    QVERIFY(package->latestDate.isValid());
    QVERIFY(qAbs(package->latestDate.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY2(package->url.toString().endsWith(u"/@rdtest%2Fscratch-app")
                     || package->url.toString().endsWith(u"/@rdtest%2fscratch-app"),
             qPrintable(package->url.toString()));
}

void TestRegistryReader::npmUnknownPackageIsNotPublishedYet()
{
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(target(RegistryTarget::Type::Npm,
                                      serverUrl("RELEASEDESK_TEST_VERDACCIO"),
                                      QStringLiteral("@rdtest/never-published")));
    RD_VERIFY_OK(package);
    QVERIFY(!package->exists);
    QVERIFY(package->latest.isEmpty());
    QCOMPARE(package->notes, QStringList{QStringLiteral("not published yet")});
}

void TestRegistryReader::pypiProjectUploadedWithTwine()
{
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    // Any spelling of the name reaches the project (PEP 503 normalisation).
    auto package = reader.read(
            target(RegistryTarget::Type::PyPI, m_pypi, QStringLiteral("RDTest_Pkg")));
    RD_VERIFY_OK(package);
    QVERIFY(package->exists);
    QCOMPARE(package->latest, QStringLiteral("1.1.0"));
    QCOMPARE(package->versionsCount(), 3);
    QVERIFY(package->has(QStringLiteral("2.0.0rc1")));
    QVERIFY(qAbs(package->latestDate.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
}

void TestRegistryReader::cratesLatestStableAndDate()
{
    control(m_crates,
            QStringLiteral("/_control/crate"),
            QJsonDocument::fromJson(R"({"name": "rd-crate", "versions": [
                {"num": "0.9.0", "created_at": "2026-01-01T00:00:00.000000+00:00"},
                {"num": "1.0.0", "created_at": "2026-02-02T12:00:00.000000+00:00"},
                {"num": "1.1.0", "created_at": "2026-02-20T12:00:00.000000+00:00", "yanked": true},
                {"num": "2.0.0-alpha.1", "created_at": "2026-03-01T00:00:00.000000+00:00"}]})")
                    .object());
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(
            target(RegistryTarget::Type::Crates, m_crates, QStringLiteral("rd-crate")));
    RD_VERIFY_OK(package);
    QCOMPARE(package->latest, QStringLiteral("1.0.0"));
    QCOMPARE(package->latestDate, QDateTime(QDate(2026, 2, 2), QTime(12, 0), Qt::UTC));
    QCOMPARE(package->versionsCount(), 4);
    auto missing = reader.read(
            target(RegistryTarget::Type::Crates, m_crates, QStringLiteral("nope")));
    RD_VERIFY_OK(missing);
    QVERIFY(!missing->exists);
}

void TestRegistryReader::ociTagsThroughTheBearerFlow()
{
    const QUrl url = serverUrl("RELEASEDESK_TEST_OCI");
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(
            target(RegistryTarget::Type::Oci, url, QStringLiteral("rdtest/app")));
    RD_VERIFY_OK(package);
    QVERIFY(package->exists);
    // 1.1 and latest are aliases, sha-abc1234 a build tag: not versions.
    QCOMPARE(package->latest, QStringLiteral("1.1.0"));
    QCOMPARE(package->versionsCount(), 3);
    QCOMPARE(package->latestDate, QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC));
    // The digest skopeo copied in for 1.1.0.
    const QStringList digests = serverStateFile("RELEASEDESK_TEST_OCI", QStringLiteral("digests"))
                                        .split(u'\n');
    QVERIFY(digests.contains(QStringLiteral("1.1.0 ") + package->digest));
    // The anonymous reader got a pull token from the issuer.
    const QString issued = serverStateFile("RELEASEDESK_TEST_OCI",
                                           QStringLiteral("token-requests.log"));
    QVERIFY2(issued.contains(u"granted (anonymous) /token?")
                     && issued.contains(u"scope=repository%3Ardtest%2Fapp%3Apull"),
             qPrintable(issued));
}

void TestRegistryReader::ociTagsFollowLinkPages()
{
    net::HttpClient client(fastOptions());
    OciDistribution registry(client, serverUrl("RELEASEDESK_TEST_OCI"));
    auto tags = registry.tags(QStringLiteral("rdtest/app"), 2);
    RD_VERIFY_OK(tags);
    QVERIFY(tags->has_value());
    QStringList sorted = **tags;
    sorted.sort();
    QCOMPARE(sorted,
             (QStringList{QStringLiteral("1.0.0"),
                          QStringLiteral("1.1"),
                          QStringLiteral("1.1.0"),
                          QStringLiteral("2.0.0-rc.1"),
                          QStringLiteral("latest"),
                          QStringLiteral("sha-abc1234")}));
}

void TestRegistryReader::ociUnknownImageIsNotPublishedYet()
{
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(target(RegistryTarget::Type::Oci,
                                      serverUrl("RELEASEDESK_TEST_OCI"),
                                      QStringLiteral("rdtest/never-pushed")));
    RD_VERIFY_OK(package);
    QVERIFY(!package->exists);
    QVERIFY(package->notes.join(u' ').contains(u"not published yet"));
}

void TestRegistryReader::ociWrongCredentialsAreRefused()
{
    net::HttpClient client(fastOptions());
    OciDistribution registry(client, serverUrl("RELEASEDESK_TEST_OCI"));
    registry.setCredentials(QStringLiteral("releasedesk"), QStringLiteral("wrong-password"));
    auto tags = registry.tags(QStringLiteral("rdtest/app"));
    QVERIFY(!tags);
    QCOMPARE(tags.error().code, errc::netUnauthorized.toString());
    QVERIFY(!tags.error().message.contains(u"wrong-password"));
    // The right ones work (and are what skopeo used).
    const QString credentials = serverStateFile("RELEASEDESK_TEST_OCI",
                                                QStringLiteral("credentials"));
    registry.setCredentials(credentials.section(u':', 0, 0), credentials.section(u':', 1));
    auto good = registry.tags(QStringLiteral("rdtest/app"));
    RD_VERIFY_OK(good);
    QCOMPARE((*good)->size(), 6);
}

void TestRegistryReader::githubReleasesThroughTheForgeLayer()
{
    control(m_forge.url(),
            QStringLiteral("/_control/releases"),
            QJsonDocument::fromJson(R"({"forge": "github", "project": "octo/app", "releases": [
                {"tag_name": "v1.0.0", "published_at": "2026-01-05T10:00:00Z"},
                {"tag_name": "v1.2.0", "published_at": "2026-02-05T10:00:00Z"},
                {"tag_name": "v1.3.0-rc.1", "prerelease": true, "published_at": "2026-03-01T10:00:00Z"},
                {"tag_name": "v2.0.0", "draft": true, "published_at": "2026-03-02T10:00:00Z"}]})")
                    .object());
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    reader.setForge({ForgeLocation::Type::GitHub, m_forge.url(), QStringLiteral("octo/app")},
                    QStringLiteral("ghp_ReleasesToken"));
    RegistryTarget github;
    github.type = RegistryTarget::Type::GitHubRelease;
    auto package = reader.read(github);
    RD_VERIFY_OK(package);
    QCOMPARE(package->latest, QStringLiteral("v1.2.0"));
    QCOMPARE(package->latestDate, QDateTime(QDate(2026, 2, 5), QTime(10, 0), Qt::UTC));
    QCOMPARE(package->versionsCount(), 3); // the draft is not published
    QCOMPARE(package->target.package, QStringLiteral("octo/app"));
    QVERIFY2(!m_forge.log().contains("SCHEMA MISMATCH"), m_forge.log().constData());
}

void TestRegistryReader::gitlabReleasesThroughTheForgeLayer()
{
    control(m_forge.url(),
            QStringLiteral("/_control/releases"),
            QJsonDocument::fromJson(R"({"forge": "gitlab", "project": "group/sub/app", "releases": [
                {"tag_name": "v0.9.0", "published_at": "2026-01-05T10:00:00Z"},
                {"tag_name": "v0.10.0", "published_at": "2026-01-25T10:00:00Z"}]})")
                    .object());
    QUrl api = m_forge.url();
    api.setPath(QStringLiteral("/api/v4"));
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    reader.setForge({ForgeLocation::Type::GitLab, api, QStringLiteral("group/sub/app")}, {});
    RegistryTarget gitlab;
    gitlab.type = RegistryTarget::Type::GitLabRelease;
    auto package = reader.read(gitlab);
    RD_VERIFY_OK(package);
    QCOMPARE(package->latest, QStringLiteral("v0.10.0"));
    QCOMPARE(package->versionsCount(), 2);
}

void TestRegistryReader::forgeReleasesNeedAForge()
{
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    RegistryTarget github;
    github.type = RegistryTarget::Type::GitHubRelease;
    github.origin = QStringLiteral(".releasedesk.yml:7");
    auto package = reader.read(github);
    QVERIFY(!package);
    QCOMPARE(package.error().code, errc::registryNoAddress.toString());
    QCOMPARE(package.error().source, QStringLiteral(".releasedesk.yml:7"));
}

void TestRegistryReader::refusedAnonymousReadIsNotPublishedYet_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
    QTest::newRow("404") << 404;
}

void TestRegistryReader::refusedAnonymousReadIsNotPublishedYet()
{
    QFETCH(int, status);
    control(m_pypi,
            QStringLiteral("/_control/fault"),
            {{QStringLiteral("status"), status},
             {QStringLiteral("path"), QStringLiteral("/pypi/")}});
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(
            target(RegistryTarget::Type::PyPI, m_pypi, QStringLiteral("rdtest-pkg")));
    RD_VERIFY_OK(package);
    QVERIFY(!package->exists);
    QVERIFY2(package->notes.join(u' ').startsWith(u"not published yet"),
             qPrintable(package->notes.join(u' ')));
    QCOMPARE(package->notes.join(u' ').contains(QString::number(status)), status != 404);
}

void TestRegistryReader::rateLimitedHasItsOwnMessage()
{
    // Retry-After longer than the client waits: an error saying so, not a silent wait.
    control(m_pypi,
            QStringLiteral("/_control/fault"),
            {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 3600}});
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(
            target(RegistryTarget::Type::PyPI, m_pypi, QStringLiteral("rdtest-pkg")));
    QVERIFY(!package);
    QCOMPARE(package.error().code, errc::netRateLimited.toString());
    QVERIFY2(package.error().message.startsWith(u"Reading PyPI rdtest-pkg failed: "),
             qPrintable(package.error().message));
    QVERIFY(package.error().message.contains(u"rate limited"));
}

void TestRegistryReader::serverErrorHasItsOwnMessage()
{
    control(m_pypi,
            QStringLiteral("/_control/fault"),
            {{QStringLiteral("status"), 503}, {QStringLiteral("count"), 10}});
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(
            target(RegistryTarget::Type::PyPI, m_pypi, QStringLiteral("rdtest-pkg")));
    QVERIFY(!package);
    QCOMPARE(package.error().code, errc::netServer.toString());
    QVERIFY2(package.error().message.contains(u"HTTP 503"), qPrintable(package.error().message));
}

void TestRegistryReader::timeoutHasItsOwnMessage()
{
    control(m_crates, QStringLiteral("/_control/fault"), {{QStringLiteral("hang"), 5}});
    net::HttpClientOptions options = fastOptions();
    options.timeoutMs = 500;
    net::HttpClient client(options);
    RegistryReader reader(client);
    auto package = reader.read(
            target(RegistryTarget::Type::Crates, m_crates, QStringLiteral("rd-crate")));
    QVERIFY(!package);
    QCOMPARE(package.error().code, errc::netTimeout.toString());
    QVERIFY(package.error().message.startsWith(u"Reading crate rd-crate failed: "));
}

void TestRegistryReader::tlsErrorHasItsOwnMessage()
{
    net::HttpClient client(fastOptions());
    RegistryReader reader(client);
    auto package = reader.read(
            target(RegistryTarget::Type::Npm, m_forge.tlsUrl(), QStringLiteral("app")));
    QVERIFY(!package);
    QCOMPARE(package.error().code, errc::netTls.toString());
    QVERIFY(package.error().message.startsWith(u"Reading npm app failed: TLS error"));
}

QTEST_GUILESS_MAIN(TestRegistryReader)
#include "tst_registryreader.moc"
