// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/projectconfig.h"
#include "forge/forgelocation.h"
#include "forge/forgetoken.h"

#include <QTest>

using rd::ForgeLocation;

class TestForgeLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromRemoteUrl_data();
    void fromRemoteUrl();
    void unknownHostSaysWhatToSet();
    void notAProjectUrl();
    void fromConfig_data();
    void fromConfig();
    void configMistakesNameTheLine();
    void tokenFromTheEnvironment();
    void tokenSourcesInOrder();
};

void TestForgeLocation::fromRemoteUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("project");
    const QString gh = QStringLiteral("https://api.github.com");
    QTest::newRow("github https") << "https://github.com/octo/app.git"
                                  << "github" << gh << "octo/app";
    QTest::newRow("github https no .git") << "https://github.com/octo/app"
                                          << "github" << gh << "octo/app";
    QTest::newRow("github https user") << "https://ada@github.com/octo/app.git/"
                                       << "github" << gh << "octo/app";
    QTest::newRow("github scp") << "git@github.com:octo/app.git"
                                << "github" << gh << "octo/app";
    QTest::newRow("github ssh") << "ssh://git@github.com/octo/app.git"
                                << "github" << gh << "octo/app";
    QTest::newRow("github ssh port") << "ssh://git@github.com:22/octo/app"
                                     << "github" << gh << "octo/app";
    QTest::newRow("enterprise https") << "https://github.example.com/team/tool.git"
                                      << "github"
                                      << "https://github.example.com/api/v3"
                                      << "team/tool";
    QTest::newRow("enterprise scp") << "git@github.corp.example:team/tool.git"
                                    << "github"
                                    << "https://github.corp.example/api/v3"
                                    << "team/tool";
    QTest::newRow("gitlab.com https") << "https://gitlab.com/grp/app.git"
                                      << "gitlab"
                                      << "https://gitlab.com/api/v4"
                                      << "grp/app";
    QTest::newRow("gitlab subgroups") << "https://gitlab.com/grp/sub/deeper/app.git"
                                      << "gitlab"
                                      << "https://gitlab.com/api/v4"
                                      << "grp/sub/deeper/app";
    QTest::newRow("gitlab scp subgroup") << "git@gitlab.com:grp/sub/app.git"
                                         << "gitlab"
                                         << "https://gitlab.com/api/v4"
                                         << "grp/sub/app";
    QTest::newRow("self-hosted gitlab ssh")
            << "ssh://git@gitlab.example.org:2222/ops/infra/deploy.git"
            << "gitlab"
            << "https://gitlab.example.org/api/v4"
            << "ops/infra/deploy";
}

void TestForgeLocation::fromRemoteUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, type);
    QFETCH(QString, api);
    QFETCH(QString, project);
    auto location = ForgeLocation::fromRemoteUrl(url);
    QVERIFY2(location.has_value(), location ? "" : qPrintable(location.error().toString()));
    QCOMPARE(location->typeName(), type);
    QCOMPARE(location->api.toString(), api);
    QCOMPARE(location->project, project);
}

void TestForgeLocation::unknownHostSaysWhatToSet()
{
    auto location = ForgeLocation::fromRemoteUrl(
            QStringLiteral("https://code.example.org/team/app.git"));
    QVERIFY(!location);
    QCOMPARE(location.error().code, rd::errc::forgeUnknown.toString());
    QVERIFY2(location.error().message.contains(u"code.example.org")
                     && location.error().message.contains(u"forge:"),
             qPrintable(location.error().message));
}

void TestForgeLocation::notAProjectUrl()
{
    QVERIFY(!ForgeLocation::fromRemoteUrl(QStringLiteral("/srv/git/app.git")));
    QVERIFY(!ForgeLocation::fromRemoteUrl(QStringLiteral("https://github.com/octo")));
    QVERIFY(!ForgeLocation::fromRemoteUrl(QStringLiteral("https://github.com/a/b/c")));
}

void TestForgeLocation::fromConfig_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("project");
    QTest::newRow("all given") << QByteArray(
            "forge:\n  type: github\n  api: https://ghe.example.com/api/v3/\n  project: octo/app\n")
                               << QString() << "github"
                               << "https://ghe.example.com/api/v3"
                               << "octo/app";
    QTest::newRow("loopback http") << QByteArray(
            "forge:\n  type: gitlab\n  api: http://127.0.0.1:8080/api/v4\n  project: grp/sub/app\n")
                                   << QString() << "gitlab"
                                   << "http://127.0.0.1:8080/api/v4"
                                   << "grp/sub/app";
    QTest::newRow("api only, rest from remote")
            << QByteArray("forge:\n  api: http://127.0.0.1:9000\n") << "git@github.com:octo/app.git"
            << "github"
            << "http://127.0.0.1:9000"
            << "octo/app";
    QTest::newRow("type only: default api")
            << QByteArray("forge:\n  type: gitlab\n  project: a/b\n") << "/local/path"
            << "gitlab"
            << "https://gitlab.com/api/v4"
            << "a/b";
}

