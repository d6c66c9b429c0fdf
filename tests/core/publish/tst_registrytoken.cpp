// SPDX-License-Identifier: GPL-3.0-or-later
// Where the publish steps find a registry's token, without D-Bus: a fake keychain in front of
// the real environment and .npmrc sources, asked in the order the steps use; a keychain that
// fails is a note and the lookup goes on; the addresses `token set` accepts.
#include "expectedcheck.h"

#include "credentials/keychainprovider.h"
#include "publish/registrytoken.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {

// Stands in for the system keychain: answers what it was given and records what it was asked.
class FakeKeychain : public CredentialProvider
{
public:
    explicit FakeKeychain(Result<std::optional<Credential>> answer)
        : m_answer(std::move(answer))
    {}
    QString name() const override { return u"the system keychain"_s; }
    Result<std::optional<Credential>> fill(const CredentialRequest &request) override
    {
        asked.append(request.origin());
        return m_answer;
    }
    QStringList asked;

private:
    Result<std::optional<Credential>> m_answer;
};

std::shared_ptr<FakeKeychain> keychainWith(const QString &user, const QString &secret)
{
    return std::make_shared<FakeKeychain>(
            std::optional<Credential>(Credential{user, secret, u"keychain"_s}));
}

std::shared_ptr<FakeKeychain> emptyKeychain()
{
    return std::make_shared<FakeKeychain>(std::optional<Credential>());
}

std::shared_ptr<FakeKeychain> brokenKeychain()
{
    return std::make_shared<FakeKeychain>(
            fail(errc::keychain, u"The system keychain did not answer within 5 s."_s));
}

} // namespace

class TestRegistryToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void npmKeychainComesFirst();
    void npmBrokenKeychainIsANote();
    void npmThenTheProjectsNpmrc();
    void npmNothingAnywhere();
    void pypiOrder();
    void ociLoginFromKeychainOrEnvironment();
    void standardSourcesStartWithTheKeychain();
    void originOfAddresses_data();
    void originOfAddresses();

private:
    QList<std::shared_ptr<CredentialProvider>> sources(std::shared_ptr<CredentialProvider> keychain,
                                                       RegistryToken::Kind kind,
                                                       const QProcessEnvironment &environment);

    QTemporaryDir m_home;
    QTemporaryDir m_project;
    const QUrl m_registry{u"http://127.0.0.1:4873/"_s};
};

void TestRegistryToken::initTestCase()
{
    QVERIFY(m_home.isValid() && m_project.isValid());
    // ~/.npmrc is read: the machine's own must stay out.
    qputenv("HOME", m_home.path().toUtf8());
}

QList<std::shared_ptr<CredentialProvider>> TestRegistryToken::sources(
        std::shared_ptr<CredentialProvider> keychain,
        RegistryToken::Kind kind,
        const QProcessEnvironment &environment)
{
    QList<std::shared_ptr<CredentialProvider>> list{std::move(keychain)};
    list.append(RegistryToken::fallbackSources(kind, m_registry, m_project.path(), environment));
    return list;
}

