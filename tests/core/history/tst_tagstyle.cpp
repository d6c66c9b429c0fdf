// SPDX-License-Identifier: GPL-3.0-or-later
// The tag pattern read from the tags when none is configured: bare, v-prefixed, mixed,
// monorepo and tagless hand-made histories.
#include "analyze.h"
#include "expectedcheck.h"
#include "scratchrepository.h"

#include "git/library.h"
#include "history/nextversionreport.h"
#include "history/releasehistory.h"

#include <QTest>

using namespace rd;
using rd::test::analyze;
using rd::test::ScratchRepository;

namespace {

Result<ProjectSettings> settingsOf(const QByteArray &yaml)
{
    auto config = ProjectConfig::parse(yaml, QStringLiteral(".releasedesk.yml"));
    if (!config)
        return std::unexpected(config.error());
    return ProjectSettings::fromConfig(*config);
}

QString nextTag(const NextVersionReport &report)
{
    return report.next ? report.tagStyle.pattern.format(report.next->version) : QString();
}

QStringList releaseNames(ScratchRepository &scratch, const QByteArray &yaml = {})
{
    auto settings = settingsOf(yaml);
    if (!settings)
        return {settings.error().toString()};
    auto history = ReleaseHistory::open(scratch.repo(), *settings, Package::repository(*settings));
    if (!history)
        return {history.error().toString()};
    QStringList names;
    for (const Release &release : history->releases())
        names.append(release.tag.name);
    return names;
}

} // namespace

class TestTagStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bareTags();
    void vPrefixedTags();
    void releasePrefixAndProductPrefix();
    void mixedHistoryTakesTheMostRecentStyle();
    void sameVersionInTwoStylesIsOneRelease();
    void equalDatesTheHigherVersionWins();
    void monorepoPackagesEachHaveTheirStyle();
    void packageTagsWithoutPackagesWarn();
    void noTagsUsesTheDefault();
    void configuredPatternIsKept();

private:
    git::Library m_library;
};

void TestTagStyle::bareTags()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("1.0.0"));
    scratch.commit(QStringLiteral("fix: two"));
    scratch.tag(QStringLiteral("1.0.1"));
    scratch.commit(QStringLiteral("feat: three"));
    auto report = analyze(scratch.repo());
    RD_VERIFY_OK(report);
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("1.0.1"));
    QCOMPARE(report->tagStyle.origin, TagStyle::Origin::Inferred);
    QCOMPARE(report->tagStyle.pattern.pattern(), QStringLiteral("{version}"));
    QCOMPARE(report->tagStyle.explanation(),
             QStringLiteral("tags look like `1.0.1`: pattern `{version}`, inferred from 2 tags"));
    QCOMPARE(nextTag(*report), QStringLiteral("1.1.0"));
    QVERIFY(report->warnings.isEmpty());
}

void TestTagStyle::vPrefixedTags()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v2.3.0"), QStringLiteral("Release 2.3.0"));
    scratch.tag(QStringLiteral("nightly")); // not a version: not counted
    scratch.commit(QStringLiteral("fix: two"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->tagStyle.pattern.pattern(), QStringLiteral("v{version}"));
    QCOMPARE(report->tagStyle.tagCount(), 1);
    QCOMPARE(report->lastRelease->name, QStringLiteral("v2.3.0"));
    QCOMPARE(nextTag(*report), QStringLiteral("v2.3.1"));
}

void TestTagStyle::releasePrefixAndProductPrefix()
{
    ScratchRepository generic;
    generic.commit(QStringLiteral("feat: one"));
    generic.tag(QStringLiteral("release-3.0.0"));
    generic.commit(QStringLiteral("feat: two"));
    auto report = analyze(generic.repo());
    QVERIFY(report);
    QCOMPARE(report->tagStyle.pattern.pattern(), QStringLiteral("release-{version}"));
    QCOMPARE(nextTag(*report), QStringLiteral("release-3.1.0"));

    // Every tag names the same product: that is the line, though the prefix is a name.
    ScratchRepository product;
    product.commit(QStringLiteral("feat: one"));
    product.tag(QStringLiteral("myapp-v0.4.0"));
    product.commit(QStringLiteral("fix: two"));
    report = analyze(product.repo());
    QVERIFY(report);
    QCOMPARE(report->tagStyle.pattern.pattern(), QStringLiteral("myapp-v{version}"));
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("0.4.0"));
}