void TestForgeLocation::fromConfig()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, remote);
    QFETCH(QString, type);
    QFETCH(QString, api);
    QFETCH(QString, project);
    auto config = rd::ProjectConfig::parse(yaml, QStringLiteral(".releasedesk.yml"));
    QVERIFY(config);
    QVERIFY2(config->warnings().isEmpty(), "forge is a known top-level key");
    auto location = ForgeLocation::fromConfig((*config)[QStringLiteral("forge")], remote);
    QVERIFY2(location.has_value(), location ? "" : qPrintable(location.error().toString()));
    QVERIFY(location->has_value());
    QCOMPARE((*location)->typeName(), type);
    QCOMPARE((*location)->api.toString(), api);
    QCOMPARE((*location)->project, project);

    auto none = rd::ProjectConfig::parse("tag-pattern: v{version}\n", QStringLiteral("x"));
    QVERIFY(!ForgeLocation::fromConfig((*none)[QStringLiteral("forge")], remote)->has_value());
}

void TestForgeLocation::configMistakesNameTheLine()
{
    auto config = rd::ProjectConfig::parse("tag-pattern: v{version}\nforge:\n  type: gitea\n",
                                           QStringLiteral(".releasedesk.yml"));
    QVERIFY(config);
    auto location = ForgeLocation::fromConfig((*config)[QStringLiteral("forge")], QString());
    QVERIFY(!location);
    QCOMPARE(location.error().source, QStringLiteral(".releasedesk.yml:3"));
    QVERIFY2(location.error().message.contains(u"use github or gitlab"),
             qPrintable(location.error().message));
}

void TestForgeLocation::tokenFromTheEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GH_TOKEN"), QStringLiteral("gh-token"));
    environment.insert(QStringLiteral("GITLAB_TOKEN"), QStringLiteral("gl-token"));
    rd::EnvironmentTokenProvider github(ForgeLocation::Type::GitHub, environment);
    QCOMPARE(github.fill({})->value().secret, QStringLiteral("gh-token"));
    environment.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("github-token"));
    rd::EnvironmentTokenProvider both(ForgeLocation::Type::GitHub, environment);
    QCOMPARE(both.fill({})->value().secret, QStringLiteral("github-token"));
    QCOMPARE(both.fill({})->value().provider, QStringLiteral("GITHUB_TOKEN"));
    rd::EnvironmentTokenProvider gitlab(ForgeLocation::Type::GitLab, environment);
    QCOMPARE(gitlab.fill({})->value().secret, QStringLiteral("gl-token"));
    rd::EnvironmentTokenProvider none(ForgeLocation::Type::GitLab, QProcessEnvironment());
    QVERIFY(!none.fill({})->has_value());
}

namespace {

class FakeSource : public rd::CredentialProvider
{
public:
    FakeSource(QString name, QString secret, bool broken = false)
        : m_name(std::move(name))
        , m_secret(std::move(secret))
        , m_broken(broken)
    {}
    QString name() const override { return m_name; }
    rd::Result<std::optional<rd::Credential>> fill(const rd::CredentialRequest &request) override
    {
        asked = request.origin();
        if (m_broken)
            return rd::fail(u"x", QStringLiteral("unreachable"));
        if (m_secret.isEmpty())
            return std::optional<rd::Credential>();
        return std::optional<rd::Credential>(rd::Credential{{}, m_secret, {}});
    }
    QString asked;

private:
    QString m_name, m_secret;
    bool m_broken;
};

} // namespace

void TestForgeLocation::tokenSourcesInOrder()
{
    const ForgeLocation location = *ForgeLocation::fromRemoteUrl(
            QStringLiteral("git@github.com:octo/app.git"));
    auto keychain = std::make_shared<FakeSource>(QStringLiteral("keychain"), QString(), true);
    auto environment = std::make_shared<FakeSource>(QStringLiteral("env"), QString());
    auto helper = std::make_shared<FakeSource>(QStringLiteral("helper"),
                                               QStringLiteral("from-helper"));
    const rd::ForgeToken token = rd::ForgeToken::find(location, {keychain, environment, helper});
    QCOMPARE(token.secret, QStringLiteral("from-helper"));
    QCOMPARE(token.source, QStringLiteral("helper"));
    QCOMPARE(token.notes, QStringList{QStringLiteral("keychain: unreachable")});
    // Keychain and helpers are asked for the web host, not the API host.
    QCOMPARE(helper->asked, QStringLiteral("https://github.com"));

    auto first = std::make_shared<FakeSource>(QStringLiteral("keychain"), QStringLiteral("kc"));
    QCOMPARE(rd::ForgeToken::find(location, {first, helper}).secret, QStringLiteral("kc"));
    QVERIFY(rd::ForgeToken::find(location, {environment}).secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestForgeLocation)
#include "tst_forgelocation.moc"
