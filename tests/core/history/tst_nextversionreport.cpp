// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyze.h"
#include "expectedcheck.h"
#include "fixtures.h"
#include "scratchrepository.h"
#include "testaccess.h"

#include "git/library.h"
#include "history/nextversionreport.h"
#include "history/tagindex.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <git2/repository.h>

using namespace rd;
using rd::test::analyze;
using rd::test::ScratchRepository;

namespace {

QString nextOf(const Result<NextVersionReport> &report)
{
    if (!report)
        return QStringLiteral("error: ") + report.error().toString();
    return report->next ? report->next->version.toString() : QStringLiteral("none");
}

} // namespace

class TestNextVersionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyRepositoryIsAnError();
    void firstReleaseUsesInitialVersion();
    void featureAfterReleaseBumpsMinor();
    void nothingToRelease();
    void breakingChangeInZeroMajor();
    void preReleaseChannel();
    void unreachableHigherTagIsIgnored();
    void nonSemverTagIsSkippedWithReason();
    void otherTagPattern();
    void breakingFooterUnderAnyHeaderDecides();
    void detachedHeadWarns();
    void shallowCloneWithoutTagsIsAnError();
    void cancellation();
    void semanticReleaseCurrentVersionMatchesGitDescribe();
    void semanticReleaseLastReleaseByHand();
    void semanticReleaseReplayOfEveryRelease();

private:
    git::Library m_library;
};

void TestNextVersionEngine::emptyRepositoryIsAnError()
{
    ScratchRepository scratch;
    auto report = analyze(scratch.repo());
    QVERIFY(!report);
    QCOMPARE(report.error().code, errc::noCommits.toString());
    QVERIFY(report.error().message.contains(QStringLiteral("no commits")));
}

void TestNextVersionEngine::firstReleaseUsesInitialVersion()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.commit(QStringLiteral("chore: two"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QVERIFY(!report->lastRelease);
    QVERIFY(!report->currentVersion());
    QCOMPARE(report->commits.size(), 2);
    QCOMPARE(nextOf(report), QStringLiteral("0.1.0"));
    QCOMPARE(nextOf(analyze(scratch.repo(), "initial-version: 1.0.0\n")), QStringLiteral("1.0.0"));
}

void TestNextVersionEngine::featureAfterReleaseBumpsMinor()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.4.2"), QStringLiteral("1.4.2"));
    scratch.commit(QStringLiteral("fix: a"));
    const git::Oid feat = scratch.commit(QStringLiteral("feat(x): b"));
    scratch.commit(QStringLiteral("docs: c"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->lastRelease->name, QStringLiteral("v1.4.2"));
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("1.4.2"));
    QCOMPARE(report->commits.size(), 3);
    QCOMPARE(toString(report->level), toString(BumpLevel::Minor));
    QCOMPARE(nextOf(report), QStringLiteral("1.5.0"));
    QCOMPARE(report->deciding.size(), 1);
    QCOMPARE(report->commits.at(report->deciding.first()).id, feat);
    QCOMPARE(report->branch, QStringLiteral("main"));
}

void TestNextVersionEngine::nothingToRelease()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.commit(QStringLiteral("chore: tidy"));
    scratch.commit(QStringLiteral("Update README"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QVERIFY(!report->next);
    QVERIFY(report->nextError);
    QCOMPARE(report->nextError->code, errc::nothingToRelease.toString());
    QVERIFY(report->deciding.isEmpty());
    QCOMPARE(report->commits.size(), 2);
}

void TestNextVersionEngine::breakingChangeInZeroMajor()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v0.4.2"));
    scratch.commit(QStringLiteral("feat!: drop the old API"));
    auto report = analyze(scratch.repo());
    QCOMPARE(nextOf(report), QStringLiteral("0.5.0"));
    QCOMPARE(toString(report->level), toString(BumpLevel::Major));
    QCOMPARE(toString(report->next->appliedLevel), toString(BumpLevel::Minor));
    QVERIFY(report->next->steps.join(u' ').contains(QStringLiteral("0.x")));
    QCOMPARE(nextOf(analyze(scratch.repo(), "zero-major:\n  breaking-bumps-major: true\n")),
             QStringLiteral("1.0.0"));
}

