// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"

#include "config/projectconfig.h"
#include "publish/commandstep.h"
#include "publish/forgereleasestep.h"
#include "publish/ocipromotestep.h"
#include "publish/publishplanner.h"
#include "publish/publishsteps.h"
#include "publish/pypipublishstep.h"
#include "publish/shellcommand.h"
#include "release/stepfactory.h"
#include "util/progress.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace rd;

namespace {

class LogProgress : public Progress
{
public:
    QStringList lines;
    void log(const QString &line) override { lines.append(line); }
};

Result<PublishSettings> settingsOf(const QByteArray &yaml)
{
    auto config = ProjectConfig::parse(yaml, QStringLiteral(".releasedesk.yml"));
    if (!config)
        return std::unexpected(config.error());
    return PublishSettings::fromConfig(config->root());
}

void touch(const QString &path, const QByteArray &content = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestPublishPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishKeysAreRead();
    void readOnlyEntriesAreNotPublished();
    void badKeysNameTheirLine_data();
    void badKeysNameTheirLine();
    void artifactsFollowTheGlobs();
    void artifactErrorsSayWhatToDo();
    void placeholdersAreReplaced();
    void shellCommandsStreamAndFail();
    void shellCommandIsCancelled();
    void commandStepsRoundTrip();
    void planOrdersTargetsThenCommands();
    void pypiUploadsTheBuiltDistributions();
    void ociRetagsTheImageCiBuilt();
    void forgeReleaseAttachesTheAssets();
};

void TestPublishPlanner::publishKeysAreRead()
{
    auto settings = settingsOf(R"(registries:
  - { type: npm, package: "@team/app", url: "http://127.0.0.1:4873", publish: "app-{version}.tgz", dist_tag: next }
  - { type: pypi, package: team-app, url: "http://127.0.0.1:8080", publish: ["dist/*.whl", "dist/*.tar.gz"], upload_url: "http://127.0.0.1:8080/legacy/" }
  - { type: oci, image: "127.0.0.1:5000/team/app", publish: "sha-{commit}" }
  - { type: oci, image: "127.0.0.1:5000/team/tool", publish: "edge", tags: ["{version}", "stable"] }
  - { type: github-release, publish: true }
publish:
  build: ["npm pack", "python3 -m build"]
  commands: "./announce {tag}"
  verify_timeout: 90
  build_first: true
)");
    RD_VERIFY_OK(settings);
    QCOMPARE(settings->targets.size(), 5);
    QCOMPARE(settings->targets.at(0).publish, QStringList{QStringLiteral("app-{version}.tgz")});
    QCOMPARE(settings->targets.at(0).distTag, QStringLiteral("next"));
    QCOMPARE(settings->targets.at(1).publish.size(), 2);
    QCOMPARE(settings->targets.at(1).uploadUrl,
             QUrl(QStringLiteral("http://127.0.0.1:8080/legacy/")));
    QCOMPARE(settings->targets.at(2).tags,
             (QStringList{QStringLiteral("{version}"),
                          QStringLiteral("{major}.{minor}"),
                          QStringLiteral("{major}"),
                          QStringLiteral("latest")}));
    QCOMPARE(settings->targets.at(3).tags,
             (QStringList{QStringLiteral("{version}"), QStringLiteral("stable")}));
    QCOMPARE(settings->targets.at(4).publish, QStringList{QString()});
    QCOMPARE(settings->build.size(), 2);
    QCOMPARE(settings->commands, QStringList{QStringLiteral("./announce {tag}")});
    QCOMPARE(settings->verifyTimeoutSeconds, 90);
    QVERIFY(settings->buildFirst);
    QVERIFY(!settings->isEmpty());
}

void TestPublishPlanner::readOnlyEntriesAreNotPublished()
{
    auto settings = settingsOf(R"(registries:
  - { type: npm, package: "@team/app", url: "http://127.0.0.1:4873" }
  - { type: github-release, publish: false }
  - { type: crates, package: app, url: "http://127.0.0.1:9000" }
)");
    RD_VERIFY_OK(settings);
    QVERIFY(settings->targets.isEmpty());
    QVERIFY(settings->isEmpty());
    QCOMPARE(settings->verifyTimeoutSeconds, 60);
}

void TestPublishPlanner::badKeysNameTheirLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    const QByteArray npm = "registries:\n  - { type: npm, package: a, url: \"http://127.0.0.1:1\"";
    QTest::newRow("tags on npm") << npm + ", tags: [x] }\n"
                                 << ".releasedesk.yml:2"
                                 << "tags: is only for oci entries";
    QTest::newRow("publish true on npm") << npm + ", publish: true }\n"
                                         << ".releasedesk.yml:2"
                                         << "publish: names what to publish";
    QTest::newRow("upload_url on npm") << npm + ", upload_url: \"http://127.0.0.1:2\" }\n"
                                       << ".releasedesk.yml:2"
                                       << "only for pypi";
    QTest::newRow("dist_tag on pypi")
            << QByteArray("registries:\n  - { type: pypi, package: a, url: "
                          "\"http://127.0.0.1:1\", dist_tag: x }\n")
            << ".releasedesk.yml:2"
            << "only for npm";
    QTest::newRow("bad upload_url")
            << QByteArray("registries:\n  - { type: pypi, package: a, url: "
                          "\"http://127.0.0.1:1\", upload_url: \"ftp://x\" }\n")
            << ".releasedesk.yml:2"
            << "not an http(s) address";
    QTest::newRow("crates publish")
            << QByteArray("registries:\n  - { type: crates, package: a, url: "
                          "\"http://127.0.0.1:1\", publish: \"*.crate\" }\n")
            << ".releasedesk.yml:2"
            << "cargo publish";
    QTest::newRow("two oci sources")
            << QByteArray("registries:\n  - { type: oci, image: \"127.0.0.1:5/a\", publish: "
                          "[a, b] }\n")
            << ".releasedesk.yml:2"
            << "one image";
    QTest::newRow("oci tags without version")
            << QByteArray("registries:\n  - { type: oci, image: \"127.0.0.1:5/a\", publish: a, "
                          "tags: [latest] }\n")
            << ".releasedesk.yml:2"
            << "{version}";
    QTest::newRow("source_timeout on npm") << npm + ", source_timeout: 5 }\n"
                                           << ".releasedesk.yml:2"
                                           << "source_timeout: is only for oci entries";
    QTest::newRow("source_timeout too long")
            << QByteArray("registries:\n  - { type: oci, image: \"127.0.0.1:5/a\", publish: a, "
                          "source_timeout: 9000 }\n")
            << ".releasedesk.yml:2"
            << "from 0 to 7200";
    QTest::newRow("publish not a map") << QByteArray("publish: npm pack\n") << ".releasedesk.yml:1"
                                       << "expected a map";
    QTest::newRow("publish typo") << QByteArray("publish:\n  buld: [x]\n") << ".releasedesk.yml:2"
                                  << "buld";
    QTest::newRow("timeout zero") << QByteArray("publish:\n  verify_timeout: 0\n")
                                  << ".releasedesk.yml:2"
                                  << "from 1 to 3600";
    QTest::newRow("build_first not a flag")
            << QByteArray("publish:\n  build_first: soon\n") << ".releasedesk.yml:2"
            << "build_first";
    QTest::newRow("empty command")
            << QByteArray("publish:\n  commands: [\"  \"]\n") << ".releasedesk.yml:2"
            << "an empty command";
}

