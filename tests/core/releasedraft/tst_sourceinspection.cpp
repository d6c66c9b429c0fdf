// SPDX-License-Identifier: GPL-3.0-or-later
// Detection, comparison and writing on real repositories built in temporary folders.
#include "expectedcheck.h"
#include "scratchrepository.h"

#include "git/library.h"
#include "git/repository.h"
#include "project/package.h"
#include "project/project.h"
#include "releasedraft/sourceinspection.h"
#include "sources/sourcereport.h"
#include "sources/sourcescanner.h"
#include "sources/versionplan.h"

#include "release/worktreecheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rd;
using rd::test::ScratchRepository;

namespace {

const SourceEntry *entryFor(const SourceReport &report, const QString &id)
{
    for (const SourceEntry &entry : report.entries) {
        if (entry.source.id() == id)
            return &entry;
    }
    return nullptr;
}

QString statusOf(const SourceReport &report, const QString &id)
{
    const SourceEntry *entry = entryFor(report, id);
    return entry ? toString(entry->status) : QStringLiteral("absent");
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSourceInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsAndComparesWithTheTag();
    void bareRepositoryReadsHeadsTree();
    void packageTagsUseThePackagePattern();
    void skipsDependencyIgnoredAndExcludedFolders();
    void primarySourceIsTheReference();
    void noTagComparesWithFirstProjectSource();
    void extraSourcesAndMissingFiles();
    void setVersionWritesEverySourceAndAgreesAfterwards();
    void planRefusesStaleFiles();
    void planBlocksOnUnrepresentableVersion();
    void settingsErrorsNameTheLine();

private:
    void buildMismatch(ScratchRepository &scratch);
    git::Library m_library;
};

void TestSourceInspection::buildMismatch(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral("pyproject.toml"),
                     "[project]\nname = \"demo\"\nversion = \"3.3.0\"\n"},
                    {QStringLiteral("package.json"), "{\n  \"version\": \"3.2.0\"\n}\n"},
                    {QStringLiteral("src/demo/__init__.py"), "__version__ = '3.2.0'\n"},
                    {QStringLiteral("setup.cfg"), "[metadata]\nversion = attr: demo.__version__\n"},
                    {QStringLiteral("CHANGELOG.md"), "# Changelog\n\n## [3.1.0] - 2024-01-01\n"},
                    {QStringLiteral("docs/VERSION"), "three\n"}});
    scratch.tag(QStringLiteral("v3.2.0"), QStringLiteral("Release 3.2.0"));
}

void TestSourceInspection::packageTagsUseThePackagePattern()
{
    // A monorepo whose repository-wide tags (v9.0.0) are of another line than the package's
    // (api@1.4.0): the package's report compares with the package's own latest tag.
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral("packages/api/package.json"), "{\"version\": \"1.4.0\"}"},
                    {QStringLiteral(".releasedesk.yml"),
                     "packages:\n  api:\n    path: packages/api\n"}});
    scratch.tag(QStringLiteral("v9.0.0"), QStringLiteral("Release 9.0.0"));
    scratch.tag(QStringLiteral("api@1.3.0"), QStringLiteral("api 1.3.0"));
    scratch.tag(QStringLiteral("api@1.4.0"), QStringLiteral("api 1.4.0"));
    auto project = Project::open(scratch.path());
    QVERIFY(project);

    auto whole = inspectSources(*project);
    RD_VERIFY_OK(whole);
    QCOMPARE(whole->referenceName, QStringLiteral("tag v9.0.0"));
    QCOMPARE(statusOf(*whole, QStringLiteral("packages/api/package.json#version")),
             QStringLiteral("behind"));

    auto api = inspectSources(*project, QStringLiteral("api"));
    RD_VERIFY_OK(api);
    QCOMPARE(api->referenceName, QStringLiteral("tag api@1.4.0"));
    QCOMPARE(api->entries.first().source.note, QStringLiteral("Tag pattern api@{version}."));
    QCOMPARE(statusOf(*api, QStringLiteral("packages/api/package.json#version")),
             QStringLiteral("agrees"));

    auto unknown = inspectSources(*project, QStringLiteral("web"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, errc::unknownPackage.toString());
}

