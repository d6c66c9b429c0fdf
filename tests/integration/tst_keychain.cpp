// SPDX-License-Identifier: GPL-3.0-or-later
// The system keychain in the credential chain: a private D-Bus session bus with gnome-keyring
// (its login keyring created and unlocked for the test), a token stored through qtkeychain and
// used for a push to the HTTP test server.
#include "expectedcheck.h"
#include "httpserver.h"
#include "privatekeyring.h"
#include "releasescenario.h"

#include "credentials/keychainprovider.h"
#include "git/library.h"
#include "release/releaserunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::HttpServer;
using rd::test::ReleaseScenario;

namespace {

class FixedProvider : public CredentialProvider
{
public:
    FixedProvider(QString user, QString password)
        : m_user(std::move(user))
        , m_password(std::move(password))
    {}
    QString name() const override { return QStringLiteral("the test"); }
    Result<std::optional<Credential>> fill(const CredentialRequest &) override
    {
        return std::optional<Credential>(Credential{m_user, m_password, QStringLiteral("test")});
    }

private:
    QString m_user;
    QString m_password;
};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void storeReadErase();
    void keychainTokenIsUsedFirst();
    void refusedTokenFallsBackToHelper();

private:
    std::unique_ptr<ReleaseScenario> scenario();
    QString helperWithMarker(const QString &marker) const;

    git::Library m_library;
    HttpServer m_server;
    QTemporaryDir m_dir;
    rd::test::PrivateKeyring m_keyring;
    QString m_origin;
};

void TestKeychain::initTestCase()
{
    QVERIFY2(m_server.load(), "the git_http fixture did not start the server");
    m_origin = CredentialRequest::fromUrl(m_server.url).origin();

    // A session bus of our own, so the user's real keychain is never touched.
    QString error;
    QVERIFY2(m_keyring.start(&error), qPrintable(error));
}

void TestKeychain::cleanupTestCase()
{
    m_keyring.stop();
}

std::unique_ptr<ReleaseScenario> TestKeychain::scenario()
{
    const auto [url, folder] = m_server.newRepository();
    auto setup = std::make_shared<RemoteAccess>(
            [user = m_server.user, password = m_server.password](const git::Repository &,
                                                                 const QString &) {
                CredentialChain chain;
                chain.add(std::make_shared<FixedProvider>(user, password));
                return chain;
            });
    return std::make_unique<ReleaseScenario>(url, folder, setup);
}

QString TestKeychain::helperWithMarker(const QString &marker) const
{
    return QStringLiteral("!f() { test \"$1\" = get || exit 0; touch '%1'; printf "
                          "'username=%s\\npassword=%s\\n' '%2' '%3'; }; f")
            .arg(marker, m_server.user, m_server.password);
}

void TestKeychain::storeReadErase()
{
    KeychainProvider keychain;
    const QString origin = QStringLiteral("https://forge.example.invalid:8443");
    QVERIFY(keychain.store(origin, QStringLiteral("jane"), QStringLiteral("tok-123")));
    auto read = keychain.fill(CredentialRequest::fromUrl(origin + QStringLiteral("/a/b.git")));
    RD_VERIFY_OK(read);
    QVERIFY(*read);
    QCOMPARE((*read)->username, QStringLiteral("jane"));
    QCOMPARE((*read)->secret, QStringLiteral("tok-123"));
    // Another account named in the URL does not get jane's token.
    auto other = keychain.fill(
            CredentialRequest::fromUrl(QStringLiteral("https://bob@forge.example.invalid:8443/x")));
    QVERIFY(other && !*other);
    QVERIFY(keychain.erase(origin));
    auto gone = keychain.fill(CredentialRequest::fromUrl(origin));
    QVERIFY(gone && !*gone);
}

void TestKeychain::keychainTokenIsUsedFirst()
{
    auto s = scenario();
    QVERIFY2(s->isValid(), qPrintable(s->error()));
    KeychainProvider keychain;
    QVERIFY(keychain.store(m_origin, m_server.user, m_server.password));
    // A helper is configured too, but the keychain comes first and is enough.
    const QString marker = m_dir.filePath(QStringLiteral("helper-asked-1"));
    QVERIFY(s->repo().config()->setString(QStringLiteral("credential.helper"),
                                          helperWithMarker(marker)));

    RemoteAccess standard(static_cast<CredentialPrompt *>(nullptr));
    auto plan = s->plan();
    QVERIFY(plan);
    ReleaseRunner runner(s->repo(), {&standard, nullptr});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);
    QCOMPARE(s->remoteRef(QStringLiteral("refs/heads/main")),
             std::optional<git::Oid>(s->local().head()));
    QVERIFY(s->remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    QVERIFY2(!QFile::exists(marker),
             "the credential helper was asked although the keychain had "
             "the token");
    QVERIFY(keychain.erase(m_origin));
}

void TestKeychain::refusedTokenFallsBackToHelper()
{
    auto s = scenario();
    QVERIFY2(s->isValid(), qPrintable(s->error()));
    KeychainProvider keychain;
    QVERIFY(keychain.store(m_origin, m_server.user, QStringLiteral("expired-token")));
    const QString marker = m_dir.filePath(QStringLiteral("helper-asked-2"));
    QVERIFY(s->repo().config()->setString(QStringLiteral("credential.helper"),
                                          helperWithMarker(marker)));
    RemoteAccess standard(static_cast<CredentialPrompt *>(nullptr));
    auto heads = standard.list(s->repo(),
                               QStringLiteral("origin"),
                               git::Remote::Direction::Push,
                               nullptr);
    RD_VERIFY_OK(heads);
    QVERIFY(QFile::exists(marker));
    // The refused token stays in the keychain: ReleaseDesk never deletes the user's entries.
    auto kept = keychain.fill(CredentialRequest::fromUrl(m_server.url));
    QVERIFY(kept && *kept);
    QVERIFY(keychain.erase(m_origin));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
