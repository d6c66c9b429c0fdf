// SPDX-License-Identifier: GPL-3.0-or-later
// The publish steps of .releasedesk.yml through the real releasedesk-cli against a real npm
// registry (verdaccio): `release` bumps, tags, runs the build command (the real npm pack) and
// publishes the tarball it made; `publish` from the tag afterwards sends nothing twice; a dry
// run shows the artifact with its digest and changes nothing; wrong configurations, a HEAD
// past the tag and a missing artifact each stop before anything is published, saying why.
#include "clirun.h"
#include "forgedouble.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"
#include "registry/npmcredentials.h"
#include "util/fileio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using rd::test::CliRun;
using rd::test::runCliOn;
using rd::test::ScratchRepository;

class TestCliPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseBuildsAndPublishes();
    void releasePublishesTheGitHubRelease();
    void publishFromTheTagSendsNothingTwice();
    void dryRunShowsTheDigestAndChangesNothing();
    void buildFirstPublishesTheReviewedFiles();
    void publishLaterSendsTheFilesBuiltBeforeTheTag();
    void skipPublishLeavesTheRegistryAlone();
    void headPastTheTagIsRefused();
    void missingArtifactNamesThePattern();
    void wrongKeysNameTheirLine();
    void nothingConfiguredSaysSo();

private:
    // A project for package `name` at 0.1.0 with a feat commit after v0.1.0, publishing the
    // tarball npm pack makes.
    void makeProject(const QString &name, const QByteArray &extraConfig = {});
    // makeProject() whose build stamps the package with the time, so that a tarball built again
    // would differ; the name of the 0.2.0 tarball.
    QString makeStampedProject(const QString &name, const QByteArray &extraConfig = {});
    // release --dry-run --build-first --no-push.
    CliRun previewBuildFirst();
    QByteArray config(const QString &name, const QByteArray &publishKey) const;
    // `npm view NAME@VERSION FIELD` against verdaccio; empty when it has no such version.
    QString npmView(const QString &spec, const QString &field);
    QString uniqueName(const char *stem) const;

    git::Library m_library;
    ForgeDouble m_forge;
    QTemporaryDir m_home;
    std::unique_ptr<ScratchRepository> m_scratch;
    QString m_url;
    QString m_npmrc;
};

void TestCliPublish::initTestCase()
{
    m_url = rd::test::serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("url"));
    QVERIFY2(!m_url.isEmpty(), "verdaccio is not running: run the test through ctest");
    m_npmrc = qEnvironmentVariable("RELEASEDESK_TEST_VERDACCIO") + QStringLiteral("/npmrc");
    QFile npmrc(m_npmrc);
    QVERIFY(npmrc.open(QIODevice::ReadOnly));
    const QString token = rd::NpmCredentials::tokenInNpmrc(npmrc.readAll(), QUrl(m_url));
    QVERIFY(!token.isEmpty());
    QVERIFY(m_home.isValid());
    // The CLI and npm inherit these: the machine's ~/.npmrc and git identity stay out.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("npm_config_cache", m_home.filePath(QStringLiteral("npm-cache")).toUtf8());
    qputenv("NPM_TOKEN", token.toUtf8());
    // The forge release's token; no keychain here, so its lookup fails fast and moves on.
    QVERIFY2(m_forge.isValid(), qPrintable(m_forge.skipReason()));
    qputenv("GITHUB_TOKEN", "ghp_CliPublishTest");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QFile gitconfig(m_home.filePath(QStringLiteral(".gitconfig")));
    QVERIFY(gitconfig.open(QIODevice::WriteOnly));
    gitconfig.write("[user]\n\tname = Release Tester\n\temail = tester@example.org\n");
}

