// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "scratchrepository.h"

#include "git/commitstore.h"
#include "git/library.h"
#include "history/releasehistory.h"
#include "project/package.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>

using namespace rd;
using rd::test::ScratchRepository;

namespace {

QStringList gitLines(const QString &repo, const QStringList &arguments)
{
    QProcess git;
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repo} + arguments);
    git.waitForFinished(120000);
    return QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

ProjectSettings settingsFrom(const QByteArray &yaml)
{
    auto config = ProjectConfig::parse(yaml, QStringLiteral("test.yml"));
    if (!config)
        qFatal("bad test config: %s", qPrintable(config.error().toString()));
    auto settings = ProjectSettings::fromConfig(*config);
    if (!settings)
        qFatal("bad test settings: %s", qPrintable(settings.error().toString()));
    return *settings;
}

// An ordering of tag names written independently of the semver module, good for the fixtures'
// tags ("v1.2.3", "v16.0.0-beta.12", "create-vite@2.0.0-beta.3"): the numbers, then finals above
// pre-releases, then the channel name, then the counter. Tags of other shapes are left out.
struct TagOrder
{
    QString name;
    QVersionNumber core;
    bool final = true;
    QString channel;
    int counter = 0;

    bool operator<(const TagOrder &other) const
    {
        if (const int c = QVersionNumber::compare(core, other.core); c != 0)
            return c < 0;
        if (final != other.final)
            return !final;
        if (channel != other.channel)
            return channel < other.channel;
        return counter < other.counter;
    }
};

QList<TagOrder> orderedTags(const QStringList &names, const QString &prefix)
{
    static const QRegularExpression shape(
            QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)(?:-([a-z]+)\\.(\\d+))?$"));
    QList<TagOrder> tags;
    for (const QString &name : names) {
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = shape.match(name.mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        TagOrder tag;
        tag.name = name;
        tag.core = QVersionNumber(
                {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()});
        tag.final = match.captured(4).isEmpty();
        tag.channel = match.captured(4);
        tag.counter = match.captured(5).toInt();
        tags.append(tag);
    }
    std::sort(tags.begin(), tags.end());
    return tags;
}

QStringList idsOf(ReleaseHistory &history, const QList<qsizetype> &nodes)
{
    QStringList ids;
    for (qsizetype node : nodes)
        ids.append(history.store().id(node).toString());
    return ids;
}

QStringList headersOf(ReleaseHistory &history, const QList<qsizetype> &nodes)
{
    QStringList headers;
    for (const AnalyzedCommit &commit : history.analyze(nodes))
        headers.append(commit.header());
    return headers;
}

} // namespace

class TestReleaseHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finalReleasesMatchGitLog_data();
    void finalReleasesMatchGitLog();
    void preReleasesFollowTheClosestLowerRelease();
    void changelogShowsUnfinishedPreReleasesOnly();
    void findByVersionOrTag();
    void vitePackagesHaveTheirOwnTags_data();
    void vitePackagesHaveTheirOwnTags();
    void viteNextVersionPerPackage();
    void pathFilterAssignsCommitsToPackages();
    void packageSettings();
    void packageSettingErrors_data();
    void packageSettingErrors();
    void emptyRepositoryHasNoReleases();

private:
    git::Library m_library;
    QTemporaryDir m_dir;
};

void TestReleaseHistory::initTestCase()
{
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"),
                                  m_dir.filePath(QStringLiteral("semantic-release"))));
    QVERIFY(rd::test::loadHistory(QStringLiteral("vite"), m_dir.filePath(QStringLiteral("vite"))));
}

void TestReleaseHistory::finalReleasesMatchGitLog_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("stride"); // check every n-th release against git (git is slow)
    // Pinned to the v-tags git lists here: inferred, the lone bare tag 8.0.1 joins the line as
    // an older style (tst_nextversionreport's replay shows it is the real 8.0.1 release).
    QTest::newRow("semantic-release")
            << QStringLiteral("semantic-release") << QByteArray("tag-pattern: \"v{version}\"\n")
            << QStringLiteral("v") << 1;
    QTest::newRow("vite") << QStringLiteral("vite") << QByteArray() << QStringLiteral("v") << 3;
    QTest::newRow("vite create-vite")
            << QStringLiteral("vite") << QByteArray("packages:\n  create-vite:\n  plugin-legacy:\n")
            << QStringLiteral("create-vite@") << 1;
}

