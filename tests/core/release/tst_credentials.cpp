// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "scratchrepository.h"

#include "credentials/credentialchain.h"
#include "credentials/credentialhelperprovider.h"
#include "credentials/credentialprompt.h"
#include "git/library.h"
#include "util/fileio.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

// A provider that answers from a list and records every call, to check the chain's order.
class ScriptedProvider : public CredentialProvider
{
public:
    ScriptedProvider(QString name, QStringList *log, std::optional<Credential> answer)
        : m_name(std::move(name))
        , m_log(log)
        , m_answer(std::move(answer))
    {}
    QString name() const override { return m_name; }
    Result<std::optional<Credential>> fill(const CredentialRequest &request) override
    {
        m_log->append(m_name + QStringLiteral(" fill ") + request.origin());
        return m_answer;
    }
    void approve(const CredentialRequest &, const Credential &) override
    {
        m_log->append(m_name + QStringLiteral(" approve"));
    }
    void reject(const CredentialRequest &, const Credential &) override
    {
        m_log->append(m_name + QStringLiteral(" reject"));
    }

private:
    QString m_name;
    QStringList *m_log;
    std::optional<Credential> m_answer;
};

class AnsweringPrompt : public CredentialPrompt
{
public:
    std::optional<Credential> ask(const CredentialRequest &request, QString *) override
    {
        asked = request.origin();
        return Credential{QStringLiteral("typed"), QStringLiteral("typed-secret"), {}};
    }
    QString asked;
};

git::CredentialQuery httpsQuery(int attempt)
{
    git::CredentialQuery query;
    query.url = QStringLiteral("https://forge.example.invalid/team/app.git");
    query.acceptsUserPass = true;
    query.attempt = attempt;
    return query;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestFromUrl_data();
    void requestFromUrl();
    void chainTriesEachSourceOnceInOrder();
    void chainApprovesWhatWorked();
    void promptIsAskedLast();
    void sshUsesTheAgent();
    void helperSpeaksGitsProtocol();
    void helperStoreAndErase();
    void helperFailureIsReportedNotFatal();
    void helpersFromConfig();

private:
    git::Library m_library;
};

void TestCredentials::requestFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("path");
    QTest::newRow("https") << QStringLiteral("https://forge.example.invalid/team/app.git")
                           << QStringLiteral("https") << QStringLiteral("forge.example.invalid")
                           << QString() << QStringLiteral("team/app.git");
    QTest::newRow("port and user") << QStringLiteral("http://bob@127.0.0.1:8080/git/x.git")
                                   << QStringLiteral("http") << QStringLiteral("127.0.0.1:8080")
                                   << QStringLiteral("bob") << QStringLiteral("git/x.git");
    QTest::newRow("scp-like") << QStringLiteral("git@forge.example.invalid:team/app.git")
                              << QStringLiteral("ssh") << QStringLiteral("forge.example.invalid")
                              << QStringLiteral("git") << QStringLiteral("team/app.git");
    QTest::newRow("ssh url") << QStringLiteral("ssh://git@forge.example.invalid:2222/app.git")
                             << QStringLiteral("ssh")
                             << QStringLiteral("forge.example.invalid:2222")
                             << QStringLiteral("git") << QStringLiteral("app.git");
}

void TestCredentials::requestFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, protocol);
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, path);
    const CredentialRequest request = CredentialRequest::fromUrl(url);
    QCOMPARE(request.protocol, protocol);
    QCOMPARE(request.host, host);
    QCOMPARE(request.username, user);
    QCOMPARE(request.path, path);
}