void TestPublishPlanner::badKeysNameTheirLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    QFETCH(QString, says);
    auto settings = settingsOf(yaml);
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.contains(says), qPrintable(settings.error().message));
    QVERIFY2(settings.error().source.startsWith(where) || settings.error().message.contains(where),
             qPrintable(settings.error().toString()));
}

void TestPublishPlanner::artifactsFollowTheGlobs()
{
    QTemporaryDir root;
    touch(root.filePath(QStringLiteral("dist/app-1.4.0-py3-none-any.whl")));
    touch(root.filePath(QStringLiteral("dist/app-1.4.0.tar.gz")));
    touch(root.filePath(QStringLiteral("dist/app-1.3.0.tar.gz")));
    touch(root.filePath(QStringLiteral("app-1.4.0.tgz")));
    RegistryTarget target;
    target.type = RegistryTarget::Type::PyPI;
    target.package = QStringLiteral("app");
    target.publish = {QStringLiteral("dist/*-{version}*"),
                      QStringLiteral("dist/app-{version}.tar.gz")};
    PublishRelease release;
    release.root = root.path();
    release.version = *Version::parse(u"1.4.0");
    release.tag = QStringLiteral("v1.4.0");
    auto files = PublishPlanner::artifacts(target, release);
    RD_VERIFY_OK(files);
    // Sorted by name within a glob, each file once, 1.3.0 left out by {version}.
    QCOMPARE(*files,
             (QStringList{root.filePath(QStringLiteral("dist/app-1.4.0-py3-none-any.whl")),
                          root.filePath(QStringLiteral("dist/app-1.4.0.tar.gz"))}));
    target.publish = {QStringLiteral("app-{version}.tgz")};
    files = PublishPlanner::artifacts(target, release);
    RD_VERIFY_OK(files);
    QCOMPARE(*files, QStringList{root.filePath(QStringLiteral("app-1.4.0.tgz"))});
    // A forge release without assets.
    target.publish = {QString()};
    files = PublishPlanner::artifacts(target, release);
    RD_VERIFY_OK(files);
    QVERIFY(files->isEmpty());
}