void TestReleaseHistory::finalReleasesMatchGitLog()
{
    // Each final release holds exactly `git rev-list TAG ^PREVIOUS`, where PREVIOUS is the
    // final release just below it (ordered here without the semver module), children first.
    QFETCH(QString, history);
    QFETCH(QByteArray, config);
    QFETCH(QString, prefix);
    QFETCH(int, stride);
    const QString path = m_dir.filePath(history);
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    const ProjectSettings settings = settingsFrom(config);
    const QString packageName = prefix.endsWith(u'@') ? prefix.chopped(1) : QString();
    auto package = Package::find(settings, packageName);
    QVERIFY(package);
    auto opened = ReleaseHistory::open(*repo, settings, *package);
    QVERIFY(opened);
    ReleaseHistory &releases = *opened;

    QList<TagOrder> finals;
    for (const TagOrder &tag :
         orderedTags(gitLines(path, {QStringLiteral("tag"), QStringLiteral("--list")}), prefix)) {
        if (tag.final)
            finals.append(tag);
    }
    QVERIFY(finals.size() > 20);
    // Every final tag of the package is a release, and nothing else is.
    QStringList ourFinals;
    for (const Release &release : releases.releases()) {
        QVERIFY2(release.tag.name.startsWith(prefix), qPrintable(release.tag.name));
        if (!release.isPreRelease())
            ourFinals.append(release.tag.name);
    }
    QStringList theirFinals;
    for (const TagOrder &tag : finals)
        theirFinals.prepend(tag.name);
    QCOMPARE(ourFinals, theirFinals);

    int checked = 0;
    for (qsizetype i = 0; i < finals.size(); i += stride) {
        const QString tag = finals.at(i).name;
        const QString previous = i > 0 ? finals.at(i - 1).name : QString();
        const qsizetype index = releases.find(tag);
        QVERIFY(index >= 0);
        const Release &release = releases.releases().at(index);
        QCOMPARE(release.previous >= 0 ? releases.releases().at(release.previous).tag.name
                                       : QString(),
                 previous);
        auto commits = releases.commits(index);
        QVERIFY(commits);
        QStringList arguments{QStringLiteral("rev-list"), tag};
        if (!previous.isEmpty())
            arguments.append(QStringLiteral("^") + previous);
        QStringList expected = gitLines(path, arguments);
        QStringList got = idsOf(releases, *commits);
        // Newest first, each commit after its children: same first commit as git's.
        if (!expected.isEmpty())
            QCOMPARE(got.value(0), expected.first());
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestReleaseHistory::preReleasesFollowTheClosestLowerRelease()
{
    const QString path = m_dir.filePath(QStringLiteral("semantic-release"));
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    const ProjectSettings settings = settingsFrom({});
    auto opened = ReleaseHistory::open(*repo, settings, Package::repository(settings));
    QVERIFY(opened);
    ReleaseHistory &releases = *opened;

    const QList<TagOrder> all = orderedTags(gitLines(path,
                                                     {QStringLiteral("tag"),
                                                      QStringLiteral("--list")}),
                                            QStringLiteral("v"));
    int checked = 0;
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (all.at(i).final)
            continue;
        const qsizetype index = releases.find(all.at(i).name);
        QVERIFY(index >= 0);
        const Release &release = releases.releases().at(index);
        QVERIFY(release.isPreRelease());
        QCOMPARE(releases.releases().at(release.previous).tag.name, all.at(i - 1).name);
        if (checked++ % 10 == 0) {
            auto commits = releases.commits(index);
            QVERIFY(commits);
            QStringList expected = gitLines(path,
                                            {QStringLiteral("rev-list"),
                                             all.at(i).name,
                                             QStringLiteral("^") + all.at(i - 1).name});
            QStringList got = idsOf(releases, *commits);
            expected.sort();
            got.sort();
            QCOMPARE(got, expected);
        }
    }
    QVERIFY(checked > 30);
    // Checked by hand: v16.0.0-beta.2 follows v16.0.0-beta.1, and v16.0.0 (final) follows
    // v15.14.0, the last final before the betas, so it holds everything the betas had.
    const Release &final16 = releases.releases().at(releases.find(QStringLiteral("v16.0.0")));
    QCOMPARE(releases.releases().at(final16.previous).tag.name, QStringLiteral("v15.14.0"));
}

void TestReleaseHistory::changelogShowsUnfinishedPreReleasesOnly()
{
    auto repo = git::Repository::open(m_dir.filePath(QStringLiteral("semantic-release")));
    QVERIFY(repo);
    const ProjectSettings settings = settingsFrom({});
    auto releases = ReleaseHistory::open(*repo, settings, Package::repository(settings));
    QVERIFY(releases);
    QStringList shown;
    for (qsizetype index : releases->changelogReleases())
        shown.append(releases->releases().at(index).tag.name);
    QVERIFY(shown.contains(QStringLiteral("v16.0.0")));
    QVERIFY(!shown.contains(QStringLiteral("v16.0.0-beta.1"))); // v16.0.0 holds it
    // v26.0.0-beta.1 never became a final release: it stays.
    QVERIFY(shown.contains(QStringLiteral("v26.0.0-beta.1")));
    QCOMPARE(shown.first(), QStringLiteral("v26.0.0-beta.1"));
    QCOMPARE(shown.at(1), QStringLiteral("v25.0.9"));
}

void TestReleaseHistory::findByVersionOrTag()
{
    auto repo = git::Repository::open(m_dir.filePath(QStringLiteral("semantic-release")));
    QVERIFY(repo);
    const ProjectSettings settings = settingsFrom({});
    auto releases = ReleaseHistory::open(*repo, settings, Package::repository(settings));
    QVERIFY(releases);
    const qsizetype index = releases->find(QStringLiteral("v25.0.8"));
    QVERIFY(index >= 0);
    QCOMPARE(releases->find(QStringLiteral("25.0.8")), index);
    QCOMPARE(releases->releases().at(index).tag.version.toString(), QStringLiteral("25.0.8"));
    QCOMPARE(releases->find(QStringLiteral("25.0.99")), qsizetype(-1));
    QCOMPARE(releases->find(QStringLiteral("nonsense")), qsizetype(-1));
    // Checked by hand with `git log v25.0.8..v25.0.9`: 21 commits, one of them a fix.
    const qsizetype latest = releases->find(QStringLiteral("v25.0.9"));
    auto commits = releases->analyze(latest);
    QVERIFY(commits);
    QCOMPARE(commits->size(), 21);
    const auto fixes = std::count_if(commits->begin(), commits->end(), [](const auto &c) {
        return c.classification.level == BumpLevel::Patch;
    });
    QCOMPARE(fixes, 1);
}

void TestReleaseHistory::vitePackagesHaveTheirOwnTags_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("vite itself") << QString() << QStringLiteral("v");
    QTest::newRow("create-vite") << QStringLiteral("create-vite") << QStringLiteral("create-vite@");
    QTest::newRow("plugin-legacy")
            << QStringLiteral("plugin-legacy") << QStringLiteral("plugin-legacy@");
}

