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
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"
#include "registry/npmcredentials.h"
#include "registry/ocidistribution.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::CliRun;
using rd::test::runCliOn;
using rd::test::ScratchRepository;

namespace {

// Debian's python3, with the setuptools and wheel scripts/deps installs (another python3 may
// come first on PATH).
const QByteArray python = "/usr/bin/python3";

// The program's standard output; a null array when it fails (its error is printed).
QByteArray output(const QString &program, const QStringList &arguments, const QString &dir = {})
{
    QProcess process;
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(program, arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        qWarning("%s timed out", qPrintable(program));
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s %s: %s",
                 qPrintable(program),
                 qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QString random8()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate(),
                                    8,
                                    16,
                                    QLatin1Char('0'));
}

} // namespace

class TestCliPublishAll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseReachesEveryRegistry();

private:
    QByteArray get(const QString &url);
    int pypiUploads(const QString &name);
    QString ociDigest(const QString &repository, const QString &tag);

    git::Library m_library;
    ForgeDouble m_forge;
    QTemporaryDir m_home;
    QString m_npmUrl;
    QString m_npmrc;
    QString m_pypiUrl;
    QString m_ociHost;
    QString m_ociCredentials;
    QNetworkAccessManager m_network;
};

void TestCliPublishAll::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_npmUrl = rd::test::serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("url"));
    m_pypiUrl = rd::test::serverStateFile("RELEASEDESK_TEST_PYPI", QStringLiteral("url"));
    const QString ociUrl = rd::test::serverStateFile("RELEASEDESK_TEST_OCI", QStringLiteral("url"));
    m_ociCredentials = rd::test::serverStateFile("RELEASEDESK_TEST_OCI",
                                                 QStringLiteral("credentials"));
    QVERIFY2(!m_npmUrl.isEmpty() && !m_pypiUrl.isEmpty() && !ociUrl.isEmpty(),
             "run the test through ctest: it needs verdaccio, the PyPI double and the registry");
    QVERIFY2(m_forge.isValid(), qPrintable(m_forge.skipReason()));
    QVERIFY(m_ociCredentials.contains(u':'));
    m_ociHost = QUrl(ociUrl).authority();

    m_npmrc = qEnvironmentVariable("RELEASEDESK_TEST_VERDACCIO") + QStringLiteral("/npmrc");
    QFile npmrc(m_npmrc);
    QVERIFY(npmrc.open(QIODevice::ReadOnly));
    // The CLI and the clients inherit these; the machine's own settings stay out.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("npm_config_cache", m_home.filePath(QStringLiteral("npm-cache")).toUtf8());
    qputenv("NPM_TOKEN", NpmCredentials::tokenInNpmrc(npmrc.readAll(), QUrl(m_npmUrl)).toUtf8());
    qputenv("PYPI_TOKEN",
            rd::test::serverStateFile("RELEASEDESK_TEST_PYPI", QStringLiteral("token")).toUtf8());
    qunsetenv("TWINE_PASSWORD");
    qunsetenv("TWINE_REPOSITORY_URL");
    qputenv("RELEASEDESK_OCI_USERNAME", m_ociCredentials.section(u':', 0, 0).toUtf8());
    qputenv("RELEASEDESK_OCI_PASSWORD", m_ociCredentials.section(u':', 1).toUtf8());
    qputenv("GITHUB_TOKEN", "ghp_PublishAllTest");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: its lookup fails fast
    QFile gitconfig(m_home.filePath(QStringLiteral(".gitconfig")));
    QVERIFY(gitconfig.open(QIODevice::WriteOnly));
    gitconfig.write("[user]\n\tname = Release Tester\n\temail = tester@example.org\n");
    QVERIFY(!output(QString::fromUtf8(python),
                    {QStringLiteral("-c"), QStringLiteral("import setuptools, wheel")})
                     .isNull());
}

QByteArray TestCliPublishAll::get(const QString &url)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

int TestCliPublishAll::pypiUploads(const QString &name)
{
    int uploads = 0;
    const QJsonDocument log = QJsonDocument::fromJson(
            get(m_pypiUrl + QStringLiteral("/_control/requests")));
    for (const QJsonValue &request : log.object().value(u"requests").toArray())
        if (request[u"method"].toString() == u"POST"
            && request[u"path"].toString().startsWith(u"/legacy")
            && QJsonDocument(request.toObject()).toJson().contains(name.toUtf8()))
            ++uploads;
    return uploads;
}