void TestPublishPlanner::artifactErrorsSayWhatToDo()
{
    QTemporaryDir root;
    RegistryTarget target;
    target.type = RegistryTarget::Type::Npm;
    target.package = QStringLiteral("@team/app");
    target.origin = QStringLiteral(".releasedesk.yml:3");
    PublishRelease release;
    release.root = root.path();
    release.version = *Version::parse(u"2.0.0");
    const auto errorOf = [&](const QString &glob) {
        target.publish = {glob};
        auto files = PublishPlanner::artifacts(target, release);
        return files ? Error{} : files.error();
    };
    Error error = errorOf(QStringLiteral("app-{version}.tgz"));
    QCOMPARE(error.code, errc::publishNoArtifact.toString());
    QVERIFY2(error.message.contains(QStringLiteral("app-2.0.0.tgz")), qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("matches no file")));
    QVERIFY(error.message.startsWith(QStringLiteral("npm @team/app")));
    QCOMPARE(error.source, QStringLiteral(".releasedesk.yml:3"));
    error = errorOf(QStringLiteral("*/app.tgz"));
    QVERIFY2(error.message.contains(QStringLiteral("wildcard in a folder")),
             qPrintable(error.message));
    error = errorOf(QStringLiteral("../elsewhere/app.tgz"));
    QVERIFY2(error.message.contains(QStringLiteral("outside the project")),
             qPrintable(error.message));
    error = errorOf(QStringLiteral("/tmp/app.tgz"));
    QVERIFY(error.message.contains(QStringLiteral("outside the project")));
}

void TestPublishPlanner::placeholdersAreReplaced()
{
    QCOMPARE(expandPlaceholders(QStringLiteral("{tag} {version} {major}.{minor}.{patch}"),
                                QStringLiteral("2.10.3-rc.1"),
                                QStringLiteral("v2.10.3-rc.1")),
             QStringLiteral("v2.10.3-rc.1 2.10.3-rc.1 2.10.3"));
}

void TestPublishPlanner::shellCommandsStreamAndFail()
{
    QTemporaryDir dir;
    LogProgress progress;
    RD_VERIFY_OK(
            runShellCommand(QStringLiteral("echo one; echo two >&2; pwd"), dir.path(), &progress));
    QCOMPARE(progress.lines.size(), 4);
    QCOMPARE(progress.lines.at(0), QStringLiteral("$ echo one; echo two >&2; pwd"));
    QCOMPARE(progress.lines.at(1), QStringLiteral("one"));
    QCOMPARE(progress.lines.at(2), QStringLiteral("two"));
    QCOMPARE(QFileInfo(progress.lines.at(3)).canonicalFilePath(),
             QFileInfo(dir.path()).canonicalFilePath());

    const auto failed
            = runShellCommand(QStringLiteral("for i in $(seq 1 30); do echo line$i; done; exit 3"),
                              dir.path(),
                              nullptr);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, errc::commandFailed.toString());
    QVERIFY2(failed.error().message.contains(QStringLiteral("exited with code 3")),
             qPrintable(failed.error().message));
    // The last lines say why; not the whole output.
    QVERIFY(failed.error().message.contains(QStringLiteral("line30")));
    QVERIFY(!failed.error().message.contains(QStringLiteral("line10\n")));
}