void TestCredentials::chainTriesEachSourceOnceInOrder()
{
    QStringList log;
    CredentialChain chain;
    chain.add(std::make_shared<ScriptedProvider>(QStringLiteral("keychain"), &log, std::nullopt));
    chain.add(std::make_shared<ScriptedProvider>(QStringLiteral("helper"),
                                                 &log,
                                                 Credential{QStringLiteral("u"),
                                                            QStringLiteral("helper-secret"),
                                                            {}}));
    chain.add(std::make_shared<PromptCredentialProvider>(nullptr));
    CredentialChain::Session session(chain);
    git::RemoteCallbacks callbacks = session.callbacks(nullptr);

    auto first = callbacks.credentials(httpsQuery(0));
    QVERIFY(first);
    QCOMPARE(first->password, QStringLiteral("helper-secret"));
    // Refused: the helper hears so, and the next source (nobody to ask) ends the chain.
    auto second = callbacks.credentials(httpsQuery(1));
    QVERIFY(!second);
    QCOMPARE(log,
             QStringList({QStringLiteral("keychain fill https://forge.example.invalid"),
                          QStringLiteral("helper fill https://forge.example.invalid"),
                          QStringLiteral("helper reject")}));
    const QString why = callbacks.credentialsError();
    QVERIFY2(why.contains(QStringLiteral("keychain had nothing")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("from helper were refused")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("non-interactive")), qPrintable(why));
}

void TestCredentials::chainApprovesWhatWorked()
{
    QStringList log;
    CredentialChain chain;
    chain.add(std::make_shared<ScriptedProvider>(QStringLiteral("keychain"),
                                                 &log,
                                                 Credential{QStringLiteral("u"),
                                                            QStringLiteral("token"),
                                                            {}}));
    CredentialChain::Session session(chain);
    auto callbacks = session.callbacks(nullptr);
    QVERIFY(callbacks.credentials(httpsQuery(0)));
    session.finished(true);
    QCOMPARE(log.last(), QStringLiteral("keychain approve"));
}

void TestCredentials::promptIsAskedLast()
{
    QStringList log;
    AnsweringPrompt prompt;
    CredentialChain chain;
    chain.add(std::make_shared<ScriptedProvider>(QStringLiteral("keychain"), &log, std::nullopt));
    chain.add(std::make_shared<PromptCredentialProvider>(&prompt));
    CredentialChain::Session session(chain);
    auto answer = session.callbacks(nullptr).credentials(httpsQuery(0));
    QVERIFY(answer);
    QCOMPARE(answer->username, QStringLiteral("typed"));
    QCOMPARE(prompt.asked, QStringLiteral("https://forge.example.invalid"));
    QCOMPARE(session.provider(), QStringLiteral("prompt"));
}

void TestCredentials::sshUsesTheAgent()
{
    CredentialChain chain;
    CredentialChain::Session session(chain);
    auto callbacks = session.callbacks(nullptr);
    git::CredentialQuery query;
    query.url = QStringLiteral("ssh://git@forge.example.invalid/app.git");
    query.usernameFromUrl = QStringLiteral("git");
    query.acceptsSshKey = true;
    const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", "/nonexistent/agent.sock");
    auto answer = callbacks.credentials(query);
    QVERIFY(answer);
    QCOMPARE(answer->kind, git::CredentialAnswer::Kind::SshAgent);
    QCOMPARE(answer->username, QStringLiteral("git"));
    QVERIFY(!callbacks.credentials(query)); // the agent's keys were refused: no loop
    qunsetenv("SSH_AUTH_SOCK");
    CredentialChain::Session noAgent(chain);
    auto none = noAgent.callbacks(nullptr).credentials(query);
    QVERIFY(!none);
    QVERIFY(noAgent.failureReason().contains(QStringLiteral("SSH_AUTH_SOCK")));
    if (!saved.isEmpty())
        qputenv("SSH_AUTH_SOCK", saved);
}