void TestReleaseHistory::vitePackagesHaveTheirOwnTags()
{
    // The monorepo's tags: v8.2.2 (vite), create-vite@9.1.2, plugin-legacy@8.2.3... Each
    // package sees only its own tags (all of them, as `git tag --list '<prefix>*'` does), and
    // its releases start where its previous release ended.
    QFETCH(QString, package);
    QFETCH(QString, prefix);
    const QString path = m_dir.filePath(QStringLiteral("vite"));
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    const ProjectSettings settings = settingsFrom(
            "packages:\n  create-vite:\n  plugin-legacy:\n    tag-pattern: "
            "\"plugin-legacy@{version}\"\n");
    auto found = Package::find(settings, package);
    QVERIFY(found);
    auto releases = ReleaseHistory::open(*repo, settings, *found);
    QVERIFY(releases);
    QStringList expected;
    for (const QString &name :
         gitLines(path, {QStringLiteral("tag"), QStringLiteral("--list"), prefix + u'*'})) {
        if (name.size() > prefix.size() && name.at(prefix.size()).isDigit())
            expected.append(name);
    }
    QStringList ours;
    for (const Release &release : releases->releases())
        ours.append(release.tag.name);
    expected.sort();
    ours.sort();
    QCOMPARE(ours, expected);

    // The newest release's range is what git says lies between it and the one before.
    const Release &newest = releases->releases().first();
    const Release &before = releases->releases().at(newest.previous);
    auto commits = releases->commits(0);
    QVERIFY(commits);
    const QStringList git = gitLines(path,
                                     {QStringLiteral("rev-list"),
                                      newest.tag.name,
                                      QStringLiteral("^") + before.tag.name});
    QCOMPARE(commits->size(), git.size());
    QCOMPARE(idsOf(*releases, *commits).value(0), git.value(0));
}