void TestTagStyle::mixedHistoryTakesTheMostRecentStyle()
{
    // The history: v11.x releases, then bare 44.x ones (fewer, but the most recent).
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v11.0.0"));
    scratch.commit(QStringLiteral("fix: a"));
    scratch.tag(QStringLiteral("v11.34.0"));
    scratch.commit(QStringLiteral("fix: b"));
    scratch.tag(QStringLiteral("v11.35.4"));
    scratch.commit(QStringLiteral("feat!: new major line"));
    scratch.tag(QStringLiteral("44.0.0"));
    scratch.commit(QStringLiteral("fix: c"));
    scratch.tag(QStringLiteral("44.39.2"));
    scratch.commit(QStringLiteral("feat: d"));

    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("44.39.2"));
    QCOMPARE(report->lastRelease->name, QStringLiteral("44.39.2"));
    QCOMPARE(report->commits.size(), 1);
    QCOMPARE(nextTag(*report), QStringLiteral("44.40.0"));
    const TagStyle &style = report->tagStyle;
    QCOMPARE(style.pattern.pattern(), QStringLiteral("{version}"));
    QCOMPARE(style.older.size(), 1);
    QCOMPARE(style.older.first().pattern(), QStringLiteral("v{version}"));
    QCOMPARE(style.counts, (QList<qsizetype>{2, 3}));
    QCOMPARE(style.explanation(),
             QStringLiteral("tags look like `44.39.2`: pattern `{version}`, inferred from 5 tags"));
    // The warning says what is going on and gives the line to add.
    const QString warnings = report->warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("2 styles")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("3 tags in `v{version}`")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("tag-pattern: \"{version}\"")), qPrintable(warnings));

    // The older releases stay in the history, so the changelog stays whole.
    QCOMPARE(releaseNames(scratch),
             (QStringList{QStringLiteral("44.39.2"),
                          QStringLiteral("44.0.0"),
                          QStringLiteral("v11.35.4"),
                          QStringLiteral("v11.34.0"),
                          QStringLiteral("v11.0.0")}));

    // Back at a v11 commit, the v11 line is the current one.
    scratch.setBranch(QStringLiteral("11.x"),
                      *scratch.repo().resolveCommit(QStringLiteral("v11.35.4")));
    scratch.commit(QStringLiteral("fix: backport"));
    report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("11.35.4"));
    QCOMPARE(report->next->version.toString(), QStringLiteral("11.35.5"));
}

void TestTagStyle::sameVersionInTwoStylesIsOneRelease()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.commit(QStringLiteral("feat: two"));
    scratch.tag(QStringLiteral("v1.1.0"));
    scratch.tag(QStringLiteral("1.1.0")); // re-tagged in the new style
    scratch.commit(QStringLiteral("fix: three"));
    scratch.tag(QStringLiteral("1.1.1"));
    QCOMPARE(releaseNames(scratch),
             (QStringList{QStringLiteral("1.1.1"),
                          QStringLiteral("1.1.0"),
                          QStringLiteral("v1.0.0")}));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->skippedTags.size(), 1);
    QCOMPARE(report->skippedTags.first().name, QStringLiteral("v1.1.0"));
    QVERIFY(report->skippedTags.first().reason.contains(QStringLiteral("1.1.0")));
}

void TestTagStyle::equalDatesTheHigherVersionWins()
{
    // Both styles' newest tags on one commit (one date): the higher version is the later one.
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.tag(QStringLiteral("2.0.0"));
    scratch.commit(QStringLiteral("fix: two"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->tagStyle.pattern.pattern(), QStringLiteral("{version}"));
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("2.0.0"));
    QCOMPARE(nextTag(*report), QStringLiteral("2.0.1"));
}

