// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "fixtures.h"
#include "scratchrepository.h"

#include "git/commitstore.h"
#include "git/library.h"
#include "git/repository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using rd::test::ScratchRepository;

namespace {

QStringList gitLines(const QString &repo, const QStringList &arguments)
{
    QProcess git;
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repo} + arguments);
    git.waitForFinished(120000);
    return QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// Every commit comes after all of its children that are in the list.
bool childrenFirst(git::CommitStore &store, const QList<qsizetype> &nodes)
{
    QHash<qsizetype, qsizetype> position;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        position.insert(nodes.at(i), i);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (qsizetype parent : store.parents(nodes.at(i))) {
            if (position.contains(parent) && position.value(parent) < i)
                return false;
        }
    }
    return true;
}

} // namespace

class TestCommitStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsWhatLibgit2Reads();
    void rangeOnBranchesAndMerges();
    void matchesGitRevListOnRealHistories_data();
    void matchesGitRevListOnRealHistories();
    void tagsMatchGitForEachRef_data();
    void tagsMatchGitForEachRef();
    void shallowCloneStopsAtBoundary();
    void errorsAreClear();

private:
    git::Library m_library;
    QTemporaryDir m_dir;
};

void TestCommitStore::initTestCase()
{
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"),
                                  m_dir.filePath(QStringLiteral("semantic-release"))));
    QVERIFY(rd::test::loadHistory(QStringLiteral("vite"), m_dir.filePath(QStringLiteral("vite"))));
}

void TestCommitStore::readsWhatLibgit2Reads()
{
    // Every commit of the vite history, read by the store and by git_commit_lookup: the same
    // message bytes, author, time, parents and tree.
    auto repo = git::Repository::open(m_dir.filePath(QStringLiteral("vite")));
    QVERIFY(repo);
    git::CommitStore store(*repo);
    auto all = store.range({*repo->headId()}, {});
    QVERIFY(all);
    QCOMPARE(all->size(), 9620); // the fixture README's count for main
    // Names as git prints them (libgit2 trims "crud" such as a final '.' that git keeps).
    QHash<QString, QString> authorNames;
    for (const QString &line : gitLines(m_dir.filePath(QStringLiteral("vite")),
                                        {QStringLiteral("log"), QStringLiteral("--format=%H %an")}))
        authorNames.insert(line.left(40), line.mid(41));
    QCOMPARE(authorNames.size(), all->size());
    for (qsizetype node : *all) {
        auto commit = repo->lookupCommit(store.id(node));
        QVERIFY(commit);
        QCOMPARE(store.rawMessage(node).toByteArray(), commit->rawMessage());
        QCOMPARE(store.message(node), commit->message());
        const git::Signature author = store.author(node);
        QCOMPARE(author.name, authorNames.value(store.id(node).toString()));
        QCOMPARE(author.email, commit->author().email);
        QCOMPARE(author.when, commit->author().when);
        QCOMPARE(author.when.offsetFromUtc(), commit->author().when.offsetFromUtc());
        QCOMPARE(store.dateTime(node), commit->time());
        QCOMPARE(store.parentCount(node), commit->parentCount());
        QCOMPARE(store.tree(node), commit->treeId());
        const QList<qsizetype> parents = store.parents(node);
        QCOMPARE(parents.size(), commit->parentCount());
        for (int i = 0; i < commit->parentCount(); ++i)
            QCOMPARE(store.id(parents.at(i)), commit->parentId(i));
    }
}

