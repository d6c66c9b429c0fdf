// SPDX-License-Identifier: GPL-3.0-or-later
// Signed release tags (and commits) through GPGME with a throwaway key in a temporary
// GNUPGHOME, checked by git itself.
#include "expectedcheck.h"
#include "releasescenario.h"
#include "testaccess.h"

#include "git/library.h"
#include "git/references.h"
#include "release/releaserunner.h"
#include "signing/gpgmesigner.h"
#include "signing/signingsettings.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <git2/tag.h>

using namespace rd;
using rd::test::ReleaseScenario;

namespace {

struct Ran
{
    int exitCode = -1;
    QString output;
};

Ran run(const QString &program, const QStringList &arguments, const QString &workdir = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workdir.isEmpty())
        process.setWorkingDirectory(workdir);
    process.start(program, arguments);
    Ran ran;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        ran.output = QStringLiteral("timed out");
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.output = QString::fromUtf8(process.readAll());
    return ran;
}

} // namespace

class TestSignedTag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signedTagVerifiesWithGit();
    void signedCommitVerifiesWithGit();
    void unknownKeyFailsBeforeAnythingIsTagged();
    void sshFormatIsRefused();

private:
    void configureSigning(ReleaseScenario &s, bool commits);

    git::Library m_library;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_fingerprint;
};

void TestSignedTag::initTestCase()
{
    // gpg-agent's socket lives in GNUPGHOME unless /run/user exists: keep the path short.
    const QString temp = QDir::tempPath().size() < 40 ? QDir::tempPath() : QStringLiteral("/tmp");
    m_home = std::make_unique<QTemporaryDir>(temp + QStringLiteral("/rdgpg-XXXXXX"));
    QVERIFY(m_home->isValid());
    QFile::setPermissions(m_home->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("GNUPGHOME", m_home->path().toUtf8());
    const Ran made = run(QStringLiteral("gpg"),
                         {QStringLiteral("--batch"),
                          QStringLiteral("--passphrase"),
                          QString(),
                          QStringLiteral("--quick-gen-key"),
                          QStringLiteral("Rel Easer <releaser@example.invalid>"),
                          QStringLiteral("ed25519"),
                          QStringLiteral("sign"),
                          QStringLiteral("0")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    const Ran listed = run(QStringLiteral("gpg"),
                           {QStringLiteral("--batch"),
                            QStringLiteral("--with-colons"),
                            QStringLiteral("--list-secret-keys")});
    for (const QString &line : listed.output.split(u'\n'))
        if (line.startsWith(QLatin1String("fpr:")) && m_fingerprint.isEmpty())
            m_fingerprint = line.section(u':', 9, 9);
    QVERIFY2(!m_fingerprint.isEmpty(), qPrintable(listed.output));
}

void TestSignedTag::cleanupTestCase()
{
    if (m_home)
        run(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
}

void TestSignedTag::configureSigning(ReleaseScenario &s, bool commits)
{
    auto config = s.repo().config();
    QVERIFY(config);
    QVERIFY(config->setString(QStringLiteral("tag.gpgSign"), QStringLiteral("true")));
    QVERIFY(config->setString(QStringLiteral("commit.gpgSign"),
                              commits ? QStringLiteral("true") : QStringLiteral("false")));
    QVERIFY(config->setString(QStringLiteral("user.signingKey"), m_fingerprint));
}

void TestSignedTag::signedTagVerifiesWithGit()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    configureSigning(s, false);
    auto plan = s.plan();
    RD_VERIFY_OK(plan);
    QVERIFY(plan->dryRunText().contains(QStringLiteral("signed tag v1.1.0")));

    GpgmeSigner signer;
    ReleaseRunner runner(s.repo(), {&s.remotes(), &signer});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);

    // The tag object carries the message and then the armoured signature, as git tag -s makes.
    git::References refs(s.repo());
    const auto id = *refs.target(QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(id);
    git_tag *tag = nullptr;
    QCOMPARE(git_tag_lookup(&tag, git::TestAccess::raw(s.repo()), id->raw()), 0);
    const QString message = QString::fromUtf8(git_tag_message(tag));
    git_tag_free(tag);
    QVERIFY2(message.startsWith(QStringLiteral("## 1.1.0\n")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("-----BEGIN PGP SIGNATURE-----")),
             qPrintable(message));

    // git verifies it, with the key from our GNUPGHOME.
    const Ran verified = run(QStringLiteral("git"),
                             {QStringLiteral("verify-tag"),
                              QStringLiteral("--raw"),
                              QStringLiteral("v1.1.0")},
                             s.local().path());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
    QVERIFY2(verified.output.contains(QStringLiteral("GOODSIG")), qPrintable(verified.output));
    // The signed tag reached the remote as it is.
    QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")), id);
    // And the commit was not signed: commit.gpgSign is off.
    const Ran commit = run(QStringLiteral("git"),
                           {QStringLiteral("verify-commit"), QStringLiteral("HEAD")},
                           s.local().path());
    QVERIFY(commit.exitCode != 0);
}

void TestSignedTag::signedCommitVerifiesWithGit()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    configureSigning(s, true);
    auto plan = s.plan();
    QVERIFY(plan);
    GpgmeSigner signer;
    ReleaseRunner runner(s.repo(), {&s.remotes(), &signer});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);
    const Ran verified = run(QStringLiteral("git"),
                             {QStringLiteral("verify-commit"),
                              QStringLiteral("--raw"),
                              QStringLiteral("HEAD")},
                             s.local().path());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
    QVERIFY2(verified.output.contains(QStringLiteral("GOODSIG")), qPrintable(verified.output));
    QCOMPARE(s.commitsSinceBase(), 1);
}

void TestSignedTag::unknownKeyFailsBeforeAnythingIsTagged()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    configureSigning(s, false);
    auto config = s.repo().config();
    QVERIFY(config->setString(QStringLiteral("user.signingKey"),
                              QStringLiteral("nobody@nowhere.invalid")));
    auto plan = s.plan();
    QVERIFY(plan);
    GpgmeSigner signer;
    ReleaseRunner runner(s.repo(), {&s.remotes(), &signer});
    auto done = runner.run(*plan);
    QVERIFY(!done);
    QCOMPARE(done.error().code, errc::noSigningKey.toString());
    QVERIFY2(done.error().message.contains(QStringLiteral("nobody@nowhere.invalid")),
             qPrintable(done.error().message));
    git::References refs(s.repo());
    QVERIFY(!*refs.target(QStringLiteral("refs/tags/v1.1.0")));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
}

void TestSignedTag::sshFormatIsRefused()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    configureSigning(s, false);
    auto config = s.repo().config();
    QVERIFY(config->setString(QStringLiteral("gpg.format"), QStringLiteral("ssh")));
    auto plan = s.plan();
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, errc::signingUnsupported.toString());
}

QTEST_GUILESS_MAIN(TestSignedTag)
#include "tst_signedtag.moc"