void TestPublishPlanner::shellCommandIsCancelled()
{
    QTemporaryDir dir;
    LogProgress progress;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        progress.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    const auto ran = runShellCommand(QStringLiteral("sleep 30"), dir.path(), &progress);
    canceller.join();
    QVERIFY(!ran);
    QCOMPARE(ran.error().code, errc::cancelled.toString());
    QVERIFY(timer.elapsed() < 20000);
}

void TestPublishPlanner::commandStepsRoundTrip()
{
    registerPublishSteps();
    const CommandStep step(2, QStringLiteral("./announce v1.0.0"));
    QJsonObject described{{QStringLiteral("kind"), step.kind()},
                          {QStringLiteral("id"), step.id()},
                          {QStringLiteral("data"), step.toJson()}};
    auto rebuilt = StepFactory::create(described);
    RD_VERIFY_OK(rebuilt);
    QCOMPARE((*rebuilt)->id(), QStringLiteral("command:2"));
    QCOMPARE(static_cast<CommandStep *>(rebuilt->get())->command(),
             QStringLiteral("./announce v1.0.0"));
    described.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("index"), 2}});
    QVERIFY(!StepFactory::create(described));
}

void TestPublishPlanner::planOrdersTargetsThenCommands()
{
    QTemporaryDir root;
    PublishSettings settings;
    settings.commands = {QStringLiteral("echo {tag}"), QStringLiteral("echo {commit}")};
    PublishRelease release;
    release.root = root.path();
    release.version = *Version::parse(u"1.0.0");
    release.tag = QStringLiteral("v1.0.0");
    release.commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    auto plan = PublishPlanner::plan(settings, release);
    RD_VERIFY_OK(plan);
    QCOMPARE(plan->size(), 2);
    QCOMPARE(plan->tagName, QStringLiteral("v1.0.0"));
    QCOMPARE(static_cast<CommandStep *>(plan->step(0))->command(), QStringLiteral("echo v1.0.0"));
    QCOMPARE(static_cast<CommandStep *>(plan->step(1))->command(),
             QStringLiteral("echo 0123456789abcdef0123456789abcdef01234567"));

    // An npm tarball of another version is refused when planning, naming it.
    RegistryTarget npm;
    npm.type = RegistryTarget::Type::Npm;
    npm.package = QStringLiteral("app");
    npm.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
    npm.publish = {QStringLiteral("*.tgz")};
    touch(root.filePath(QStringLiteral("a.tgz")));
    touch(root.filePath(QStringLiteral("b.tgz")));
    settings.targets = {npm};
    plan = PublishPlanner::plan(settings, release);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(QStringLiteral("names 2 tarballs")),
             qPrintable(plan.error().message));
}

namespace {

PublishRelease releaseIn(const QString &root, QStringView version)
{
    PublishRelease release;
    release.root = root;
    release.version = *Version::parse(version);
    release.tag = u'v' + version.toString();
    release.commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    return release;
}

// dist/<name>-<version>.tar.gz: an sdist whose PKG-INFO names `name` and `version`, packed by
// the system's tar as a build would.
void writeSdist(const QString &root, const QString &name, const QString &version)
{
    const QString top = name + u'-' + version;
    touch(root + QStringLiteral("/src/") + top + QStringLiteral("/PKG-INFO"),
          "Metadata-Version: 2.1\nName: " + name.toUtf8() + "\nVersion: " + version.toUtf8()
                  + "\nSummary: a test\n");
    QDir().mkpath(root + QStringLiteral("/dist"));
    QProcess tar;
    tar.setWorkingDirectory(root + QStringLiteral("/src"));
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"),
               root + QStringLiteral("/dist/") + top + QStringLiteral(".tar.gz"),
               top});
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
}

} // namespace