void TestCredentials::helperSpeaksGitsProtocol()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input"));
    // A helper as a user would configure one: shell code, the action as its argument.
    const QString helper = QStringLiteral("!f() { cat > '%1.'$1; echo username=alice; "
                                          "echo password=from-helper; }; f")
                                   .arg(input);
    CredentialHelperProvider provider({helper});
    auto filled = provider.fill(CredentialRequest::fromUrl(
            QStringLiteral("https://forge.example.invalid:8443/team/app.git")));
    RD_VERIFY_OK(filled);
    QVERIFY(*filled);
    QCOMPARE((*filled)->username, QStringLiteral("alice"));
    QCOMPARE((*filled)->secret, QStringLiteral("from-helper"));
    // No path unless credential.useHttpPath; a blank line ends the request.
    QCOMPARE(*readFile(input + QStringLiteral(".get")),
             QByteArray("protocol=https\nhost=forge.example.invalid:8443\n\n"));
}

void TestCredentials::helperStoreAndErase()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input"));
    CredentialHelperProvider provider({QStringLiteral("!f() { cat > '%1.'$1; }; f").arg(input)},
                                      true);
    const CredentialRequest request = CredentialRequest::fromUrl(
            QStringLiteral("https://forge.example.invalid/team/app.git"));
    const Credential credential{QStringLiteral("alice"), QStringLiteral("s3"), {}};
    provider.approve(request, credential);
    provider.reject(request, credential);
    const QByteArray expected = "protocol=https\nhost=forge.example.invalid\npath=team/app.git\n"
                                "username=alice\npassword=s3\n\n";
    QCOMPARE(*readFile(input + QStringLiteral(".store")), expected);
    QCOMPARE(*readFile(input + QStringLiteral(".erase")), expected);
}

void TestCredentials::helperFailureIsReportedNotFatal()
{
    CredentialHelperProvider provider(
            {QStringLiteral("!exit 3"), QStringLiteral("definitely-not-installed-helper")});
    auto filled = provider.fill(CredentialRequest::fromUrl(QStringLiteral("https://a.invalid/x")));
    QVERIFY(!filled);
    QVERIFY2(filled.error().message.contains(QStringLiteral("exit 3")),
             qPrintable(filled.error().message));
    // In a chain the next source still gets its turn.
    QStringList log;
    CredentialChain chain;
    chain.add(std::make_shared<CredentialHelperProvider>(QStringList{QStringLiteral("!exit 3")}));
    chain.add(std::make_shared<ScriptedProvider>(QStringLiteral("next"),
                                                 &log,
                                                 Credential{QStringLiteral("u"),
                                                            QStringLiteral("p"),
                                                            {}}));
    CredentialChain::Session session(chain);
    QVERIFY(session.callbacks(nullptr).credentials(httpsQuery(0)));
    QCOMPARE(session.provider(), QString());
    QCOMPARE(log.size(), 1);
}

void TestCredentials::helpersFromConfig()
{
    rd::test::ScratchRepository scratch;
    auto config = scratch.repo().config();
    QVERIFY(config);
    QVERIFY(config->setString(QStringLiteral("credential.helper"), QStringLiteral("store")));
    QVERIFY(config->setString(QStringLiteral("credential.https://forge.example.invalid.helper"),
                              QStringLiteral("!forge-helper")));
    QVERIFY(config->setString(QStringLiteral("credential.https://other.invalid.helper"),
                              QStringLiteral("!other-helper")));
    QVERIFY(config->setString(QStringLiteral("credential.useHttpPath"), QStringLiteral("true")));
    const auto forge = CredentialHelperProvider::fromConfig(
            scratch.repo(), QStringLiteral("https://forge.example.invalid/team/app.git"));
    QVERIFY2(forge.helpers().contains(QStringLiteral("store")),
             qPrintable(forge.helpers().join(u',')));
    QVERIFY(forge.helpers().contains(QStringLiteral("!forge-helper")));
    QVERIFY(!forge.helpers().contains(QStringLiteral("!other-helper")));
    const auto other = CredentialHelperProvider::fromConfig(scratch.repo(),
                                                            QStringLiteral(
                                                                    "https://third.invalid/x.git"));
    QCOMPARE(other.helpers(), QStringList{QStringLiteral("store")});
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