namespace {

QProcessEnvironment environmentWith(const QList<QPair<QString, QString>> &variables)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

bool writeNpmrc(const QString &folder, const QByteArray &text)
{
    QFile file(QDir(folder).filePath(u".npmrc"_s));
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

void TestRegistryToken::npmKeychainComesFirst()
{
    QVERIFY(writeNpmrc(m_project.path(), "//127.0.0.1:4873/:_authToken=from-npmrc\n"));
    auto keychain = keychainWith(u"token"_s, u"from-keychain"_s);
    const RegistryToken token = RegistryToken::find(m_registry,
                                                    sources(keychain,
                                                            RegistryToken::Kind::Npm,
                                                            environmentWith({{u"NPM_TOKEN"_s,
                                                                              u"from-env"_s}})));
    QCOMPARE(token.secret, u"from-keychain"_s);
    QCOMPARE(token.source, u"the system keychain"_s);
    QVERIFY(token.fromKeychain);
    QVERIFY(token.notes.isEmpty());
    // The keychain is asked for the registry's origin, the entry `token set` writes.
    QCOMPARE(keychain->asked, QStringList{u"http://127.0.0.1:4873"_s});

    // Nothing in the keychain: NPM_TOKEN before the .npmrc.
    const RegistryToken fromEnvironment
            = RegistryToken::find(m_registry,
                                  sources(emptyKeychain(),
                                          RegistryToken::Kind::Npm,
                                          environmentWith({{u"NPM_TOKEN"_s, u"from-env"_s}})));
    QCOMPARE(fromEnvironment.secret, u"from-env"_s);
    QCOMPARE(fromEnvironment.source, u"NPM_TOKEN"_s);
    QVERIFY(!fromEnvironment.fromKeychain);
    QFile::remove(QDir(m_project.path()).filePath(u".npmrc"_s));
}

void TestRegistryToken::npmBrokenKeychainIsANote()
{
    const RegistryToken token = RegistryToken::find(m_registry,
                                                    sources(brokenKeychain(),
                                                            RegistryToken::Kind::Npm,
                                                            environmentWith({{u"NPM_TOKEN"_s,
                                                                              u"from-env"_s}})));
    QCOMPARE(token.secret, u"from-env"_s);
    QCOMPARE(token.source, u"NPM_TOKEN"_s);
    QCOMPARE(token.notes.size(), 1);
    QVERIFY2(token.notes.first().startsWith(u"the system keychain: "_s)
                     && token.notesText().contains(u"did not answer"_s),
             qPrintable(token.notesText()));
}

void TestRegistryToken::npmThenTheProjectsNpmrc()
{
    // The project's .npmrc wins over ~/.npmrc; another registry's line is not this one's.
    QVERIFY(writeNpmrc(m_home.path(), "//127.0.0.1:4873/:_authToken=from-home\n"));
    QVERIFY(writeNpmrc(m_project.path(),
                       "//127.0.0.1:9999/:_authToken=other-registry\n"
                       "//127.0.0.1:4873/:_authToken=from-project\n"));
    RegistryToken token = RegistryToken::find(m_registry,
                                              sources(emptyKeychain(),
                                                      RegistryToken::Kind::Npm,
                                                      QProcessEnvironment()));
    QCOMPARE(token.secret, u"from-project"_s);
    QCOMPARE(token.source, u".npmrc"_s);
    QFile::remove(QDir(m_project.path()).filePath(u".npmrc"_s));
    token = RegistryToken::find(m_registry,
                                sources(brokenKeychain(),
                                        RegistryToken::Kind::Npm,
                                        QProcessEnvironment()));
    QCOMPARE(token.secret, u"from-home"_s);
    QCOMPARE(token.source, u"~/.npmrc"_s);
    QCOMPARE(token.notes.size(), 1);
    QFile::remove(QDir(m_home.path()).filePath(u".npmrc"_s));
}

void TestRegistryToken::npmNothingAnywhere()
{
    const RegistryToken token = RegistryToken::find(m_registry,
                                                    sources(emptyKeychain(),
                                                            RegistryToken::Kind::Npm,
                                                            QProcessEnvironment()));
    QVERIFY(token.isEmpty());
    QVERIFY(token.source.isEmpty());
    QVERIFY(token.notesText().isEmpty());
}

void TestRegistryToken::pypiOrder()
{
    const QProcessEnvironment both = environmentWith(
            {{u"PYPI_TOKEN"_s, u"pypi-token"_s}, {u"TWINE_PASSWORD"_s, u"twine-password"_s}});
    RegistryToken token = RegistryToken::find(m_registry,
                                              sources(keychainWith(u"token"_s, u"pypi-kc"_s),
                                                      RegistryToken::Kind::PyPI,
                                                      both));
    QCOMPARE(token.secret, u"pypi-kc"_s);
    QVERIFY(token.fromKeychain);
    token = RegistryToken::find(m_registry,
                                sources(brokenKeychain(), RegistryToken::Kind::PyPI, both));
    QCOMPARE(token.source, u"TWINE_PASSWORD"_s);
    token = RegistryToken::find(m_registry,
                                sources(emptyKeychain(),
                                        RegistryToken::Kind::PyPI,
                                        environmentWith({{u"PYPI_TOKEN"_s, u"pypi-token"_s}})));
    QCOMPARE(token.secret, u"pypi-token"_s);
    QCOMPARE(token.source, u"PYPI_TOKEN"_s);
    // NPM_TOKEN and an .npmrc are npm's, not PyPI's.
    QVERIFY(writeNpmrc(m_project.path(), "//127.0.0.1:4873/:_authToken=from-project\n"));
    token = RegistryToken::find(m_registry,
                                sources(emptyKeychain(),
                                        RegistryToken::Kind::PyPI,
                                        environmentWith({{u"NPM_TOKEN"_s, u"npm"_s}})));
    QVERIFY(token.isEmpty());
    QFile::remove(QDir(m_project.path()).filePath(u".npmrc"_s));
}

void TestRegistryToken::ociLoginFromKeychainOrEnvironment()
{
    const QProcessEnvironment login = environmentWith(
            {{u"RELEASEDESK_OCI_USERNAME"_s, u"ci-bot"_s},
             {u"RELEASEDESK_OCI_PASSWORD"_s, u"env-password"_s}});
    RegistryToken token = RegistryToken::find(m_registry,
                                              sources(keychainWith(u"jane"_s, u"kc-password"_s),
                                                      RegistryToken::Kind::Oci,
                                                      login));
    QCOMPARE(token.username, u"jane"_s);
    QCOMPARE(token.secret, u"kc-password"_s);
    token = RegistryToken::find(m_registry,
                                sources(emptyKeychain(), RegistryToken::Kind::Oci, login));
    QCOMPARE(token.username, u"ci-bot"_s);
    QCOMPARE(token.secret, u"env-password"_s);
    QCOMPARE(token.source, u"RELEASEDESK_OCI_PASSWORD"_s);
    // A user name without a password is no login: anonymous.
    token = RegistryToken::find(m_registry,
                                sources(emptyKeychain(),
                                        RegistryToken::Kind::Oci,
                                        environmentWith(
                                                {{u"RELEASEDESK_OCI_USERNAME"_s, u"ci-bot"_s}})));
    QVERIFY(token.isEmpty());
}

void TestRegistryToken::standardSourcesStartWithTheKeychain()
{
    for (const auto kind :
         {RegistryToken::Kind::Npm, RegistryToken::Kind::PyPI, RegistryToken::Kind::Oci}) {
        const auto list = RegistryToken::standardSources(kind, m_registry, m_project.path());
        QVERIFY(list.size() >= 2);
        // Only looked at, never asked: no D-Bus in this test.
        QVERIFY(dynamic_cast<KeychainProvider *>(list.first().get()) != nullptr);
        QVERIFY(dynamic_cast<KeychainProvider *>(list.at(1).get()) == nullptr);
    }
    QCOMPARE(RegistryToken::standardSources(RegistryToken::Kind::Npm, m_registry, {}).size(), 3);
}

void TestRegistryToken::originOfAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("origin"); // empty: refused

    QTest::newRow("npm") << u"http://127.0.0.1:4873/"_s << u"http://127.0.0.1:4873"_s;
    QTest::newRow("path") << u"https://npm.example.org/team/"_s << u"https://npm.example.org"_s;
    QTest::newRow("default port") << u"https://Registry.Example.org:443/x"_s
                                  << u"https://registry.example.org"_s;
    QTest::newRow("other port") << u"https://registry.example.org:8443"_s
                                << u"https://registry.example.org:8443"_s;
    QTest::newRow("spaces") << u"  https://registry.example.org  "_s
                            << u"https://registry.example.org"_s;
    QTest::newRow("no scheme") << u"registry.example.org"_s << QString();
    QTest::newRow("ftp") << u"ftp://registry.example.org"_s << QString();
    QTest::newRow("no host") << u"https://"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("bad port") << u"https://registry.example.org:99999/"_s << QString();
    QTest::newRow("user info") << u"https://jane:secret-pw@registry.example.org/"_s << QString();
}

void TestRegistryToken::originOfAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, origin);
    auto found = RegistryToken::originOf(address);
    if (!origin.isEmpty()) {
        RD_VERIFY_OK(found);
        QCOMPARE(*found, origin);
        return;
    }
    QVERIFY(!found);
    QCOMPARE(found.error().code, errc::publishTokenAddress.toString());
    QVERIFY2(found.error().message.contains(u"https://host"_s)
                     || found.error().message.contains(u"--username"_s),
             qPrintable(found.error().message));
    // A password typed into the address never shows in the message.
    QVERIFY(!found.error().toString().contains(u"secret-pw"_s));
}

QTEST_GUILESS_MAIN(TestRegistryToken)
#include "tst_registrytoken.moc"