QString TestCliPublish::uniqueName(const char *stem) const
{
    return QStringLiteral("@rdtest/%1-%2")
            .arg(QLatin1String(stem))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QByteArray TestCliPublish::config(const QString &name, const QByteArray &publishKey) const
{
    return QByteArrayLiteral("registries:\n  - { type: npm, package: \"") + name.toUtf8()
           + QByteArrayLiteral("\", url: \"") + m_url.toUtf8() + QByteArrayLiteral("\"")
           + publishKey + QByteArrayLiteral(" }\n");
}

void TestCliPublish::makeProject(const QString &name, const QByteArray &extraConfig)
{
    m_scratch = std::make_unique<ScratchRepository>();
    QVERIFY(m_scratch->isValid());
    const QByteArray manifest
            = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("version"), QStringLiteral("0.1.0")},
                                        {QStringLiteral("main"), QStringLiteral("index.js")}})
                      .toJson();
    const QString tarball = name.mid(1).replace(u'/', u'-') + QStringLiteral("-{version}.tgz");
    QByteArray yml = config(name, QByteArrayLiteral(", publish: \"") + tarball.toUtf8() + "\"");
    yml += QByteArrayLiteral("publish:\n  build: [\"npm pack --silent\"]\n"
                             "  commands: [\"echo {tag} >> commands.log\"]\n"
                             "  verify_timeout: 30\n");
    yml += extraConfig;
    m_scratch->commit(QStringLiteral("chore: start"),
                      {{QStringLiteral("package.json"), manifest},
                       {QStringLiteral("index.js"), QByteArrayLiteral("module.exports = 1;\n")},
                       {QStringLiteral(".gitignore"), QByteArrayLiteral("*.tgz\ncommands.log\n")},
                       {QStringLiteral(".releasedesk.yml"), yml}});
    m_scratch->tag(QStringLiteral("v0.1.0"), QStringLiteral("Release 0.1.0"));
    m_scratch->commit(QStringLiteral("feat: answer"),
                      {{QStringLiteral("index.js"), QByteArrayLiteral("module.exports = 42;\n")}});
}

QString TestCliPublish::makeStampedProject(const QString &name, const QByteArray &extraConfig)
{
    makeProject(name, extraConfig);
    const QString yml = QDir(m_scratch->path()).filePath(QStringLiteral(".releasedesk.yml"));
    QByteArray config = *rd::readFile(yml);
    config.replace("npm pack --silent", "date +%s%N > stamp.txt && npm pack --silent");
    m_scratch->commit(QStringLiteral("chore: stamp"),
                      {{QStringLiteral(".releasedesk.yml"), config}});
    return QString(name).mid(1).replace(u'/', u'-') + QStringLiteral("-0.2.0.tgz");
}

CliRun TestCliPublish::previewBuildFirst()
{
    return runCliOn(m_scratch->path(),
                    {QStringLiteral("release"),
                     QStringLiteral("--dry-run"),
                     QStringLiteral("--build-first"),
                     QStringLiteral("--no-push")});
}

QString TestCliPublish::npmView(const QString &spec, const QString &field)
{
    return rd::test::npmView(m_home.path(), m_url, m_npmrc, spec, field);
}

namespace {

QString integrityOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("sha512-")
           + QString::fromLatin1(
                   QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha512).toBase64());
}

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QStringList stepKinds(const QJsonObject &plan)
{
    QStringList kinds;
    for (const QJsonValue &step : plan.value(QLatin1String("steps")).toArray())
        kinds.append(step.toObject().value(QLatin1String("kind")).toString());
    return kinds;
}

} // namespace

