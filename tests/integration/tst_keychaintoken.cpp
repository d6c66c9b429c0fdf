// SPDX-License-Identifier: GPL-3.0-or-later
// Registry tokens in the system keychain, end to end: a private D-Bus session bus with a real
// gnome-keyring (the user's keychain is never touched), the real releasedesk-cli storing the
// token it reads on stdin (`token set`), checking and forgetting it, and a release publishing
// to a real npm registry (verdaccio) with neither NPM_TOKEN nor an .npmrc token, read back by
// the real `npm view`. A wrong token in the keychain is refused, and the message says it came
// from the keychain.
#include "clirun.h"
#include "privatekeyring.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"
#include "registry/npmcredentials.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using rd::test::CliRun;
using rd::test::ScratchRepository;
using namespace Qt::StringLiterals;

namespace {

// releasedesk-cli with `input` on its stdin and `environment` (default: this process's).
CliRun runCliWithInput(
        const QStringList &arguments,
        const QByteArray &input,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELEASEDESK_CLI), arguments);
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::CrashExit ? -2 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString integrityOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return u"sha512-"_s
           + QString::fromLatin1(
                   QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha512).toBase64());
}

} // namespace

class TestKeychainToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void setCheckForgetRoundTrip();
    void badInputIsRefused();
    void unreachableKeychainSaysSo();
    void releasePublishesWithTheKeychainToken();
    void wrongKeychainTokenIsNamedInThe401();

private:
    // A project for package `name` at 0.1.0 with a feat commit after v0.1.0, publishing the
    // tarball npm pack makes to verdaccio.
    void makeProject(const QString &name);
    CliRun release();
    QString uniqueName(const char *stem) const;

    git::Library m_library;
    rd::test::PrivateKeyring m_keyring;
    QTemporaryDir m_home;
    std::unique_ptr<ScratchRepository> m_scratch;
    QString m_url;
    QString m_origin;
    QString m_npmrc;
    QString m_token;
};

void TestKeychainToken::initTestCase()
{
    m_url = rd::test::serverStateFile("RELEASEDESK_TEST_VERDACCIO", u"url"_s);
    QVERIFY2(!m_url.isEmpty(), "verdaccio is not running: run the test through ctest");
    m_origin = m_url; // http://127.0.0.1:PORT, with no path
    m_npmrc = qEnvironmentVariable("RELEASEDESK_TEST_VERDACCIO") + u"/npmrc"_s;
    QFile npmrc(m_npmrc);
    QVERIFY(npmrc.open(QIODevice::ReadOnly));
    m_token = rd::NpmCredentials::tokenInNpmrc(npmrc.readAll(), QUrl(m_url));
    QVERIFY(!m_token.isEmpty());
    QVERIFY(m_home.isValid());
    // The CLI and npm inherit these: no ~/.npmrc and no NPM_TOKEN, so only the keychain has
    // the token; the machine's git identity stays out.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("npm_config_cache", m_home.filePath(u"npm-cache"_s).toUtf8());
    qunsetenv("NPM_TOKEN");
    QFile gitconfig(m_home.filePath(u".gitconfig"_s));
    QVERIFY(gitconfig.open(QIODevice::WriteOnly));
    gitconfig.write("[user]\n\tname = Release Tester\n\temail = tester@example.org\n");
    gitconfig.close();
    QString error;
    QVERIFY2(m_keyring.start(&error), qPrintable(error));
}

void TestKeychainToken::cleanupTestCase()
{
    m_keyring.stop();
}

QString TestKeychainToken::uniqueName(const char *stem) const
{
    return u"@rdtest/%1-%2"_s.arg(QLatin1String(stem))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void TestKeychainToken::makeProject(const QString &name)
{
    m_scratch = std::make_unique<ScratchRepository>();
    QVERIFY(m_scratch->isValid());
    const QByteArray manifest = QJsonDocument(QJsonObject{{u"name"_s, name},
                                                          {u"version"_s, u"0.1.0"_s},
                                                          {u"main"_s, u"index.js"_s}})
                                        .toJson();
    const QString tarball = name.mid(1).replace(u'/', u'-') + u"-{version}.tgz"_s;
    const QByteArray yml = "registries:\n  - { type: npm, package: \"" + name.toUtf8()
                           + "\", url: \"" + m_url.toUtf8() + "\", publish: \"" + tarball.toUtf8()
                           + "\" }\npublish:\n  build: [\"npm pack --silent\"]\n"
                             "  verify_timeout: 30\n";
    m_scratch->commit(u"chore: start"_s,
                      {{u"package.json"_s, manifest},
                       {u"index.js"_s, "module.exports = 1;\n"_ba},
                       {u".gitignore"_s, "*.tgz\n"_ba},
                       {u".releasedesk.yml"_s, yml}});
    m_scratch->tag(u"v0.1.0"_s, u"Release 0.1.0"_s);
    m_scratch->commit(u"feat: answer"_s, {{u"index.js"_s, "module.exports = 42;\n"_ba}});
}

CliRun TestKeychainToken::release()
{
    return runCliWithInput({u"release"_s,
                            u"--yes"_s,
                            u"--no-push"_s,
                            u"--repo"_s,
                            m_scratch->path()},
                           QByteArray());
}

void TestKeychainToken::setCheckForgetRoundTrip()
{
    const QString address = m_url + u"/some/path/"_s;
    CliRun check = runCliWithInput({u"token"_s, u"check"_s, address, u"--json"_s}, {});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(check.json().value(u"stored"_s).toBool(true), false);
    QCOMPARE(check.json().value(u"origin"_s).toString(), m_origin);

    const QByteArray secret = "rd-roundtrip-secret-0193";
    CliRun set = runCliWithInput({u"token"_s,
                                  u"set"_s,
                                  address,
                                  u"--username"_s,
                                  u"jane"_s,
                                  u"--json"_s},
                                 secret + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(set.json().value(u"stored"_s).toBool());
    QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));

    check = runCliWithInput({u"token"_s, u"check"_s, m_url, u"--json"_s}, {});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY(check.json().value(u"stored"_s).toBool());
    QCOMPARE(check.json().value(u"username"_s).toString(), u"jane"_s);
    QVERIFY(!check.out.contains(secret) && !check.err.contains(secret));
    // In text too, and never the secret.
    check = runCliWithInput({u"token"_s, u"check"_s, m_url}, {});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("jane") && !check.out.contains(secret), check.out.constData());

    CliRun forget = runCliWithInput({u"token"_s, u"forget"_s, m_url, u"--json"_s}, {});
    QVERIFY2(forget.exitCode == 0, forget.err.constData());
    QVERIFY(forget.json().value(u"removed"_s).toBool());
    check = runCliWithInput({u"token"_s, u"check"_s, m_url, u"--json"_s}, {});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(check.json().value(u"stored"_s).toBool(true), false);
    // Forgetting again is fine, and says there was nothing.
    forget = runCliWithInput({u"token"_s, u"forget"_s, m_url, u"--json"_s}, {});
    QCOMPARE(forget.exitCode, 0);
    QCOMPARE(forget.json().value(u"removed"_s).toBool(true), false);
}