void TestSourceInspection::detectsAndComparesWithTheTag()
{
    ScratchRepository scratch;
    buildMismatch(scratch);
    auto project = Project::open(scratch.path());
    QVERIFY(project);
    auto report = inspectSources(*project);
    RD_VERIFY_OK(report);
    QCOMPARE(report->reference->toString(), QStringLiteral("3.2.0"));
    QCOMPARE(report->referenceName, QStringLiteral("tag v3.2.0"));
    QCOMPARE(report->entries.size(), 7);
    QCOMPARE(report->entries.first().source.id(), QStringLiteral("tag"));
    QVERIFY(report->entries.first().isReference);
    QCOMPARE(statusOf(*report, QStringLiteral("pyproject.toml#[project] version")),
             QStringLiteral("ahead"));
    QCOMPARE(statusOf(*report, QStringLiteral("package.json#version")), QStringLiteral("agrees"));
    QCOMPARE(statusOf(*report, QStringLiteral("src/demo/__init__.py#__version__")),
             QStringLiteral("agrees"));
    QCOMPARE(statusOf(*report, QStringLiteral("setup.cfg#[metadata] version")),
             QStringLiteral("dynamic"));
    QCOMPARE(statusOf(*report, QStringLiteral("CHANGELOG.md#latest release")),
             QStringLiteral("behind"));
    QCOMPARE(statusOf(*report, QStringLiteral("docs/VERSION")), QStringLiteral("unparseable"));
    QVERIFY(report->hasMismatch());
    QCOMPARE(entryFor(*report, QStringLiteral("pyproject.toml#[project] version"))->source.line, 3);
}

// A bare repository has no work tree: its settings and version files are read from HEAD's
// tree, nothing else (an uncommitted file of the clone it came from does not count), and the
// release's pre-flight says a release needs a work tree.
void TestSourceInspection::bareRepositoryReadsHeadsTree()
{
    ScratchRepository scratch;
    buildMismatch(scratch);
    scratch.commit(QStringLiteral("chore: settings"),
                   {{QStringLiteral(".releasedesk.yml"),
                     "sources:\n  ignore: [\"docs/VERSION\"]\n"},
                    {QStringLiteral("node_modules/x/package.json"), "{\"version\": \"9.9.9\"}"}});
    scratch.writeFile(QStringLiteral("VERSION"), "8.0.0\n"); // not committed
    QTemporaryDir bare;
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("clone"),
               QStringLiteral("--quiet"),
               QStringLiteral("--bare"),
               scratch.path(),
               bare.path() + QStringLiteral("/demo.git")});
    QVERIFY(git.waitForFinished(60000));
    QCOMPARE(git.exitCode(), 0);

    auto project = Project::open(bare.path() + QStringLiteral("/demo.git"));
    RD_VERIFY_OK(project);
    QVERIFY(project->isHeadView());
    auto report = inspectSources(*project);
    RD_VERIFY_OK(report);
    QCOMPARE(report->referenceName, QStringLiteral("tag v3.2.0"));
    // The work tree's seven sources less docs/VERSION, which HEAD's .releasedesk.yml ignores;
    // neither the dependency folder nor the uncommitted VERSION.
    QCOMPARE(report->entries.size(), 6);
    QCOMPARE(statusOf(*report, QStringLiteral("pyproject.toml#[project] version")),
             QStringLiteral("ahead"));
    QCOMPARE(statusOf(*report, QStringLiteral("src/demo/__init__.py#__version__")),
             QStringLiteral("agrees"));
    QCOMPARE(statusOf(*report, QStringLiteral("docs/VERSION")), QStringLiteral("absent"));
    QCOMPARE(statusOf(*report, QStringLiteral("VERSION")), QStringLiteral("absent"));
    QVERIFY(std::any_of(report->warnings.cbegin(), report->warnings.cend(), [](const QString &w) {
        return w.contains(QStringLiteral("bare")) && w.contains(QStringLiteral("work tree"));
    }));

    PreflightContext context(project->repository());
    const CheckResult worktree = WorkTreeCheck().run(context, nullptr);
    QCOMPARE(worktree.status, CheckResult::Status::Fail);
    QVERIFY2(worktree.message.contains(QStringLiteral("needs a work tree")),
             qPrintable(worktree.message));
}