void TestCliPublish::releaseBuildsAndPublishes()
{
    const QString name = uniqueName("cli");
    makeProject(name);
    const CliRun run = runCliOn(m_scratch->path(),
                                {QStringLiteral("release"),
                                 QStringLiteral("--yes"),
                                 QStringLiteral("--no-push"),
                                 QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("version")).toString(), QStringLiteral("0.2.0"));
    const QJsonObject publish = json.value(QLatin1String("publish")).toObject();
    QVERIFY(publish.value(QLatin1String("built")).toBool());
    QVERIFY(publish.value(QLatin1String("done")).toBool());
    QCOMPARE(stepKinds(publish.value(QLatin1String("plan")).toObject()),
             (QStringList{QStringLiteral("publish-npm"), QStringLiteral("command")}));

    // The tarball the build made from the release commit is what the registry serves.
    const QString tarball = QDir(m_scratch->path())
                                    .filePath(name.mid(1).replace(u'/', u'-')
                                              + QStringLiteral("-0.2.0.tgz"));
    QVERIFY2(QFileInfo::exists(tarball), qPrintable(tarball));
    QCOMPARE(npmView(name + QStringLiteral("@0.2.0"), QStringLiteral("dist.integrity")),
             integrityOf(tarball));
    QCOMPARE(npmView(name, QStringLiteral("dist-tags.latest")), QStringLiteral("0.2.0"));
    QCOMPARE(lines(QDir(m_scratch->path()).filePath(QStringLiteral("commands.log"))),
             QStringList{QStringLiteral("v0.2.0")});
    QVERIFY(run.err.contains("$ npm pack --silent"));
}