void TestCommitStore::rangeOnBranchesAndMerges()
{
    ScratchRepository scratch;
    const git::Oid a = scratch.commit(QStringLiteral("a"));
    const git::Oid b = scratch.commit(QStringLiteral("b"));
    const git::Oid side1 = scratch.commit(QStringLiteral("side1"), {}, QList<git::Oid>{a});
    const git::Oid side2 = scratch.commit(QStringLiteral("side2"), {}, QList<git::Oid>{side1});
    const git::Oid c = scratch.commit(QStringLiteral("c"));
    const git::Oid merge = scratch.commit(QStringLiteral("merge"), {}, QList<git::Oid>{c, side2});
    git::CommitStore store(scratch.repo());
    auto all = store.rangeIds({merge}, {});
    QVERIFY(all);
    QCOMPARE(all->size(), 6);
    QCOMPARE(all->first(), merge);
    QCOMPARE(all->last(), a);
    auto sinceB = store.rangeIds({merge}, {b});
    QVERIFY(sinceB);
    QCOMPARE(QSet<git::Oid>(sinceB->begin(), sinceB->end()),
             (QSet<git::Oid>{merge, c, side2, side1}));
    auto nothing = store.rangeIds({b}, {merge});
    QVERIFY(nothing);
    QVERIFY(nothing->isEmpty());
    QCOMPARE(*store.isAncestor(a, b), true);
    QCOMPARE(*store.isAncestor(b, a), false);
    QCOMPARE(*store.isAncestor(b, b), true);
    QCOMPARE(*store.isAncestor(side2, c), false);
    QCOMPARE(*store.isAncestor(side2, merge), true);
    QCOMPARE(store.message(store.find(merge)), QStringLiteral("merge"));
    QCOMPARE(store.parentCount(store.find(merge)), 2);
}

void TestCommitStore::matchesGitRevListOnRealHistories_data()
{
    QTest::addColumn<QString>("history");
    QTest::newRow("semantic-release") << QStringLiteral("semantic-release");
    QTest::newRow("vite") << QStringLiteral("vite");
}

void TestCommitStore::matchesGitRevListOnRealHistories()
{
    // For HEAD and a sample of tags, the range since a random other tag must hold exactly the
    // commits `git rev-list TIP ^BASE` prints, children first; ancestry must agree with git.
    // One store serves every round, as the release history uses it.
    QFETCH(QString, history);
    const QString path = m_dir.filePath(history);
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    git::CommitStore store(*repo);
    auto tags = repo->tags();
    QVERIFY(tags);
    QList<git::Oid> tips;
    for (const git::TagRef &tag : *tags)
        tips.append(tag.target);

    QRandomGenerator random(20261124);
    for (int round = 0; round < 30; ++round) {
        const git::Oid tip = round == 0 ? *repo->headId() : tips.at(random.bounded(tips.size()));
        const git::Oid base = tips.at(random.bounded(tips.size()));
        auto ours = store.range({tip}, {base});
        QVERIFY(ours);
        QStringList got;
        for (qsizetype node : *ours)
            got.append(store.id(node).toString());
        QStringList expected = gitLines(path,
                                        {QStringLiteral("rev-list"),
                                         tip.toString(),
                                         QStringLiteral("^") + base.toString()});
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
        QVERIFY(childrenFirst(store, *ours));
        const bool gitSaysAncestor = gitLines(path,
                                              {QStringLiteral("rev-list"),
                                               QStringLiteral("-n1"),
                                               base.toString(),
                                               QStringLiteral("^") + tip.toString()})
                                             .isEmpty();
        QCOMPARE(*store.isAncestor(base, tip), gitSaysAncestor);
    }
}

void TestCommitStore::tagsMatchGitForEachRef_data()
{
    matchesGitRevListOnRealHistories_data();
}