void TestSourceInspection::skipsDependencyIgnoredAndExcludedFolders()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("chore: files"),
                   {{QStringLiteral("package.json"), "{\"version\": \"1.0.0\"}"},
                    {QStringLiteral(".gitignore"), "generated/\n*.local.json\n"},
                    {QStringLiteral(".releasedesk.yml"), "sources:\n  exclude: [examples/**]\n"}});
    scratch.writeFile(QStringLiteral("node_modules/a/package.json"), "{\"version\": \"9.0.0\"}");
    scratch.writeFile(QStringLiteral("generated/package.json"), "{\"version\": \"9.0.0\"}");
    scratch.writeFile(QStringLiteral("examples/app/package.json"), "{\"version\": \"9.0.0\"}");
    scratch.writeFile(QStringLiteral("build/VERSION"), "9.0.0\n");
    scratch.writeFile(QStringLiteral(".hidden/VERSION"), "9.0.0\n");
    scratch.writeFile(QStringLiteral("packages/b/package.json"), "{\"version\": \"1.0.0\"}");
    auto project = Project::open(scratch.path());
    QVERIFY(project);
    auto settings = SourceSettings::fromConfig(project->settings().config);
    QVERIFY(settings);
    const git::Repository &repository = project->repository();
    const IgnoreRules ignored = [&repository](const QString &path) {
        auto answer = repository.isIgnored(path);
        return answer && *answer;
    };
    auto candidates = SourceScanner::detect(project->root(), ignored, *settings);
    QVERIFY(candidates);
    QStringList paths;
    for (const SourceCandidate &candidate : *candidates)
        paths.append(candidate.path);
    paths.sort();
    QCOMPARE(paths,
             (QStringList{QStringLiteral("package.json"),
                          QStringLiteral("packages/b/package.json")}));
}

void TestSourceInspection::primarySourceIsTheReference()
{
    ScratchRepository scratch;
    buildMismatch(scratch);
    scratch.commit(
            QStringLiteral("chore: config"),
            {{QStringLiteral(".releasedesk.yml"),
              "sources:\n  primary: \"pyproject.toml#[project] version\"\n  ignore: [docs/*]\n"}});
    auto project = Project::open(scratch.path());
    QVERIFY(project);
    auto report = inspectSources(*project);
    QVERIFY(report);
    QCOMPARE(report->reference->toString(), QStringLiteral("3.3.0"));
    QCOMPARE(statusOf(*report, QStringLiteral("tag")), QStringLiteral("behind"));
    QCOMPARE(statusOf(*report, QStringLiteral("package.json#version")), QStringLiteral("behind"));
    QVERIFY(entryFor(*report, QStringLiteral("pyproject.toml#[project] version"))->isReference);
    QVERIFY(!entryFor(*report, QStringLiteral("docs/VERSION")));

    auto wrong
            = SourceReport::compare(report->entries.isEmpty()
                                            ? QList<VersionSource>{}
                                            : QList<VersionSource>{report->entries.first().source},
                                    QStringLiteral("nope.toml"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, errc::primaryNotFound.toString());
}

void TestSourceInspection::noTagComparesWithFirstProjectSource()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral("package.json"), "{\"version\": \"0.2.0\"}"},
                    {QStringLiteral("sub/Cargo.toml"), "[package]\nversion = \"0.1.0\"\n"}});
    auto project = Project::open(scratch.path());
    QVERIFY(project);
    auto report = inspectSources(*project);
    QVERIFY(report);
    QCOMPARE(report->reference->toString(), QStringLiteral("0.2.0"));
    QCOMPARE(report->warnings.size(), 1);
    QCOMPARE(statusOf(*report, QStringLiteral("sub/Cargo.toml#[package] version")),
             QStringLiteral("behind"));
}