void TestKeychainToken::badInputIsRefused()
{
    // No token on stdin: nothing stored.
    CliRun empty = runCliWithInput({u"token"_s, u"set"_s, m_url}, "\n");
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains("No token was given on stdin"), empty.err.constData());
    CliRun check = runCliWithInput({u"token"_s, u"check"_s, m_url, u"--json"_s}, {});
    QCOMPARE(check.json().value(u"stored"_s).toBool(true), false);

    // Not an address.
    CliRun bad = runCliWithInput({u"token"_s, u"set"_s, u"registry.example.org"_s}, "tok\n");
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("is not a registry or forge address")
                     && bad.err.contains("registry.example.org"),
             bad.err.constData());
    // The token is never an argument.
    CliRun argv = runCliWithInput({u"token"_s, u"set"_s, m_url, u"tok-in-argv"_s}, "tok\n");
    QCOMPARE(argv.exitCode, 2);
    CliRun action = runCliWithInput({u"token"_s, u"show"_s, m_url}, {});
    QCOMPARE(action.exitCode, 2);
    QVERIFY2(action.err.contains("unknown action \"show\""), action.err.constData());
    CliRun user = runCliWithInput({u"token"_s, u"check"_s, m_url, u"--username"_s, u"x"_s}, {});
    QCOMPARE(user.exitCode, 2);
}

void TestKeychainToken::unreachableKeychainSaysSo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       u"unix:path="_s + m_home.filePath(u"no-such-bus"_s));
    const CliRun set = runCliWithInput({u"token"_s, u"set"_s, m_url}, "tok\n", environment);
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains("keychain"), set.err.constData());
    const CliRun check = runCliWithInput({u"token"_s, u"check"_s, m_url, u"--json"_s},
                                         {},
                                         environment);
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.json().contains(u"error"_s), check.out.constData());
}

void TestKeychainToken::releasePublishesWithTheKeychainToken()
{
    CliRun set = runCliWithInput({u"token"_s, u"set"_s, m_url + u'/'}, m_token.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(!set.out.contains(m_token.toUtf8()));

    const QString name = uniqueName("keychain");
    makeProject(name);
    const CliRun run = release();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("token from the system keychain"), run.err.constData());
    const QString tarball = QDir(m_scratch->path())
                                    .filePath(name.mid(1).replace(u'/', u'-') + u"-0.2.0.tgz"_s);
    QCOMPARE(rd::test::npmView(m_home.path(),
                               m_url,
                               m_npmrc,
                               name + u"@0.2.0"_s,
                               u"dist.integrity"_s),
             integrityOf(tarball));

    CliRun forget = runCliWithInput({u"token"_s, u"forget"_s, m_url}, {});
    QCOMPARE(forget.exitCode, 0);
}

void TestKeychainToken::wrongKeychainTokenIsNamedInThe401()
{
    const QByteArray wrong = "not-a-token-of-this-registry-7731";
    CliRun set = runCliWithInput({u"token"_s, u"set"_s, m_url}, wrong + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());

    const QString name = uniqueName("refused");
    makeProject(name);
    const CliRun run = release();
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("refused the npm token from the system keychain (HTTP 401)")
                     && run.err.contains("releasedesk-cli token set " + m_origin.toUtf8()),
             run.err.constData());
    QVERIFY(!run.err.contains(wrong) && !run.out.contains(wrong));
    QVERIFY(rd::test::npmView(m_home.path(), m_url, m_npmrc, name, u"name"_s).isEmpty());

    CliRun forget = runCliWithInput({u"token"_s, u"forget"_s, m_url}, {});
    QCOMPARE(forget.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestKeychainToken)
#include "tst_keychaintoken.moc"