void TestPublishPlanner::pypiUploadsTheBuiltDistributions()
{
    QTemporaryDir root;
    writeSdist(root.path(), QStringLiteral("rd_app"), QStringLiteral("1.4.0"));
    writeSdist(root.path(), QStringLiteral("rd_app"), QStringLiteral("1.3.0"));
    RegistryTarget pypi;
    pypi.type = RegistryTarget::Type::PyPI;
    pypi.package = QStringLiteral("rd-app");
    pypi.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
    pypi.uploadUrl = QUrl(QStringLiteral("http://127.0.0.1:1/legacy/"));
    pypi.publish = {QStringLiteral("dist/*-{version}.tar.gz")};
    PublishSettings settings;
    settings.targets = {pypi};
    settings.verifyTimeoutSeconds = 7;
    auto plan = PublishPlanner::plan(settings, releaseIn(root.path(), u"1.4.0"));
    RD_VERIFY_OK(plan);
    QCOMPARE(plan->size(), 1);
    const auto *step = dynamic_cast<PypiPublishStep *>(plan->step(0));
    QVERIFY(step);
    QCOMPARE(step->data().uploadUrl, pypi.uploadUrl);
    QCOMPARE(step->data().version, QStringLiteral("1.4.0"));
    QCOMPARE(step->data().verifyTimeoutMs, 7000);
    QCOMPARE(step->data().files.size(), 1);
    QCOMPARE(step->data().files.first().fileName, QStringLiteral("rd_app-1.4.0.tar.gz"));
    QCOMPARE(step->data().files.first().fileType, QStringLiteral("sdist"));

    // A glob that takes in the earlier version's file too is refused, naming the version.
    settings.targets.first().publish = {QStringLiteral("dist/*.tar.gz")};
    plan = PublishPlanner::plan(settings, releaseIn(root.path(), u"1.4.0"));
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(QStringLiteral("1.3.0")),
             qPrintable(plan.error().message));
}

void TestPublishPlanner::ociRetagsTheImageCiBuilt()
{
    QTemporaryDir root;
    auto settings = settingsOf("registries:\n"
                               "  - { type: oci, image: \"127.0.0.1:5000/team/app\",\n"
                               "      publish: \"sha-{commit}\" }\n");
    RD_VERIFY_OK(settings);
    auto plan = PublishPlanner::plan(*settings, releaseIn(root.path(), u"1.4.0"));
    RD_VERIFY_OK(plan);
    QCOMPARE(plan->size(), 1);
    const auto *step = dynamic_cast<OciPromoteStep *>(plan->step(0));
    QVERIFY(step);
    // {commit} is left to the step (full id, then the short one); the tags are the defaults.
    QCOMPARE(step->data().source, QStringLiteral("sha-{commit}"));
    QCOMPARE(step->data().tags,
             (QStringList{QStringLiteral("1.4.0"),
                          QStringLiteral("1.4"),
                          QStringLiteral("1"),
                          QStringLiteral("latest")}));
    QCOMPARE(step->data().versionTag, QStringLiteral("1.4.0"));
    QCOMPARE(step->data().releaseTag, QStringLiteral("v1.4.0"));
    QCOMPARE(step->data().repository, QStringLiteral("team/app"));
    // CI gets ten minutes to push the image by default; source_timeout: says otherwise.
    QCOMPARE(step->data().sourceTimeoutMs, 600000);
    auto quick = settingsOf("registries:\n"
                            "  - { type: oci, image: \"127.0.0.1:5000/team/app\",\n"
                            "      publish: \"sha-{commit}\", source_timeout: 5 }\n");
    RD_VERIFY_OK(quick);
    auto quickPlan = PublishPlanner::plan(*quick, releaseIn(root.path(), u"1.4.0"));
    RD_VERIFY_OK(quickPlan);
    QCOMPARE(static_cast<OciPromoteStep *>(quickPlan->step(0))->data().sourceTimeoutMs, 5000);

    // A pre-release moves no floating tag.
    plan = PublishPlanner::plan(*settings, releaseIn(root.path(), u"1.5.0-rc.1"));
    RD_VERIFY_OK(plan);
    step = dynamic_cast<OciPromoteStep *>(plan->step(0));
    QVERIFY(step);
    QCOMPARE(step->data().tags, QStringList{QStringLiteral("1.5.0-rc.1")});
    // The artifacts' globs are not read for an image: no file is needed.
    QVERIFY(QDir(root.path()).isEmpty());
}