void TestNextVersionEngine::preReleaseChannel()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.2.0"));
    scratch.commit(QStringLiteral("feat: two"));
    scratch.tag(QStringLiteral("v1.3.0-rc.1"));
    scratch.commit(QStringLiteral("fix: three"));
    auto rc = analyze(scratch.repo(), {}, QStringLiteral("rc"));
    QVERIFY(rc);
    QCOMPARE(rc->lastRelease->version.toString(), QStringLiteral("1.2.0"));
    QCOMPARE(rc->lastPreRelease->version.toString(), QStringLiteral("1.3.0-rc.1"));
    QCOMPARE(rc->currentVersion()->toString(), QStringLiteral("1.3.0-rc.1"));
    // Commits since the last final release decide the level: feat → minor.
    QCOMPARE(rc->commits.size(), 2);
    QCOMPARE(nextOf(rc), QStringLiteral("1.3.0-rc.2"));
    QCOMPARE(nextOf(analyze(scratch.repo())), QStringLiteral("1.3.0"));
    // beta sorts below rc: switching back on the same version would go backwards.
    auto beta = analyze(scratch.repo(), {}, QStringLiteral("beta"));
    QVERIFY(beta);
    QVERIFY(!beta->next);
    QCOMPARE(beta->nextError->code, errc::channelBackwards.toString());
}

void TestNextVersionEngine::unreachableHigherTagIsIgnored()
{
    ScratchRepository scratch;
    const git::Oid base = scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.commit(QStringLiteral("fix: main"));
    const git::Oid side = scratch.commit(QStringLiteral("feat: side"), {}, QList<git::Oid>{base});
    scratch.tag(QStringLiteral("v2.0.0"), {}, side); // on a branch HEAD does not contain
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->lastRelease->name, QStringLiteral("v1.0.0"));
    QCOMPARE(nextOf(report), QStringLiteral("1.0.1"));
}

void TestNextVersionEngine::nonSemverTagIsSkippedWithReason()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.0.0"));
    scratch.commit(QStringLiteral("feat: two"));
    scratch.tag(QStringLiteral("v1.1"));
    scratch.tag(QStringLiteral("nightly"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->lastRelease->name, QStringLiteral("v1.0.0"));
    QCOMPARE(report->skippedTags.size(), 1);
    QCOMPARE(report->skippedTags.first().name, QStringLiteral("v1.1"));
    QVERIFY(!report->skippedTags.first().reason.isEmpty());
}

void TestNextVersionEngine::otherTagPattern()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v9.0.0"));
    scratch.tag(QStringLiteral("widget@2.1.0"));
    scratch.commit(QStringLiteral("fix: two"));
    auto report = analyze(scratch.repo(), "tag-pattern: \"widget@{version}\"\n");
    QVERIFY(report);
    QCOMPARE(report->lastRelease->name, QStringLiteral("widget@2.1.0"));
    QCOMPARE(nextOf(report), QStringLiteral("2.1.1"));
}

void TestNextVersionEngine::breakingFooterUnderAnyHeaderDecides()
{
    // As semantic-release's analyzers do: the footer counts though the header is not
    // conventional; the commit is listed among the deciding ones, with the reason.
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v2.4.0"));
    scratch.commit(QStringLiteral("fix: a"));
    const git::Oid breaking = scratch.commit(
            QStringLiteral("Remove the legacy API\n\nBREAKING CHANGE: the v1 endpoints are gone"));
    scratch.commit(QStringLiteral("Update README"));
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(nextOf(report), QStringLiteral("3.0.0"));
    QCOMPARE(report->deciding.size(), 1);
    const AnalyzedCommit &decided = report->commits.at(report->deciding.first());
    QCOMPARE(decided.id, breaking);
    QVERIFY(decided.classification.breaking);
    QVERIFY2(decided.classification.reason.contains(QStringLiteral("not a Conventional Commit"))
                     && decided.classification.reason.contains(QStringLiteral("semantic-release")),
             qPrintable(decided.classification.reason));
}

void TestNextVersionEngine::detachedHeadWarns()
{
    ScratchRepository scratch;
    const git::Oid first = scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.0.0"));
    const git::Oid fix = scratch.commit(QStringLiteral("fix: two"));
    scratch.commit(QStringLiteral("feat: three"));
    scratch.detach(fix);
    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QVERIFY(report->branch.isEmpty());
    QCOMPARE(nextOf(report), QStringLiteral("1.0.1"));
    QVERIFY(report->warnings.join(u' ').contains(QStringLiteral("detached")));
    Q_UNUSED(first);
}