void TestSourceInspection::extraSourcesAndMissingFiles()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral("src/version.h"),
                     "#pragma once\n#define APP_VERSION \"1.0.0\"\n"},
                    {QStringLiteral("app.json"), "{\"expo\": {\"version\": \"0.9.0\"}}"},
                    {QStringLiteral(".releasedesk.yml"),
                     "sources:\n  extra:\n    - file: src/version.h\n      regex: 'APP_VERSION "
                     "\"([^\"]+)\"'\n"
                     "    - file: app.json\n      key: expo.version\n    - file: gone.txt\n      "
                     "regex: '(.*)'\n"}});
    scratch.tag(QStringLiteral("v1.0.0"));
    auto project = Project::open(scratch.path());
    QVERIFY(project);
    auto report = inspectSources(*project);
    RD_VERIFY_OK(report);
    const SourceEntry *header = entryFor(*report, QStringLiteral("src/version.h#regex"));
    QVERIFY(header);
    QCOMPARE(toString(header->status), QStringLiteral("agrees"));
    QCOMPARE(header->source.line, 2);
    QCOMPARE(statusOf(*report, QStringLiteral("app.json#expo.version")), QStringLiteral("behind"));
    QCOMPARE(statusOf(*report, QStringLiteral("gone.txt#regex")), QStringLiteral("missing"));

    QList<VersionSource> sources;
    for (const SourceEntry &entry : report->entries)
        sources.append(entry.source);
    auto plan = VersionPlan::make(project->root(), sources, *Version::parse(u"1.1.0"));
    QVERIFY(plan);
    QVERIFY(!plan->isBlocked());
    QVERIFY(plan->apply());
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/src/version.h")),
             QByteArray("#pragma once\n#define APP_VERSION \"1.1.0\"\n"));
}

void TestSourceInspection::setVersionWritesEverySourceAndAgreesAfterwards()
{
    ScratchRepository scratch;
    buildMismatch(scratch);
    auto project = Project::open(scratch.path());
    QVERIFY(project);
    auto report = inspectSources(*project);
    QVERIFY(report);
    QList<VersionSource> sources;
    for (const SourceEntry &entry : report->entries)
        sources.append(entry.source);
    auto plan = VersionPlan::make(project->root(), sources, *Version::parse(u"3.3.0"));
    QVERIFY(plan);
    // pyproject already says 3.3.0; package.json and __init__.py change; docs/VERSION ("three")
    // is no version and is left to a person.
    QCOMPARE(plan->edits.size(), 2);
    const auto unparseable = std::find_if(plan->skipped.cbegin(),
                                          plan->skipped.cend(),
                                          [](const SkippedSource &skip) {
                                              return skip.source.path == u"docs/VERSION";
                                          });
    QVERIFY(unparseable != plan->skipped.cend());
    QVERIFY(!unparseable->blocking);
    QCOMPARE(plan->unchanged, QStringList{QStringLiteral("pyproject.toml#[project] version")});
    QVERIFY(!plan->isBlocked());
    QCOMPARE(plan->edits.at(0).diff(),
             QByteArray("--- a/package.json\n+++ b/package.json\n@@ -1,3 +1,3 @@\n {\n-  "
                        "\"version\": \"3.2.0\"\n+  \"version\": \"3.3.0\"\n }\n"));
    const QByteArray pyprojectBefore = fileContent(scratch.path()
                                                   + QStringLiteral("/pyproject.toml"));
    QVERIFY(plan->apply());
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/pyproject.toml")), pyprojectBefore);
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/src/demo/__init__.py")),
             QByteArray("__version__ = '3.3.0'\n"));
    scratch.tag(QStringLiteral("v3.3.0"));
    auto after = inspectSources(*project);
    QVERIFY(after);
    // Only the changelog (read-only), the dynamic setup.cfg and docs/VERSION differ now.
    QCOMPARE(after->count(SourceStatus::Agrees), 4);
    QCOMPARE(statusOf(*after, QStringLiteral("CHANGELOG.md#latest release")),
             QStringLiteral("behind"));
}