QString TestCliPublishAll::ociDigest(const QString &repository, const QString &tag)
{
    const QByteArray raw
            = output(QStringLiteral("skopeo"),
                     {QStringLiteral("inspect"),
                      QStringLiteral("--raw"),
                      QStringLiteral("--tls-verify=false"),
                      QStringLiteral("--creds"),
                      m_ociCredentials,
                      QStringLiteral("docker://%1/%2:%3").arg(m_ociHost, repository, tag)});
    return raw.isEmpty() ? QString() : OciDistribution::digestOf(raw);
}

void TestCliPublishAll::releaseReachesEveryRegistry()
{
    const QString id = random8();
    const QString npmName = QStringLiteral("@rdtest/all-") + id;
    const QString pyName = QStringLiteral("rdall") + id; // setuptools keeps no "-" here
    const QString image = QStringLiteral("rdtest/all-") + id;
    const QString project = QStringLiteral("octo/all-") + id;

    // One version source (package.json); setup.py reads it, so the build packs the release.
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const QByteArray manifest = QJsonDocument(QJsonObject{{QStringLiteral("name"), npmName},
                                                          {QStringLiteral("version"),
                                                           QStringLiteral("0.1.0")}})
                                        .toJson();
    const QByteArray setup = "import json\nfrom setuptools import setup\n"
                             "setup(name='"
                             + pyName.toUtf8()
                             + "', version=json.load(open('package.json'))['version'],\n"
                               "      packages=['"
                             + pyName.toUtf8()
                             + "'], license='MIT', description='ReleaseDesk test')\n";
    const QByteArray yml = "registries:\n"
                           "  - { type: npm, package: \""
                           + npmName.toUtf8() + "\", url: \"" + m_npmUrl.toUtf8()
                           + "\",\n      publish: \"rdtest-all-" + id.toUtf8()
                           + "-{version}.tgz\" }\n"
                             "  - { type: pypi, package: "
                           + pyName.toUtf8() + ", url: \"" + m_pypiUrl.toUtf8()
                           + "\",\n      upload_url: \"" + m_pypiUrl.toUtf8()
                           + "/legacy/\", publish: \"dist/*-{version}*\" }\n"
                             "  - { type: oci, image: \""
                           + m_ociHost.toUtf8() + '/' + image.toUtf8()
                           + "\", publish: \"sha-{commit}\",\n      source_timeout: 3 }\n"
                             "  - { type: github-release, publish: \"dist/*-{version}.tar.gz\" }\n"
                             "publish:\n"
                             "  build: [\"npm pack --silent\", \""
                           + python
                           + " setup.py -q sdist bdist_wheel\"]\n"
                             "  verify_timeout: 30\n"
                             "forge: { type: github, api: \""
                           + m_forge.url().toString().toUtf8() + "\", project: \""
                           + project.toUtf8() + "\" }\n";
    scratch.commit(QStringLiteral("chore: start"),
                   {{QStringLiteral("package.json"), manifest},
                    {QStringLiteral("setup.py"), setup},
                    {pyName + QStringLiteral("/__init__.py"), QByteArrayLiteral("VALUE = 1\n")},
                    {QStringLiteral(".gitignore"),
                     QByteArrayLiteral("*.tgz\ndist/\nbuild/\n*.egg-info/\n")},
                    {QStringLiteral(".releasedesk.yml"), yml}});
    scratch.tag(QStringLiteral("v0.1.0"), QStringLiteral("Release 0.1.0"));
    scratch.commit(QStringLiteral("feat: a value worth releasing"),
                   {{pyName + QStringLiteral("/__init__.py"), QByteArrayLiteral("VALUE = 2\n")}});

    // The dry run names every registry before anything exists.
    const CliRun dry = runCliOn(scratch.path(),
                                {QStringLiteral("release"),
                                 QStringLiteral("--dry-run"),
                                 QStringLiteral("--no-push")});
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    for (const QString &line : {QStringLiteral("npm ") + npmName,
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
                               m_npmUrl,
                               m_npmrc,
                               npmName,
                               QStringLiteral("version")),
             QStringLiteral("0.2.0"));
    QCOMPARE(pypiUploads(pyName), 2);
    QCOMPARE(m_forge.releaseState(project).size(), 0);

    // CI pushes the image under sha-<commit>; the resumed release promotes it and publishes
    // the GitHub release.
    const QString tools = qEnvironmentVariable("RELEASEDESK_OCI_TOOLS");
    const QString layout = m_home.filePath(QStringLiteral("layout"));
    QVERIFY(!output(QString::fromUtf8(python),
                    {tools + QStringLiteral("/make-image.py"),
                     layout,
                     QStringLiteral("ci"),
                     QStringLiteral("2026-12-01T10:00:00Z"),
                     id})
                     .isNull());
    QVERIFY(!output(QStringLiteral("skopeo"),
                    {QStringLiteral("--insecure-policy"),
                     QStringLiteral("copy"),
                     QStringLiteral("--quiet"),
                     QStringLiteral("--dest-tls-verify=false"),
                     QStringLiteral("--dest-creds"),
                     m_ociCredentials,
                     QStringLiteral("oci:%1:ci").arg(layout),
                     QStringLiteral("docker://%1/%2:sha-%3")
                             .arg(m_ociHost, image, commit->toString())})
                     .isNull());
    const QString built = ociDigest(image, QStringLiteral("sha-") + commit->toString());
    QVERIFY(built.startsWith(u"sha256:"));

    const CliRun resumed = runCliOn(scratch.path(),
                                    {QStringLiteral("release"),
                                     QStringLiteral("--resume"),
                                     QStringLiteral("--yes")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());

    // Every registry has 0.2.0, read back by the real clients.
    const QString tarball = scratch.path() + QStringLiteral("/rdtest-all-") + id
                            + QStringLiteral("-0.2.0.tgz");
    QFile tgz(tarball);
    QVERIFY(tgz.open(QIODevice::ReadOnly));
    QCOMPARE(rd::test::npmView(m_home.path(),
                               m_npmUrl,
                               m_npmrc,
                               npmName + QStringLiteral("@0.2.0"),
                               QStringLiteral("dist.integrity")),
             QStringLiteral("sha512-")
                     + QString::fromLatin1(
                             QCryptographicHash::hash(tgz.readAll(), QCryptographicHash::Sha512)
                                     .toBase64()));
    const QString fetched = m_home.filePath(QStringLiteral("fetched"));
    QVERIFY(!output(QString::fromUtf8(python),
                    {QStringLiteral("-m"),
                     QStringLiteral("pip"),
                     QStringLiteral("download"),
                     QStringLiteral("--disable-pip-version-check"),
                     QStringLiteral("--no-cache-dir"),
                     QStringLiteral("--no-deps"),
                     QStringLiteral("--index-url"),
                     m_pypiUrl + QStringLiteral("/simple/"),
                     QStringLiteral("--dest"),
                     fetched,
                     pyName + QStringLiteral("==0.2.0")},
                    m_home.path())
                     .isNull());
    const QFileInfoList got = QDir(fetched).entryInfoList(QDir::Files);
    QCOMPARE(got.size(), 1);
    QCOMPARE(sha256Of(got.first().absoluteFilePath()),
             sha256Of(scratch.path() + QStringLiteral("/dist/") + got.first().fileName()));
    for (const QString &tag : {QStringLiteral("0.2.0"),
                               QStringLiteral("0.2"),
                               QStringLiteral("0"),
                               QStringLiteral("latest")})
        QCOMPARE(ociDigest(image, tag), built);
    const QJsonArray releases = m_forge.releaseState(project);
    QCOMPARE(releases.size(), 1);
    QCOMPARE(releases.first()[u"tag_name"].toString(), QStringLiteral("v0.2.0"));
    QVERIFY(!releases.first()[u"draft"].toBool());
    QVERIFY2(releases.first()[u"body"].toString().contains(u"a value worth releasing"),
             qPrintable(releases.first()[u"body"].toString()));
    const QJsonArray assets = releases.first()[u"assets"].toArray();
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.first()[u"name"].toString(), pyName + QStringLiteral("-0.2.0.tar.gz"));

    // Published again from the tag: every registry is asked, nothing is sent twice.
    const CliRun again = runCliOn(scratch.path(),
                                  {QStringLiteral("publish"),
                                   QStringLiteral("--yes"),
                                   QStringLiteral("--skip-build"),
                                   QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(again.json().value(u"done").toBool());
    QCOMPARE(pypiUploads(pyName), 2);
    QCOMPARE(m_forge.releaseState(project).size(), 1);
    QCOMPARE(m_forge.releaseState(project).first()[u"assets"].toArray().size(), 1);
    QVERIFY2(!m_forge.log().contains("SCHEMA MISMATCH"), m_forge.log().constData());
}

QTEST_GUILESS_MAIN(TestCliPublishAll)
#include "tst_clipublishall.moc"