void TestNextVersionEngine::shallowCloneWithoutTagsIsAnError()
{
    ScratchRepository origin;
    origin.commit(QStringLiteral("feat: a"), {{QStringLiteral("a"), "1"}});
    origin.commit(QStringLiteral("feat: b"), {{QStringLiteral("b"), "1"}});
    origin.tag(QStringLiteral("v1.0.0"));
    origin.commit(QStringLiteral("feat: c"), {{QStringLiteral("c"), "1"}});
    origin.commit(QStringLiteral("fix: d"), {{QStringLiteral("d"), "1"}});
    QTemporaryDir target;
    const auto clone = [&](const QString &name, int depth) {
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("clone"),
                   QStringLiteral("-q"),
                   QStringLiteral("--depth=%1").arg(depth),
                   QStringLiteral("file://") + origin.path(),
                   target.filePath(name)});
        git.waitForFinished(60000);
        return git.exitCode() == 0 ? git::Repository::open(target.filePath(name))
                                   : rd::Result<git::Repository>(fail(u"x", QString()));
    };
    auto shallow = clone(QStringLiteral("one"), 1);
    QVERIFY(shallow);
    QVERIFY(shallow->isShallow());
    // A tag whose commit did not come with the clone is skipped with the reason.
    QFile ref(shallow->gitDir() + QStringLiteral("refs/tags/v0.9.0"));
    QVERIFY(ref.open(QIODevice::WriteOnly));
    ref.write("0123456789abcdef0123456789abcdef01234567\n");
    ref.close();
    auto tags = TagIndex::scan(*shallow, TagPattern());
    QVERIFY(tags);
    QCOMPARE(tags->skipped().size(), 1);
    QVERIFY(tags->skipped().first().reason.contains(QStringLiteral("shallow")));
    auto report = analyze(*shallow);
    QVERIFY(!report);
    QCOMPARE(report.error().code, errc::shallow.toString());
    QVERIFY(report.error().message.contains(QStringLiteral("unshallow")));

    auto deeper = clone(QStringLiteral("three"), 3); // reaches the v1.0.0 commit, not "feat: a"
    QVERIFY(deeper);
    QVERIFY(deeper->isShallow());
    auto ok = analyze(*deeper);
    RD_VERIFY_OK(ok);
    QCOMPARE(nextOf(ok), QStringLiteral("1.1.0"));
    QVERIFY(ok->warnings.join(u' ').contains(QStringLiteral("shallow")));
}

void TestNextVersionEngine::cancellation()
{
    ScratchRepository scratch;
    for (int i = 0; i < 5; ++i)
        scratch.commit(QStringLiteral("fix: %1").arg(i));
    Progress progress;
    progress.cancel();
    auto settings = ProjectSettings::fromConfig(ProjectConfig());
    auto report = analyzeNextVersion(scratch.repo(), *settings, {}, &progress);
    QVERIFY(!report);
    QCOMPARE(report.error().code, rd::errc::cancelled.toString());
}

void TestNextVersionEngine::semanticReleaseCurrentVersionMatchesGitDescribe()
{
    QTemporaryDir dir;
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"), dir.path()));
    QProcess describe;
    describe.start(QStringLiteral("git"),
                   {QStringLiteral("-C"),
                    dir.path(),
                    QStringLiteral("describe"),
                    QStringLiteral("--tags"),
                    QStringLiteral("--abbrev=0")});
    QVERIFY(describe.waitForFinished(30000));
    const QString described = QString::fromUtf8(describe.readAllStandardOutput()).trimmed();
    QCOMPARE(described, QStringLiteral("v25.0.9"));

    auto repo = git::Repository::open(dir.path());
    QVERIFY(repo);
    auto report = analyze(*repo);
    QVERIFY(report);
    QCOMPARE(report->lastRelease->name, described);
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("25.0.9"));
    // v26.0.0-beta.1 exists but is on the beta branch, not reachable from main.
    QVERIFY(!report->lastPreRelease);
    QVERIFY(report->commits.isEmpty()); // HEAD is the v25.0.9 commit
    QVERIFY(!report->next);
}