void TestPublishPlanner::forgeReleaseAttachesTheAssets()
{
    QTemporaryDir root;
    touch(root.filePath(QStringLiteral("dist/app-1.4.0.tar.gz")), "tarball");
    RegistryTarget github;
    github.type = RegistryTarget::Type::GitHubRelease;
    github.publish = {QStringLiteral("dist/app-{version}.tar.gz")};
    PublishSettings settings;
    settings.targets = {github};
    PublishRelease release = releaseIn(root.path(), u"1.4.0");
    release.notes = QStringLiteral("## 1.4.0\n\n* a feature");

    // Without a forge the entry says why there is none.
    release.forgeProblem = QStringLiteral("origin names no forge");
    auto plan = PublishPlanner::plan(settings, release);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(QStringLiteral("origin names no forge")),
             qPrintable(plan.error().message));

    release.forge = ForgeLocation{ForgeLocation::Type::GitHub,
                                  QUrl(QStringLiteral("http://127.0.0.1:1")),
                                  QStringLiteral("octo/app")};
    plan = PublishPlanner::plan(settings, release);
    RD_VERIFY_OK(plan);
    const auto *step = dynamic_cast<ForgeReleaseStep *>(plan->step(0));
    QVERIFY(step);
    QCOMPARE(step->data().tag, QStringLiteral("v1.4.0"));
    QCOMPARE(step->data().notes, release.notes);
    QVERIFY(!step->data().prerelease);
    QCOMPARE(step->data().assets.size(), 1);
    QCOMPARE(step->data().assets.first().name, QStringLiteral("app-1.4.0.tar.gz"));
    QCOMPARE(step->data().assets.first().size, qint64(7));

    // publish: true is a release without assets; a pre-release is marked as one.
    settings.targets.first().publish = {QString()};
    plan = PublishPlanner::plan(settings, releaseIn(root.path(), u"1.5.0-rc.1"));
    QVERIFY(!plan); // no forge in this release
    release = releaseIn(root.path(), u"1.5.0-rc.1");
    release.forge = ForgeLocation{ForgeLocation::Type::GitHub,
                                  QUrl(QStringLiteral("http://127.0.0.1:1")),
                                  QStringLiteral("octo/app")};
    plan = PublishPlanner::plan(settings, release);
    RD_VERIFY_OK(plan);
    step = dynamic_cast<ForgeReleaseStep *>(plan->step(0));
    QVERIFY(step);
    QVERIFY(step->data().prerelease);
    QVERIFY(step->data().assets.isEmpty());

    // A project on GitLab gets its GitLab release the same way.
    settings.targets.first().type = RegistryTarget::Type::GitLabRelease;
    settings.targets.first().publish = {QStringLiteral("dist/app-{version}.tar.gz")};
    release = releaseIn(root.path(), u"1.4.0");
    release.forge = ForgeLocation{ForgeLocation::Type::GitLab,
                                  QUrl(QStringLiteral("http://127.0.0.1:1/api/v4")),
                                  QStringLiteral("group/app")};
    plan = PublishPlanner::plan(settings, release);
    RD_VERIFY_OK(plan);
    step = dynamic_cast<ForgeReleaseStep *>(plan->step(0));
    QVERIFY(step);
    QCOMPARE(step->data().forge.type, ForgeLocation::Type::GitLab);
    QCOMPARE(step->data().assets.size(), 1);
}

QTEST_GUILESS_MAIN(TestPublishPlanner)
#include "tst_publishplanner.moc"