void TestCliPublish::releasePublishesTheGitHubRelease()
{
    const QString name = uniqueName("forge");
    makeProject(name);
    const QString project = QStringLiteral("octo/cli-%1")
                                    .arg(QRandomGenerator::global()->generate(),
                                         8,
                                         16,
                                         QLatin1Char('0'));
    // The release goes to npm and to the GitHub release of its tag, the build's notes file
    // attached; the forge is the double, named in .releasedesk.yml.
    const QString tarball = name.mid(1).replace(u'/', u'-') + QStringLiteral("-{version}.tgz");
    QByteArray yml = config(name, ", publish: \"" + tarball.toUtf8() + "\"");
    yml += "  - { type: github-release, publish: \"sums-{version}.txt\" }\n"
           "publish:\n"
           "  build: [\"npm pack --silent\", \"echo sums of {tag} > sums-{version}.txt\"]\n"
           "  verify_timeout: 30\n"
           "forge: { type: github, api: \""
           + m_forge.url().toString().toUtf8() + "\", project: \"" + project.toUtf8() + "\" }\n";
    m_scratch->commit(QStringLiteral("chore: publish the GitHub release"),
                      {{QStringLiteral(".releasedesk.yml"), yml},
                       {QStringLiteral(".gitignore"), QByteArrayLiteral("*.tgz\nsums-*.txt\n")}});
    const CliRun run = runCliOn(m_scratch->path(),
                                {QStringLiteral("release"),
                                 QStringLiteral("--yes"),
                                 QStringLiteral("--no-push"),
                                 QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject publish = run.json().value(QLatin1String("publish")).toObject();
    QVERIFY(publish.value(QLatin1String("done")).toBool());
    QCOMPARE(stepKinds(publish.value(QLatin1String("plan")).toObject()),
             (QStringList{QStringLiteral("publish-npm"), QStringLiteral("publish-forge-release")}));

    // One published release of the tag: the changelog section as its text, the file attached.
    const QJsonArray releases = m_forge.releaseState(project);
    QCOMPARE(releases.size(), 1);
    const QJsonObject release = releases.first().toObject();
    QCOMPARE(release.value(u"tag_name").toString(), QStringLiteral("v0.2.0"));
    QVERIFY(!release.value(u"draft").toBool());
    QVERIFY(!release.value(u"prerelease").toBool());
    QVERIFY2(release.value(u"body").toString().contains(QStringLiteral("answer")),
             qPrintable(release.value(u"body").toString()));
    const QJsonArray assets = release.value(u"assets").toArray();
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.first()[u"name"].toString(), QStringLiteral("sums-0.2.0.txt"));
    QCOMPARE(assets.first()[u"size"].toInt(), int(QByteArray("sums of v0.2.0\n").size()));
    QCOMPARE(npmView(name, QStringLiteral("dist-tags.latest")), QStringLiteral("0.2.0"));

    // Published again from the tag, nothing is sent twice: still one release, one asset.
    const CliRun again = runCliOn(m_scratch->path(),
                                  {QStringLiteral("publish"),
                                   QStringLiteral("--yes"),
                                   QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(m_forge.releaseState(project).size(), 1);
    QCOMPARE(m_forge.releaseState(project).first()[u"assets"].toArray().size(), 1);
    QVERIFY2(m_forge.log().count("SCHEMA MISMATCH") == 0, m_forge.log().constData());
}

void TestCliPublish::publishFromTheTagSendsNothingTwice()
{
    const QString name = uniqueName("again");
    makeProject(name);
    CliRun run = runCliOn(m_scratch->path(),
                          {QStringLiteral("release"),
                           QStringLiteral("--yes"),
                           QStringLiteral("--no-push"),
                           QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString published = npmView(name + QStringLiteral("@0.2.0"),
                                      QStringLiteral("dist.integrity"));
    QVERIFY(!published.isEmpty());

    // As after a CI publish that failed half-way: from the tag, without rebuilding.
    run = runCliOn(m_scratch->path(),
                   {QStringLiteral("publish"),
                    QStringLiteral("--yes"),
                    QStringLiteral("--skip-build"),
                    QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("tag")).toString(), QStringLiteral("v0.2.0"));
    const QJsonObject publish = json.value(QLatin1String("publish")).toObject();
    QVERIFY(publish.value(QLatin1String("done")).toBool());
    QVERIFY(!publish.value(QLatin1String("built")).toBool());
    // The registry already had the identical tarball: the step found it done.
    const QJsonArray steps = publish.value(QLatin1String("journal"))
                                     .toObject()
                                     .value(QLatin1String("steps"))
                                     .toArray();
    QVERIFY(!steps.isEmpty());
    QVERIFY2(run.err.contains("Already done: Publish " + name.toUtf8()), run.err.constData());
    QCOMPARE(npmView(name + QStringLiteral("@0.2.0"), QStringLiteral("dist.integrity")), published);
    QCOMPARE(npmView(name, QStringLiteral("versions")), QStringLiteral("0.2.0"));
    // Commands run again: nothing records that they ran (the README says so).
    QCOMPARE(lines(QDir(m_scratch->path()).filePath(QStringLiteral("commands.log"))),
             (QStringList{QStringLiteral("v0.2.0"), QStringLiteral("v0.2.0")}));

    // A rebuilt tarball with other bytes under the same version is refused, naming both digests.
    m_scratch->writeFile(QStringLiteral("index.js"), QByteArrayLiteral("module.exports = 7;\n"));
    run = runCliOn(m_scratch->path(),
                   {QStringLiteral("publish"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.json()
                                      .value(QLatin1String("publish"))
                                      .toObject()
                                      .value(QLatin1String("error"))
                                      .toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("publish.conflict"));
    QVERIFY2(error.value(QLatin1String("message")).toString().contains(published),
             qPrintable(error.value(QLatin1String("message")).toString()));
    QCOMPARE(npmView(name + QStringLiteral("@0.2.0"), QStringLiteral("dist.integrity")), published);
    // The stopped publish is journaled: abort it so the clone is free again.
    run = runCliOn(m_scratch->path(),
                   {QStringLiteral("release"), QStringLiteral("--abort"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliPublish::dryRunShowsTheDigestAndChangesNothing()
{
    const QString name = uniqueName("dry");
    makeProject(name);
    CliRun run = runCliOn(m_scratch->path(),
                          {QStringLiteral("release"),
                           QStringLiteral("--dry-run"),
                           QStringLiteral("--no-push")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Then publishes"), run.out.constData());
    QVERIFY(run.out.contains("build: npm pack --silent"));
    QVERIFY(run.out.contains("npm " + name.toUtf8()));

    // Make the release without publishing, pack by hand, then a dry publish shows the digest.
    run = runCliOn(m_scratch->path(),
                   {QStringLiteral("release"),
                    QStringLiteral("--yes"),
                    QStringLiteral("--no-push"),
                    QStringLiteral("--skip-publish")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const CliRun pack = rd::test::runProgram(QStringLiteral("npm"),
                                             {QStringLiteral("pack"), QStringLiteral("--silent")},
                                             m_scratch->path());
    QVERIFY2(pack.exitCode == 0, pack.err.constData());
    const QString tarball = QDir(m_scratch->path()).filePath(QString::fromUtf8(pack.out.trimmed()));
    run = runCliOn(m_scratch->path(), {QStringLiteral("publish"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(integrityOf(tarball).toUtf8()), run.out.constData());
    QVERIFY(run.out.contains("Dry run: nothing was published."));
    QVERIFY(npmView(name + QStringLiteral("@0.2.0"), QStringLiteral("version")).isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(m_scratch->path()).filePath(QStringLiteral("commands.log"))));
}

void TestCliPublish::buildFirstPublishesTheReviewedFiles()
{
    const QString name = uniqueName("first");
    // The dry run builds them in a scratch copy and shows them; nothing is made.
    const QString file = makeStampedProject(name, "  build_first: true\n");
    const CliRun preview = previewBuildFirst();
    QVERIFY2(preview.exitCode == 0, preview.err.constData());
    const QString kept = QDir(m_scratch->path())
                                 .filePath(QStringLiteral(".git/releasedesk/prebuilt/v0.2.0/files/")
                                           + file);
    QFile tarball(kept);
    QVERIFY(tarball.open(QIODevice::ReadOnly));
    const QByteArray bytes = tarball.readAll();
    const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(preview.out.contains("built before the tag")
                     && preview.out.contains(file.toUtf8() + "  " + QByteArray::number(bytes.size())
                                             + " bytes  sha256:" + sha256.toLatin1()),
             preview.out.constData());
    QVERIFY(preview.out.contains(integrityOf(kept).toUtf8()));
    QVERIFY(!QFileInfo::exists(QDir(m_scratch->path()).filePath(file)));
    auto tag = m_scratch->repo().tag(QStringLiteral("v0.2.0"));
    QVERIFY(tag && !*tag);

    // The release publishes exactly those files: kept from the preview, not built again
    // (publish: build_first: true does what --build-first does).
    const CliRun run = runCliOn(m_scratch->path(),
                                {QStringLiteral("release"),
                                 QStringLiteral("--yes"),
                                 QStringLiteral("--no-push"),
                                 QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.err.contains("$ date"), run.err.constData());
    const QJsonObject json = run.json();
    const QJsonArray files = json.value(QLatin1String("prebuilt"))
                                     .toObject()
                                     .value(QLatin1String("files"))
                                     .toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().toObject().value(QLatin1String("sha256")).toString(), sha256);
    QVERIFY(!json.value(QLatin1String("publish"))
                     .toObject()
                     .value(QLatin1String("built"))
                     .toBool());
    QCOMPARE(npmView(name + QStringLiteral("@0.2.0"), QStringLiteral("dist.integrity")),
             integrityOf(kept));
    QVERIFY(!QFileInfo::exists(QDir(m_scratch->path()).filePath(file)));
}

void TestCliPublish::publishLaterSendsTheFilesBuiltBeforeTheTag()
{
    const QString name = uniqueName("later");
    // Built before the tag, released without publishing, published later from the tag.
    const QString file = makeStampedProject(name);
    const CliRun preview = previewBuildFirst();
    QVERIFY2(preview.exitCode == 0, preview.err.constData());
    QVERIFY2(preview.out.contains("kept in .git/releasedesk/prebuilt"), preview.out.constData());
    const CliRun released = runCliOn(m_scratch->path(),
                                     {QStringLiteral("release"),
                                      QStringLiteral("--yes"),
                                      QStringLiteral("--no-push"),
                                      QStringLiteral("--skip-publish")});
    QVERIFY2(released.exitCode == 0, released.err.constData());
    const CliRun published = runCliOn(m_scratch->path(),
                                      {QStringLiteral("publish"), QStringLiteral("--yes")});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    QVERIFY2(published.out.contains("artifacts built before the tag"), published.out.constData());
    QVERIFY2(!published.err.contains("$ date"), published.err.constData());
    const QString kept = QDir(m_scratch->path())
                                 .filePath(QStringLiteral(".git/releasedesk/prebuilt/v0.2.0/files/")
                                           + file);
    QCOMPARE(npmView(name + QStringLiteral("@0.2.0"), QStringLiteral("dist.integrity")),
             integrityOf(kept));
}

void TestCliPublish::skipPublishLeavesTheRegistryAlone()
{
    const QString name = uniqueName("skip");
    makeProject(name);
    const CliRun run = runCliOn(m_scratch->path(),
                                {QStringLiteral("release"),
                                 QStringLiteral("--yes"),
                                 QStringLiteral("--no-push"),
                                 QStringLiteral("--skip-publish"),
                                 QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.json().contains(QLatin1String("publish")));
    QVERIFY(npmView(name, QStringLiteral("version")).isEmpty());
    QVERIFY(!run.err.contains("npm pack"));
}

void TestCliPublish::headPastTheTagIsRefused()
{
    makeProject(uniqueName("past"));
    // HEAD is one feat commit past v0.1.0.
    const CliRun run = runCliOn(m_scratch->path(),
                                {QStringLiteral("publish"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("HEAD is not the release v0.1.0"), run.err.constData());
    QVERIFY(run.err.contains("git switch --detach v0.1.0"));
}

void TestCliPublish::missingArtifactNamesThePattern()
{
    const QString name = uniqueName("missing");
    makeProject(name);
    m_scratch->tag(QStringLiteral("v0.2.0"), QStringLiteral("Release 0.2.0"));
    // No build in a dry run, and nothing packed: the pattern matches nothing.
    const CliRun run = runCliOn(m_scratch->path(),
                                {QStringLiteral("publish"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    const QString expected = name.mid(1).replace(u'/', u'-') + QStringLiteral("-0.2.0.tgz");
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QVERIFY(run.err.contains("matches no file"));
    QVERIFY(run.err.contains(".releasedesk.yml:2"));
}

void TestCliPublish::wrongKeysNameTheirLine()
{
    struct Case
    {
        QByteArray key;
        QByteArray message;
    };
    const QList<Case> cases{
            {", tags: [\"{version}\"]", "tags: is only for oci entries"},
            {", publish: true", "publish: names what to publish here"},
            {", upload_url: \"ftp://x\"", "upload_url: is only for pypi entries"},
    };
    for (const Case &item : cases) {
        m_scratch = std::make_unique<ScratchRepository>();
        m_scratch->commit(QStringLiteral("chore: start"),
                          {{QStringLiteral(".releasedesk.yml"),
                            config(QStringLiteral("@rdtest/keys"), item.key)}});
        m_scratch->tag(QStringLiteral("v0.1.0"), QStringLiteral("Release 0.1.0"));
        const CliRun run = runCliOn(m_scratch->path(),
                                    {QStringLiteral("publish"), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(item.message), run.err.constData());
        QVERIFY2(run.err.contains(".releasedesk.yml:2"), run.err.constData());
    }
}

void TestCliPublish::nothingConfiguredSaysSo()
{
    m_scratch = std::make_unique<ScratchRepository>();
    m_scratch->commit(QStringLiteral("chore: start"),
                      {{QStringLiteral(".releasedesk.yml"),
                        config(QStringLiteral("@rdtest/r"), {})}});
    m_scratch->tag(QStringLiteral("v0.1.0"), QStringLiteral("Release 0.1.0"));
    const CliRun run = runCliOn(m_scratch->path(),
                                {QStringLiteral("publish"),
                                 QStringLiteral("--dry-run"),
                                 QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Nothing to publish"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPublish)
#include "tst_clipublish.moc"