void TestNextVersionEngine::semanticReleaseLastReleaseByHand()
{
    // Checked by hand with `git log v25.0.8..v25.0.9`: 21 commits, of which only
    // "fix: do not expose the authenticated repository URL in EGITNOPERMISSION errors (#4283)"
    // bumps (patch); the rest are chore/ci/build. So without the v25.0.9 tag, the next version
    // is 25.0.9, decided by that one commit. One commit earlier nothing is releasable.
    QTemporaryDir dir;
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"), dir.path()));
    auto repo = git::Repository::open(dir.path());
    QVERIFY(repo);
    QVERIFY(repo->deleteTag(QStringLiteral("v25.0.9")));
    auto report = analyze(*repo);
    QVERIFY(report);
    QCOMPARE(report->lastRelease->name, QStringLiteral("v25.0.8"));
    QCOMPARE(report->commits.size(), 21);
    QCOMPARE(nextOf(report), QStringLiteral("25.0.9"));
    QCOMPARE(report->deciding.size(), 1);
    QCOMPARE(report->commits.at(report->deciding.first()).header(),
             QStringLiteral("fix: do not expose the authenticated repository URL in "
                            "EGITNOPERMISSION errors (#4283)"));

    auto previous = repo->resolveCommit(QStringLiteral("HEAD~1"));
    QVERIFY(previous);
    QCOMPARE(git_repository_set_head_detached(git::TestAccess::raw(*repo), previous->raw()), 0);
    auto earlier = analyze(*repo);
    QVERIFY(earlier);
    QCOMPARE(earlier->commits.size(), 20);
    QCOMPARE(nextOf(earlier), QStringLiteral("none"));
}

void TestNextVersionEngine::semanticReleaseReplayOfEveryRelease()
{
    // semantic-release released itself: each final tag is the version its commit analyzer chose
    // from the commits since the previous release. Replaying the history from the newest tag
    // down (deleting each tag after checking it, so the engine sees what existed then) must give
    // the same version, except where the maintainers' choice was not the default rules'.
    QTemporaryDir dir;
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"), dir.path()));
    auto repo = git::Repository::open(dir.path());
    QVERIFY(repo);
    auto index = TagIndex::scan(*repo, TagPattern());
    QVERIFY(index);
    auto settings = ProjectSettings::fromConfig(ProjectConfig());
    QVERIFY(settings);

    int checked = 0;
    QStringList mismatches;
    for (const ReleaseTag &tag : index->releases()) { // highest first
        QVERIFY(repo->deleteTag(tag.name));
        if (tag.version.isPreRelease())
            continue;
        QCOMPARE(git_repository_set_head_detached(git::TestAccess::raw(*repo), tag.commit.raw()),
                 0);
        auto report = analyzeNextVersion(*repo, *settings);
        QVERIFY(report);
        if (!report->lastRelease)
            continue; // the very first release: nothing to compare with
        ++checked;
        const QString got = report->next ? report->next->version.toString()
                                         : QStringLiteral("none");
        if (got != tag.version.toString())
            mismatches.append(QStringLiteral("%1: got %2 (from %3)")
                                      .arg(tag.name, got, report->lastRelease->name));
    }
    qInfo("replayed %d releases, %lld differ:\n  %s",
          checked,
          qlonglong(mismatches.size()),
          qPrintable(mismatches.join(QStringLiteral("\n  "))));
    QVERIFY(checked > 300);
    // Each difference checked by hand against `git log PREVIOUS..TAG`:
    const QStringList expected = {
            // The range holds chores, docs, ci and `Revert "chore(deps): ..."` of a commit in
            // the same range. semantic-release counted the revert as a patch; we cancel a
            // commit and its revert when both are unreleased, and a chore moves nothing.
            QStringLiteral("v20.0.3: got none (from v20.0.2)"),
            // v12.4.1 was tagged on the very commit of v12.4.0 (a re-release by hand).
            QStringLiteral("v12.4.1: got none (from v12.4.0)"),
            // v4.3.2 was never tagged (a release that failed half-way); from the previous tag,
            // the fixes call for exactly the version we compute. (8.0.1 was tagged without
            // the v: the tag style read from the tags counts it, so v8.0.2 is reproduced.)
            QStringLiteral("v4.3.3: got 4.3.2 (from v4.3.1)"),
    };
    QCOMPARE(mismatches, expected);
}

QTEST_GUILESS_MAIN(TestNextVersionEngine)
#include "tst_nextversionreport.moc"