void TestTagStyle::monorepoPackagesEachHaveTheirStyle()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat(app): one"), {{QStringLiteral("app/a.txt"), "1"}});
    scratch.tag(QStringLiteral("app/v1.0.0"));
    scratch.commit(QStringLiteral("feat(lib): two"), {{QStringLiteral("lib/b.txt"), "2"}});
    scratch.tag(QStringLiteral("lib@2.0.0"));
    scratch.tag(QStringLiteral("v9.0.0"));
    scratch.commit(QStringLiteral("fix(app): three"), {{QStringLiteral("app/a.txt"), "3"}});
    scratch.commit(QStringLiteral("feat(lib): four"), {{QStringLiteral("lib/b.txt"), "4"}});
    const QByteArray yaml = "packages:\n"
                            "  app: { path: app }\n"
                            "  lib: { path: lib }\n";

    auto app = analyze(scratch.repo(), yaml, {}, QStringLiteral("app"));
    RD_VERIFY_OK(app);
    QCOMPARE(app->tagStyle.pattern.pattern(), QStringLiteral("app/v{version}"));
    QCOMPARE(app->tagStyle.package, QStringLiteral("app"));
    QCOMPARE(nextTag(*app), QStringLiteral("app/v1.0.1"));

    auto lib = analyze(scratch.repo(), yaml, {}, QStringLiteral("lib"));
    QVERIFY(lib);
    QCOMPARE(lib->tagStyle.pattern.pattern(), QStringLiteral("lib@{version}"));
    QCOMPARE(nextTag(*lib), QStringLiteral("lib@2.1.0"));

    // The repository as a whole keeps its own line, not a package's.
    auto whole = analyze(scratch.repo(), yaml);
    QVERIFY(whole);
    QCOMPARE(whole->tagStyle.pattern.pattern(), QStringLiteral("v{version}"));
    QCOMPARE(whole->currentVersion()->toString(), QStringLiteral("9.0.0"));

    // A package without tags yet gets its default, said as such.
    auto fresh = analyze(scratch.repo(),
                         yaml + "  docs: { path: docs }\n",
                         {},
                         QStringLiteral("docs"));
    QVERIFY(fresh);
    QCOMPARE(fresh->tagStyle.origin, TagStyle::Origin::Default);
    QCOMPARE(fresh->tagStyle.pattern.pattern(), QStringLiteral("docs@{version}"));
}

void TestTagStyle::packageTagsWithoutPackagesWarn()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("create-vite@5.0.0"));
    scratch.tag(QStringLiteral("plugin-legacy@4.0.0"));
    scratch.commit(QStringLiteral("fix: two"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->tagStyle.origin, TagStyle::Origin::Default);
    QVERIFY(!report->currentVersion());
    const QString warnings = report->warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("packages")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("create-vite@5.0.0")), qPrintable(warnings));
}

void TestTagStyle::noTagsUsesTheDefault()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->tagStyle.origin, TagStyle::Origin::Default);
    QCOMPARE(report->tagStyle.pattern.pattern(), QStringLiteral("v{version}"));
    QVERIFY(report->tagStyle.explanation().startsWith(QStringLiteral("no release tag")));
    QCOMPARE(nextTag(*report), QStringLiteral("v0.1.0"));
}

void TestTagStyle::configuredPatternIsKept()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("1.0.0"));
    scratch.commit(QStringLiteral("fix: two"));
    auto report = analyze(scratch.repo(), "tag-pattern: \"v{version}\"\n");
    QVERIFY(report);
    QCOMPARE(report->tagStyle.origin, TagStyle::Origin::Configured);
    QVERIFY(!report->currentVersion()); // bare tags are not this pattern's
    QVERIFY(report->tagStyle.explanation().contains(QStringLiteral("set by tag-pattern")));
}

QTEST_GUILESS_MAIN(TestTagStyle)
#include "tst_tagstyle.moc"
