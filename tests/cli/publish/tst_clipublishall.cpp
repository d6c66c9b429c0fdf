// SPDX-License-Identifier: GPL-3.0-or-later
// One release of a scratch project to npm, PyPI, an OCI registry and its GitHub release, through
// the real releasedesk-cli against the local servers: verdaccio, the PyPI double, a real
// docker-registry, the forge double. The first run stops at the OCI step because CI has not
// pushed the image yet (what a release meets when it promotes an image CI builds for the
// tag); once the image is there, `release --resume` finishes. The real clients read back what
// every registry has (npm view, pip download, skopeo inspect), and publishing again from the
// tag sends nothing twice. The same release then runs with every token from a real
// gnome-keyring on a private session bus, none in the environment.
#include "clirun.h"
#include "filedigest.h"
#include "forgedouble.h"
#include "privatekeyring.h"
#include "publishproject.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::CliRun;
using rd::test::PublishProject;
using rd::test::PublishServers;
using rd::test::runCli;
using rd::test::runCliOn;
using rd::test::ScratchRepository;

using rd::test::sha256Of;

class TestCliPublishAll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseReachesEveryRegistry();
    void releaseWithEveryTokenFromTheKeychain();

private:
    // What a release meets when CI builds the image of the release commit: the first run
    // publishes npm and PyPI and stops at the OCI step (no sha-<commit> image yet), CI pushes
    // it, the resumed release finishes. The runs, and the image's digest.
    struct ThroughCi
    {
        CliRun first;
        CliRun resumed;
        QString built;
    };
    ThroughCi releaseThroughCi(ScratchRepository &scratch, const PublishProject &project);
    // `releasedesk-cli token set ADDRESS [--username USER]` with `secret` on stdin.
    void store(const QString &address, const QByteArray &secret, const QString &user = {});

    git::Library m_library;
    ForgeDouble m_forge;
    QTemporaryDir m_home;
    PublishServers m_servers;
    QList<QByteArray> m_secrets;
};

void TestCliPublishAll::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_forge.isValid(), qPrintable(m_forge.skipReason()));
    QString problem;
    m_servers = PublishServers::fromEnvironment(m_forge.url(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_servers.exportCredentials(m_home.path());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: its lookup fails fast
    QVERIFY(!rd::test::programOutput(QString::fromLatin1(rd::test::debianPython),
                                     {QStringLiteral("-c"),
                                      QStringLiteral("import setuptools, wheel")})
                     .isNull());
}

void TestCliPublishAll::releaseReachesEveryRegistry()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const PublishProject project = PublishProject::write(scratch, m_servers, 3);

    // The dry run names every registry before anything exists.
    const CliRun dry = runCliOn(scratch.path(),
                                {QStringLiteral("release"),
                                 QStringLiteral("--dry-run"),
                                 QStringLiteral("--no-push")});
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    for (const QString &line : {QStringLiteral("npm ") + project.npmName,
                                QStringLiteral("sha-{commit}"),
                                QStringLiteral("dist/*-{version}*")})
        QVERIFY2(dry.out.contains(line.toUtf8()), dry.out.constData());

    const ThroughCi release = releaseThroughCi(scratch, project);
    if (QTest::currentTestFailed())
        return;
    const QString built = release.built;

    // Every registry has 0.2.0, read back by the real clients.
    QFile tgz(scratch.path() + u'/' + project.tarball(QStringLiteral("0.2.0")));
    QVERIFY(tgz.open(QIODevice::ReadOnly));
    QCOMPARE(rd::test::npmView(m_home.path(),
                               m_servers.npmUrl,
                               m_servers.npmrc,
                               project.npmName + QStringLiteral("@0.2.0"),
                               QStringLiteral("dist.integrity")),
             QStringLiteral("sha512-")
                     + QString::fromLatin1(
                             QCryptographicHash::hash(tgz.readAll(), QCryptographicHash::Sha512)
                                     .toBase64()));
    const QStringList got = m_servers.pipDownload(project.pyName,
                                                  QStringLiteral("0.2.0"),
                                                  m_home.filePath(QStringLiteral("fetched")));
    QCOMPARE(got.size(), 1);
    QCOMPARE(sha256Of(got.first()),
             sha256Of(scratch.path() + QStringLiteral("/dist/")
                      + QFileInfo(got.first()).fileName()));
    for (const QString &tag : {QStringLiteral("0.2.0"),
                               QStringLiteral("0.2"),
                               QStringLiteral("0"),
                               QStringLiteral("latest")})
        QCOMPARE(m_servers.ociDigest(project.image, tag), built);
    const QJsonArray releases = m_forge.releaseState(project.forgeProject);
    QCOMPARE(releases.size(), 1);
    QCOMPARE(releases.first()[u"tag_name"].toString(), QStringLiteral("v0.2.0"));
    QVERIFY(!releases.first()[u"draft"].toBool());
    QVERIFY2(releases.first()[u"body"].toString().contains(u"a value worth releasing"),
             qPrintable(releases.first()[u"body"].toString()));
    const QJsonArray assets = releases.first()[u"assets"].toArray();
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.first()[u"name"].toString(), project.pyName + QStringLiteral("-0.2.0.tar.gz"));

    // Published again from the tag: every registry is asked, nothing is sent twice.
    const CliRun again = runCliOn(scratch.path(),
                                  {QStringLiteral("publish"),
                                   QStringLiteral("--yes"),
                                   QStringLiteral("--skip-build"),
                                   QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(again.json().value(u"done").toBool());
    QCOMPARE(m_servers.pypiUploads(project.pyName), 2);
    QCOMPARE(m_forge.releaseState(project.forgeProject).size(), 1);
    QCOMPARE(m_forge.releaseState(project.forgeProject).first()[u"assets"].toArray().size(), 1);
    QVERIFY2(!m_forge.log().contains("SCHEMA MISMATCH"), m_forge.log().constData());
}

TestCliPublishAll::ThroughCi TestCliPublishAll::releaseThroughCi(ScratchRepository &scratch,
                                                                 const PublishProject &project)
{
    ThroughCi run;
    run.first = runCliOn(scratch.path(),
                         {QStringLiteral("release"),
                          QStringLiteral("--yes"),
                          QStringLiteral("--no-push")});
    [&] {
        QVERIFY2(run.first.exitCode != 0, run.first.out.constData());
        QVERIFY2(run.first.err.contains("Waiting up to 3 s for CI to push"),
                 run.first.err.constData());
        auto commit = scratch.repo().resolveCommit(QStringLiteral("refs/tags/v0.2.0"));
        QVERIFY(commit);
        QVERIFY2(run.first.err.contains("sha-" + commit->toString().toUtf8()),
                 run.first.err.constData());
        QVERIFY2(run.first.err.contains("release --resume"), run.first.err.constData());
        QCOMPARE(rd::test::npmView(m_home.path(),
                                   m_servers.npmUrl,
                                   m_servers.npmrc,
                                   project.npmName,
                                   QStringLiteral("version")),
                 QStringLiteral("0.2.0"));
        QCOMPARE(m_servers.pypiUploads(project.pyName), 2);
        QCOMPARE(m_forge.releaseState(project.forgeProject).size(), 0);
        run.built = m_servers.pushImage(m_home.path(),
                                        project.image,
                                        QStringLiteral("sha-") + commit->toString());
        QVERIFY(run.built.startsWith(u"sha256:"));
        run.resumed = runCliOn(scratch.path(),
                               {QStringLiteral("release"),
                                QStringLiteral("--resume"),
                                QStringLiteral("--yes")});
        QVERIFY2(run.resumed.exitCode == 0, run.resumed.err.constData());
        QCOMPARE(m_servers.ociDigest(project.image, QStringLiteral("0.2.0")), run.built);
        QCOMPARE(m_forge.releaseState(project.forgeProject).size(), 1);
    }();
    return run;
}

void TestCliPublishAll::store(const QString &address, const QByteArray &secret, const QString &user)
{
    QStringList arguments{QStringLiteral("token"), QStringLiteral("set"), address};
    if (!user.isEmpty())
        arguments << QStringLiteral("--username") << user;
    const CliRun set = runCli(arguments, {}, secret + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));
    m_secrets.append(secret);
}