void TestReleaseHistory::viteNextVersionPerPackage()
{
    const QString path = m_dir.filePath(QStringLiteral("vite"));
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    const ProjectSettings settings = settingsFrom("packages:\n  create-vite:\n");
    for (const QString &package : {QString(), QStringLiteral("create-vite")}) {
        NextVersionOptions options;
        options.package = package;
        auto report = analyzeNextVersion(*repo, settings, options);
        QVERIFY(report);
        QCOMPARE(report->package, package);
        const QString match = package.isEmpty() ? QStringLiteral("v[0-9]*")
                                                : package + QStringLiteral("@*");
        // git describe finds the nearest tag; on main that is the highest release.
        const QString described = gitLines(path,
                                           {QStringLiteral("describe"),
                                            QStringLiteral("--tags"),
                                            QStringLiteral("--abbrev=0"),
                                            QStringLiteral("--match"),
                                            match})
                                          .value(0);
        QVERIFY(!described.isEmpty());
        QCOMPARE(report->lastRelease->name, described);
        const QStringList since = gitLines(path,
                                           {QStringLiteral("rev-list"),
                                            QStringLiteral("HEAD"),
                                            QStringLiteral("^") + described});
        QCOMPARE(report->commits.size(), since.size());
    }
    NextVersionOptions unknown;
    unknown.package = QStringLiteral("plugin-vue");
    auto missing = analyzeNextVersion(*repo, settings, unknown);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, errc::unknownPackage.toString());
    QVERIFY(missing.error().message.contains(QStringLiteral("create-vite")));
}

