// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "fixtures.h"
#include "scratchrepository.h"
#include "testaccess.h"

#include "git/error.h"
#include "git/library.h"
#include "git/repository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <git2/commit.h>
#include <git2/odb.h>

using rd::test::ScratchRepository;

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notARepository();
    void discoversFromSubfolder();
    void emptyRepository();
    void commitsAndParents();
    void tagsArePeeled();
    void tagOnTreeHasNoTarget();
    void detachedHead();
    void defaultBranchOfTheRemote();
    void containsFollowsAncestry();
    void nonUtf8MessageIsReplaced();
    void encodingHeaderIsHonoured();
    void shallowCloneIsDetected();
    void ignoreRules();
    void errorCapturesLibgit2Message();

private:
    git::Library m_library;
};

void TestRepository::notARepository()
{
    QTemporaryDir dir;
    auto repo = git::Repository::open(dir.path());
    QVERIFY(!repo);
    QCOMPARE(repo.error().code, git::errc::notARepository.toString());
    QCOMPARE(repo.error().source, dir.path());
    QVERIFY(repo.error().message.contains(QStringLiteral("not inside a git repository")));
}

void TestRepository::discoversFromSubfolder()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral("src/a/b.txt"), "x"}});
    auto repo = git::Repository::open(scratch.path() + QStringLiteral("/src/a"));
    RD_VERIFY_OK(repo);
    QCOMPARE(QDir(repo->workdir()).canonicalPath(), QDir(scratch.path()).canonicalPath());
}

// The remote's HEAD as clone records it; else the remote's main or master; never the branch
// that happens to be checked out.
void TestRepository::defaultBranchOfTheRemote()
{
    ScratchRepository scratch;
    const git::Oid head = scratch.commit(QStringLiteral("feat: first"),
                                         {{QStringLiteral("a.txt"), "x"}});
    QCOMPARE(scratch.repo().defaultBranch(), QString());
    const auto git = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(scratch.path());
        process.start(QStringLiteral("git"), arguments);
        return process.waitForFinished() && process.exitCode() == 0;
    };
    QVERIFY(git({QStringLiteral("update-ref"),
                 QStringLiteral("refs/remotes/origin/master"),
                 head.toString()}));
    QCOMPARE(scratch.repo().defaultBranch(), QStringLiteral("master"));
    QVERIFY(git({QStringLiteral("symbolic-ref"),
                 QStringLiteral("refs/remotes/origin/HEAD"),
                 QStringLiteral("refs/remotes/origin/trunk")}));
    QCOMPARE(scratch.repo().defaultBranch(), QStringLiteral("trunk"));
    QCOMPARE(scratch.repo().defaultBranch(QStringLiteral("upstream")), QString());
}

void TestRepository::emptyRepository()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    QVERIFY(scratch.repo().isEmpty());
    QVERIFY(scratch.repo().isHeadUnborn());
    QCOMPARE(scratch.repo().currentBranch(), QStringLiteral("main"));
    auto head = scratch.repo().headId();
    QVERIFY(!head);
    QCOMPARE(head.error().code, git::errc::unbornBranch.toString());
    auto tags = scratch.repo().tags();
    QVERIFY(tags);
    QVERIFY(tags->isEmpty());
}

void TestRepository::commitsAndParents()
{
    ScratchRepository scratch;
    const git::Oid first = scratch.commit(QStringLiteral("feat: first\n\nbody text\n"),
                                          {{QStringLiteral("a.txt"), "1"}});
    const git::Oid second = scratch.commit(QStringLiteral("fix: second"),
                                           {{QStringLiteral("a.txt"), "2"}});
    QVERIFY(!first.isNull());
    QCOMPARE(scratch.head(), second);
    auto commit = scratch.repo().lookupCommit(second);
    QVERIFY(commit);
    QCOMPARE(commit->summary(), QStringLiteral("fix: second"));
    QCOMPARE(commit->parentCount(), 1);
    QCOMPARE(commit->parentId(0), first);
    QCOMPARE(commit->author().name, QStringLiteral("Test Author"));
    auto firstCommit = scratch.repo().lookupCommit(first);
    QCOMPARE(firstCommit->message(), QStringLiteral("feat: first\n\nbody text\n"));
    QVERIFY(firstCommit->time() < commit->time());

    const git::Oid merge = scratch.commit(QStringLiteral("Merge branch 'x'"),
                                          {},
                                          QList<git::Oid>{second, first});
    QCOMPARE(scratch.repo().lookupCommit(merge)->parentCount(), 2);

    QCOMPARE(*scratch.repo().resolveCommit(QStringLiteral("HEAD~1")), second);
    auto missing = scratch.repo().resolveCommit(QStringLiteral("no-such-branch"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("no-such-branch")));
}