void TestSourceInspection::planRefusesStaleFiles()
{
    ScratchRepository scratch;
    buildMismatch(scratch);
    auto project = Project::open(scratch.path());
    auto report = inspectSources(*project);
    QVERIFY(report);
    QList<VersionSource> sources;
    for (const SourceEntry &entry : report->entries)
        sources.append(entry.source);
    auto plan = VersionPlan::make(project->root(), sources, *Version::parse(u"4.0.0"));
    QVERIFY(plan);
    scratch.writeFile(QStringLiteral("package.json"), "{\n  \"version\": \"3.9.0\"\n}\n");
    const Status applied = plan->apply();
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, errc::staleSource.toString());
    // Nothing was written, not even the files that did not change.
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/src/demo/__init__.py")),
             QByteArray("__version__ = '3.2.0'\n"));
}

void TestSourceInspection::planBlocksOnUnrepresentableVersion()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral("CMakeLists.txt"), "project(x VERSION 1.0.0)\n"},
                    {QStringLiteral("package.json"), "{\"version\": \"1.0.0\"}"}});
    auto project = Project::open(scratch.path());
    auto report = inspectSources(*project);
    QVERIFY(report);
    QList<VersionSource> sources;
    for (const SourceEntry &entry : report->entries)
        sources.append(entry.source);
    auto plan = VersionPlan::make(project->root(), sources, *Version::parse(u"1.1.0-rc.1"));
    QVERIFY(plan);
    QVERIFY(plan->isBlocked());
    QCOMPARE(plan->skipped.size(), 1);
    QCOMPARE(plan->skipped.first().reason.code, errc::notRepresentable.toString());
    QCOMPARE(plan->skipped.first().reason.source, QStringLiteral("CMakeLists.txt:1"));
}

void TestSourceInspection::settingsErrorsNameTheLine()
{
    auto config = ProjectConfig::parse(
            "sources:\n  extra:\n    - file: a\n      scheme: calver\n      regex: x\n",
            QStringLiteral(".releasedesk.yml"));
    QVERIFY(config);
    auto settings = SourceSettings::fromConfig(*config);
    QVERIFY(!settings);
    QCOMPARE(settings.error().source, QStringLiteral(".releasedesk.yml:4"));
    auto typo = ProjectConfig::parse("sources:\n  exlude: [a]\n",
                                     QStringLiteral(".releasedesk.yml"));
    QVERIFY(!SourceSettings::fromConfig(*typo));
    SourceSettings globs;
    globs.exclude = {QStringLiteral("examples/**"),
                     QStringLiteral("**/fixtures"),
                     QStringLiteral("a/*.json")};
    QVERIFY(globs.isExcluded(QStringLiteral("examples/x/package.json")));
    QVERIFY(globs.isExcluded(QStringLiteral("deep/down/fixtures/package.json")));
    QVERIFY(globs.isExcluded(QStringLiteral("a/package.json")));
    QVERIFY(!globs.isExcluded(QStringLiteral("a/b/package.json")));
    QVERIFY(!globs.isExcluded(QStringLiteral("package.json")));
}

QTEST_GUILESS_MAIN(TestSourceInspection)
#include "tst_sourceinspection.moc"