void TestReleaseHistory::pathFilterAssignsCommitsToPackages()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("chore: init"),
                   {{QStringLiteral("README.md"), "hi\n"},
                    {QStringLiteral("packages/a/index.js"), "a\n"},
                    {QStringLiteral("packages/ab/index.js"), "ab\n"},
                    {QStringLiteral("packages/b/index.js"), "b\n"},
                    {QStringLiteral("shared/util.js"), "u\n"}});
    scratch.tag(QStringLiteral("a@1.0.0"));
    scratch.tag(QStringLiteral("b@1.0.0"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.commit(QStringLiteral("feat(a): new option"),
                   {{QStringLiteral("packages/a/index.js"), "a2\n"}});
    scratch.commit(QStringLiteral("fix(ab): neighbour folder with a longer name"),
                   {{QStringLiteral("packages/ab/index.js"), "ab2\n"}});
    scratch.commit(QStringLiteral("fix(b): crash"),
                   {{QStringLiteral("packages/b/index.js"), "b2\n"}});
    scratch.commit(QStringLiteral("fix: shared helper"),
                   {{QStringLiteral("shared/util.js"), "u2\n"}});
    scratch.commit(QStringLiteral("docs: readme"), {{QStringLiteral("README.md"), "hello\n"}});
    scratch.commit(QStringLiteral("feat!: both packages"),
                   {{QStringLiteral("packages/a/new.js"), "n\n"},
                    {QStringLiteral("packages/b/index.js"), QByteArray()}}); // a deletion
    const ProjectSettings settings = settingsFrom(
            "packages:\n  a:\n    path: packages/a\n  b:\n    paths: [packages/b/, ./shared]\n");

    const auto headers = [&](const QString &name) {
        NextVersionOptions options;
        options.package = name;
        auto report = analyzeNextVersion(scratch.repo(), settings, options);
        if (!report)
            qFatal("%s", qPrintable(report.error().toString()));
        QStringList list;
        for (const AnalyzedCommit &commit : report->commits)
            list.append(commit.header());
        list.append(report->next ? report->next->version.toString() : QStringLiteral("none"));
        return list;
    };
    QCOMPARE(headers(QStringLiteral("a")),
             (QStringList{QStringLiteral("feat!: both packages"),
                          QStringLiteral("feat(a): new option"),
                          QStringLiteral("2.0.0")}));
    QCOMPARE(headers(QStringLiteral("b")),
             (QStringList{QStringLiteral("feat!: both packages"),
                          QStringLiteral("fix: shared helper"),
                          QStringLiteral("fix(b): crash"),
                          QStringLiteral("2.0.0")}));
    QCOMPARE(headers(QString()).size(), 6 + 1); // the repository sees every commit

    // The release history of a package filters its ranges the same way.
    scratch.tag(QStringLiteral("a@2.0.0"));
    auto a = Package::find(settings, QStringLiteral("a"));
    QVERIFY(a);
    auto history = ReleaseHistory::open(scratch.repo(), settings, *a);
    QVERIFY(history);
    QCOMPARE(history->releases().size(), 2);
    auto commits = history->commits(0);
    QVERIFY(commits);
    QCOMPARE(headersOf(*history, *commits),
             (QStringList{QStringLiteral("feat!: both packages"),
                          QStringLiteral("feat(a): new option")}));
    // The first release holds the commit that created the folder.
    auto first = history->commits(1);
    QVERIFY(first);
    QCOMPARE(headersOf(*history, *first), QStringList{QStringLiteral("chore: init")});
}

void TestReleaseHistory::packageSettings()
{
    const ProjectSettings settings = settingsFrom(
            "tag-pattern: \"release-{version}\"\ninitial-version: 1.0.0\npackages:\n"
            "  web:\n    path: apps/web\n"
            "  cli:\n    paths: [tools/cli, shared]\n    tag-pattern: \"cli/v{version}\"\n"
            "    initial-version: 0.0.1\n    changelog: docs/CLI-CHANGES.md\n"
            "    sources: anything for another module\n"
            "  everything:\n    path: .\n");
    auto packages = Package::fromSettings(settings);
    QVERIFY(packages);
    QCOMPARE(packages->size(), 3);
    const Package &web = packages->at(0);
    QCOMPARE(web.name, QStringLiteral("web"));
    QCOMPARE(web.tagPattern.pattern(), QStringLiteral("web@{version}"));
    QCOMPARE(web.paths, QStringList{QStringLiteral("apps/web")});
    QCOMPARE(web.initialVersion.toString(), QStringLiteral("1.0.0"));
    QCOMPARE(web.changelogFile, QStringLiteral("apps/web/CHANGELOG.md"));
    const Package &cli = packages->at(1);
    QCOMPARE(cli.tagPattern.pattern(), QStringLiteral("cli/v{version}"));
    QCOMPARE(cli.paths, (QStringList{QStringLiteral("tools/cli"), QStringLiteral("shared")}));
    QCOMPARE(cli.initialVersion.toString(), QStringLiteral("0.0.1"));
    QCOMPARE(cli.changelogFile, QStringLiteral("docs/CLI-CHANGES.md"));
    QCOMPARE(cli.apply(settings).tagPattern.pattern(), QStringLiteral("cli/v{version}"));
    QVERIFY(packages->at(2).paths.isEmpty());

    auto repository = Package::find(settings, {});
    QVERIFY(repository);
    QVERIFY(repository->isRepository());
    QCOMPARE(repository->tagPattern.pattern(), QStringLiteral("release-{version}"));
    QCOMPARE(repository->changelogFile, QStringLiteral("CHANGELOG.md"));
    QVERIFY(Package::fromSettings(settingsFrom({}))->isEmpty());
}

void TestReleaseHistory::packageSettingErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("list") << QByteArray("packages: [a, b]\n") << "map of packages";
    QTest::newRow("unknown key") << QByteArray("packages:\n  a:\n    folder: x\n")
                                 << "packages.a.folder";
    QTest::newRow("both") << QByteArray("packages:\n  a:\n    path: x\n    paths: [y]\n")
                          << "either path or paths";
    QTest::newRow("absolute") << QByteArray("packages:\n  a:\n    path: /etc\n")
                              << "inside the repository";
    QTest::newRow("outside") << QByteArray("packages:\n  a:\n    path: ../other\n")
                             << "inside the repository";
    QTest::newRow("pattern") << QByteArray("packages:\n  a:\n    tag-pattern: \"a@\"\n")
                             << "packages.a.tag-pattern";
    QTest::newRow("name") << QByteArray("packages:\n  \"a b\":\n    path: x\n")
                          << "set tag-pattern";
    QTest::newRow("version") << QByteArray("packages:\n  a:\n    initial-version: 1.0\n")
                             << "packages.a.initial-version";
}

void TestReleaseHistory::packageSettingErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    auto packages = Package::fromSettings(settingsFrom(yaml));
    QVERIFY(!packages);
    QVERIFY2(packages.error().toString().contains(expected),
             qPrintable(packages.error().toString()));
    QVERIFY(packages.error().source.startsWith(QStringLiteral("test.yml")));
}

void TestReleaseHistory::emptyRepositoryHasNoReleases()
{
    ScratchRepository scratch;
    const ProjectSettings settings = settingsFrom({});
    auto history = ReleaseHistory::open(scratch.repo(), settings, Package::repository(settings));
    QVERIFY(history);
    QVERIFY(history->releases().isEmpty());
    auto next = history->nextVersion();
    QVERIFY(!next);
    QCOMPARE(next.error().code, errc::noCommits.toString());
}

QTEST_GUILESS_MAIN(TestReleaseHistory)
#include "tst_releasehistory.moc"