void TestRepository::tagsArePeeled()
{
    ScratchRepository scratch;
    const git::Oid first = scratch.commit(QStringLiteral("feat: one"));
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0\n"));
    const git::Oid second = scratch.commit(QStringLiteral("fix: two"));
    scratch.tag(QStringLiteral("v1.0.1"));
    auto tags = scratch.repo().tags();
    QVERIFY(tags);
    QCOMPARE(tags->size(), 2);
    const auto byName = [&](const QString &name) {
        return *std::find_if(tags->begin(), tags->end(), [&](const git::TagRef &t) {
            return t.name == name;
        });
    };
    const git::TagRef annotated = byName(QStringLiteral("v1.0.0"));
    QVERIFY(annotated.annotated);
    QCOMPARE(annotated.target, first);
    QVERIFY(annotated.object != first); // the tag object, not the commit
    QCOMPARE(annotated.message, QStringLiteral("Release 1.0.0\n"));
    QVERIFY(annotated.tagger.has_value());
    const git::TagRef light = byName(QStringLiteral("v1.0.1"));
    QVERIFY(!light.annotated);
    QCOMPARE(light.target, second);
    QCOMPARE(light.object, second);
}

void TestRepository::tagOnTreeHasNoTarget()
{
    ScratchRepository scratch;
    const git::Oid c = scratch.commit(QStringLiteral("feat: one"), {{QStringLiteral("f"), "x"}});
    const git::Oid tree = scratch.repo().lookupCommit(c)->treeId();
    scratch.tag(QStringLiteral("tree-tag"), {}, tree);
    auto tags = scratch.repo().tags();
    QVERIFY(tags);
    QCOMPARE(tags->size(), 1);
    QVERIFY(!tags->first().pointsToCommit());
}

void TestRepository::detachedHead()
{
    ScratchRepository scratch;
    const git::Oid first = scratch.commit(QStringLiteral("feat: one"));
    scratch.commit(QStringLiteral("feat: two"));
    QVERIFY(!scratch.repo().isHeadDetached());
    scratch.detach(first);
    QVERIFY(scratch.repo().isHeadDetached());
    QCOMPARE(scratch.repo().currentBranch(), QString());
    QCOMPARE(*scratch.repo().headId(), first);
}

void TestRepository::containsFollowsAncestry()
{
    ScratchRepository scratch;
    const git::Oid a = scratch.commit(QStringLiteral("a"));
    const git::Oid b = scratch.commit(QStringLiteral("b"));
    const git::Oid side = scratch.commit(QStringLiteral("side"), {}, QList<git::Oid>{a});
    QCOMPARE(*scratch.repo().contains(b, a), true);
    QCOMPARE(*scratch.repo().contains(a, b), false);
    QCOMPARE(*scratch.repo().contains(b, b), true);
    QCOMPARE(*scratch.repo().contains(b, side), false);
}

