// SPDX-License-Identifier: GPL-3.0-or-later
// One release of a scratch project to npm, PyPI, an OCI registry and its GitHub release, through
// the real releasedesk-cli against the local servers: verdaccio, the PyPI double, a real
// docker-registry, the forge double. The first run stops at the OCI step because CI has not
// pushed the image yet (what a release meets when it promotes an image CI builds for the
// tag); once the image is there, `release --resume` finishes. The real clients read back what
// every registry has (npm view, pip download, skopeo inspect), and publishing again from the
// tag sends nothing twice.
#include "clirun.h"
#include "forgedouble.h"
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
using rd::test::runCliOn;
using rd::test::ScratchRepository;

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestCliPublishAll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseReachesEveryRegistry();

private:
    git::Library m_library;
    ForgeDouble m_forge;
    QTemporaryDir m_home;
    PublishServers m_servers;
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

    // CI has not pushed the image of the release commit yet: npm and PyPI are published, the
    // OCI step stops naming what it looked for, the GitHub release waits behind it.
    const CliRun first = runCliOn(scratch.path(),
                                  {QStringLiteral("release"),
                                   QStringLiteral("--yes"),
                                   QStringLiteral("--no-push")});
    QVERIFY2(first.exitCode != 0, first.out.constData());
    QVERIFY2(first.err.contains("Waiting up to 3 s for CI to push"), first.err.constData());
    auto commit = scratch.repo().resolveCommit(QStringLiteral("refs/tags/v0.2.0"));
    QVERIFY(commit);
    QVERIFY2(first.err.contains("sha-" + commit->toString().toUtf8()), first.err.constData());
    QVERIFY2(first.err.contains("release --resume"), first.err.constData());
    QCOMPARE(rd::test::npmView(m_home.path(),
                               m_servers.npmUrl,
                               m_servers.npmrc,
                               project.npmName,
                               QStringLiteral("version")),
             QStringLiteral("0.2.0"));
    QCOMPARE(m_servers.pypiUploads(project.pyName), 2);
    QCOMPARE(m_forge.releaseState(project.forgeProject).size(), 0);

    // CI pushes the image under sha-<commit>; the resumed release promotes it and publishes
    // the GitHub release.
    const QString built = m_servers.pushImage(m_home.path(),
                                              project.image,
                                              QStringLiteral("sha-") + commit->toString());
    QVERIFY(built.startsWith(u"sha256:"));
    const CliRun resumed = runCliOn(scratch.path(),
                                    {QStringLiteral("release"),
                                     QStringLiteral("--resume"),
                                     QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());

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

QTEST_GUILESS_MAIN(TestCliPublishAll)
#include "tst_clipublishall.moc"