void TestCommitStore::tagsMatchGitForEachRef()
{
    // The one tag lister, against git's own view of refs/tags: name, object, annotated or not,
    // the commit it peels to, the tagger and the message's subject.
    QFETCH(QString, history);
    const QString path = m_dir.filePath(history);
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    struct GitTag
    {
        QString object, type, peeled, tagger, subject;
    };
    QHash<QString, GitTag> byName;
    const QString format = QStringLiteral(
            "%(refname:strip=2)%00%(objectname)%00%(objecttype)%00%(*objectname)%00"
            "%(taggername)%00%(contents:subject)");
    for (const QString &line : gitLines(path,
                                        {QStringLiteral("for-each-ref"),
                                         QStringLiteral("--format=") + format,
                                         QStringLiteral("refs/tags")})) {
        const QStringList f = line.split(QChar(0));
        QCOMPARE(f.size(), 6);
        byName.insert(f.at(0), GitTag{f.at(1), f.at(2), f.at(3), f.at(4), f.at(5)});
    }
    QVERIFY(!byName.isEmpty());
    git::CommitStore store(*repo);
    auto all = store.tags([](QStringView) { return true; });
    QVERIFY(all);
    QCOMPARE(all->size(), byName.size());
    QCOMPARE(repo->tags()->size(), all->size());
    int annotated = 0;
    for (const git::TagRef &tag : *all) {
        QVERIFY2(byName.contains(tag.name), qPrintable(tag.name));
        const GitTag &other = byName.value(tag.name);
        QCOMPARE(tag.object.toString(), other.object);
        QCOMPARE(tag.annotated, other.type == u"tag");
        QVERIFY(tag.kind == git::TagRef::Target::Commit);
        QCOMPARE(tag.target.toString(), tag.annotated ? other.peeled : other.object);
        if (tag.annotated) {
            // git's subject leaves out a signature block that follows the message directly.
            QString message = tag.message;
            const qsizetype signature = message.indexOf(QStringLiteral("-----BEGIN "));
            if (signature >= 0)
                message.truncate(signature);
            QCOMPARE(message.section(QStringLiteral("\n\n"), 0, 0).replace(u'\n', u' ').trimmed(),
                     other.subject.trimmed());
            QCOMPARE(tag.tagger.has_value(), !other.tagger.isEmpty());
            if (tag.tagger)
                QCOMPARE(tag.tagger->name, other.tagger);
        }
        // The commit is only checked to be one; it is read on demand.
        auto node = store.load(tag.target);
        QVERIFY(node);
        QCOMPARE(store.id(*node), tag.target);
        annotated += tag.annotated ? 1 : 0;
    }
    QVERIFY(annotated > 0 || history == u"vite");

    auto some = store.tags([](QStringView name) { return name.startsWith(u"v1."); });
    QVERIFY(some);
    QVERIFY(!some->isEmpty());
    for (const git::TagRef &tag : *some)
        QVERIFY(tag.name.startsWith(u"v1."));
}

void TestCommitStore::shallowCloneStopsAtBoundary()
{
    ScratchRepository origin;
    origin.commit(QStringLiteral("a"), {{QStringLiteral("a"), "1"}});
    const git::Oid b = origin.commit(QStringLiteral("b"), {{QStringLiteral("b"), "1"}});
    origin.commit(QStringLiteral("c"), {{QStringLiteral("c"), "1"}});
    const git::Oid d = origin.commit(QStringLiteral("d"), {{QStringLiteral("d"), "1"}});
    origin.tag(QStringLiteral("old"), QStringLiteral("old"), b);
    QTemporaryDir target;
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("clone"),
               QStringLiteral("-q"),
               QStringLiteral("--depth=3"),
               QStringLiteral("file://") + origin.path(),
               target.path()});
    QVERIFY(git.waitForFinished(60000));
    QCOMPARE(git.exitCode(), 0);
    auto clone = git::Repository::open(target.path());
    QVERIFY(clone);
    git::CommitStore store(*clone);
    QVERIFY(store.isShallow());
    QVERIFY(store.isShallowRoot(b));
    auto all = store.rangeIds({d}, {});
    RD_VERIFY_OK(all);
    QCOMPARE(all->size(), 3); // d, c, b: b is the boundary
    QCOMPARE(all->last(), b);
    QCOMPARE(store.parentCount(store.find(b)), 1); // still recorded, just not walked
    QVERIFY(store.parents(store.find(b)).isEmpty());
    QCOMPARE(*store.isAncestor(b, d), true);
}

void TestCommitStore::errorsAreClear()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("a"), {{QStringLiteral("file"), "x"}});
    git::CommitStore store(scratch.repo());
    const git::Oid bogus = *git::Oid::fromString(
            QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    auto range = store.range({bogus}, {});
    QVERIFY(!range);
    QCOMPARE(range.error().code, git::errc::missingCommit.toString());
    QVERIFY(range.error().message.contains(QStringLiteral("0123456")));
    auto head = scratch.repo().lookupCommit(scratch.head());
    QVERIFY(head);
    auto tree = store.load(head->treeId());
    QVERIFY(!tree);
    QCOMPARE(tree.error().code, git::errc::notACommit.toString());
}

QTEST_GUILESS_MAIN(TestCommitStore)
#include "tst_commitstore.moc"