void TestRepository::nonUtf8MessageIsReplaced()
{
    ScratchRepository scratch;
    // Latin-1 bytes without an encoding header: invalid UTF-8, must not crash or vanish.
    const QString latin = QString::fromLatin1("fix: caf\xe9 cr\xe8me");
    git_oid id;
    git_odb *odb = nullptr;
    QCOMPARE(git_repository_odb(&odb, git::TestAccess::raw(scratch.repo())), 0);
    const git::Oid parent = scratch.commit(QStringLiteral("feat: base"));
    const QByteArray raw = "tree "
                           + scratch.repo().lookupCommit(parent)->treeId().toString().toLatin1()
                           + "\nparent " + parent.toString().toLatin1()
                           + "\nauthor A <a@example.invalid> 1700000000 +0000"
                           + "\ncommitter A <a@example.invalid> 1700000000 +0000\n\n"
                           + latin.toLatin1() + "\n";
    QCOMPARE(git_odb_write(&id, odb, raw.constData(), size_t(raw.size()), GIT_OBJECT_COMMIT), 0);
    git_odb_free(odb);
    auto commit = scratch.repo().lookupCommit(git::Oid(id));
    QVERIFY(commit);
    QCOMPARE(commit->rawMessage(), latin.toLatin1() + "\n");
    QVERIFY(commit->summary().startsWith(QStringLiteral("fix: caf")));
    QVERIFY(commit->summary().contains(QChar::ReplacementCharacter));
}

void TestRepository::encodingHeaderIsHonoured()
{
    ScratchRepository scratch;
    const git::Oid parent = scratch.commit(QStringLiteral("feat: base"));
    git_odb *odb = nullptr;
    QCOMPARE(git_repository_odb(&odb, git::TestAccess::raw(scratch.repo())), 0);
    const QByteArray raw = "tree "
                           + scratch.repo().lookupCommit(parent)->treeId().toString().toLatin1()
                           + "\nparent " + parent.toString().toLatin1()
                           + "\nauthor A <a@example.invalid> 1700000000 +0000"
                           + "\ncommitter A <a@example.invalid> 1700000000 +0000"
                           + "\nencoding ISO-8859-1\n\nfix: caf\xe9\n";
    git_oid id;
    QCOMPARE(git_odb_write(&id, odb, raw.constData(), size_t(raw.size()), GIT_OBJECT_COMMIT), 0);
    git_odb_free(odb);
    auto commit = scratch.repo().lookupCommit(git::Oid(id));
    QVERIFY(commit);
    QCOMPARE(commit->summary(), QString::fromUtf8("fix: caf\xc3\xa9"));
}

void TestRepository::shallowCloneIsDetected()
{
    ScratchRepository origin;
    origin.commit(QStringLiteral("feat: a"), {{QStringLiteral("a"), "1"}});
    origin.commit(QStringLiteral("feat: b"), {{QStringLiteral("b"), "1"}});
    origin.commit(QStringLiteral("feat: c"), {{QStringLiteral("c"), "1"}});
    QVERIFY(!origin.repo().isShallow());
    QTemporaryDir target;
    const QString clonePath = target.filePath(QStringLiteral("clone"));
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("clone"),
               QStringLiteral("-q"),
               QStringLiteral("--depth=1"),
               QStringLiteral("file://") + origin.path(),
               clonePath});
    QVERIFY(git.waitForFinished(60000));
    QCOMPARE(git.exitCode(), 0);
    auto clone = git::Repository::open(clonePath);
    QVERIFY(clone);
    QVERIFY(clone->isShallow());
}

void TestRepository::ignoreRules()
{
    ScratchRepository scratch;
    scratch.writeFile(QStringLiteral(".gitignore"), "build/\n*.log\n");
    QCOMPARE(*scratch.repo().isIgnored(QStringLiteral("build/x.txt")), true);
    QCOMPARE(*scratch.repo().isIgnored(QStringLiteral("a.log")), true);
    QCOMPARE(*scratch.repo().isIgnored(QStringLiteral("src/a.cpp")), false);
}

void TestRepository::errorCapturesLibgit2Message()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("a"));
    scratch.tag(QStringLiteral("v1.0.0"));
    // Creating the same tag again fails; the error keeps libgit2's reason and our context.
    auto again = scratch.repo().createLightweightTag(QStringLiteral("v1.0.0"), scratch.head());
    QVERIFY(!again);
    QCOMPARE(again.error().code, git::errc::exists.toString());
    QVERIFY(again.error().message.startsWith(QStringLiteral("Cannot create tag v1.0.0.")));
    QVERIFY(again.error().message.contains(QStringLiteral("exists")));
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