// The credentials the environment gave go into a private keychain; the release reaches every
// registry with them alone.
void TestCliPublishAll::releaseWithEveryTokenFromTheKeychain()
{
    rd::test::PrivateKeyring keyring;
    QString error;
    QVERIFY2(keyring.start(&error), qPrintable(error));
    const QByteArray forgeToken = "ghp_KeychainPublishAll0123";
    store(m_servers.npmUrl, qgetenv("NPM_TOKEN"));
    store(m_servers.pypiUrl, qgetenv("PYPI_TOKEN"));
    store(rd::test::serverStateFile("RELEASEDESK_TEST_OCI", QStringLiteral("url")),
          m_servers.ociCredentials.section(u':', 1).toUtf8(),
          m_servers.ociCredentials.section(u':', 0, 0));
    store(m_forge.url().toString(), forgeToken);
    if (QTest::currentTestFailed())
        return;
    for (const char *name : {"NPM_TOKEN",
                             "PYPI_TOKEN",
                             "TWINE_PASSWORD",
                             "RELEASEDESK_OCI_USERNAME",
                             "RELEASEDESK_OCI_PASSWORD",
                             "GITHUB_TOKEN",
                             "GH_TOKEN"})
        qunsetenv(name);

    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const PublishProject project = PublishProject::write(scratch, m_servers, 3);
    const ThroughCi release = releaseThroughCi(scratch, project);
    if (QTest::currentTestFailed())
        return;
    // The forge got the keychain's token; no secret in what the user saw.
    bool sent = false;
    for (const QJsonValue &request : m_forge.requests())
        sent = sent
               || request[u"headers"][u"authorization"].toString()
                          == QStringLiteral("Bearer ") + QString::fromUtf8(forgeToken);
    QVERIFY(sent);
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        for (const CliRun *run : {&release.first, &release.resumed})
            QVERIFY(!run->out.contains(secret) && !run->err.contains(secret));
    }
    keyring.stop();
}

QTEST_GUILESS_MAIN(TestCliPublishAll)

#include "tst_clipublishall.moc"
