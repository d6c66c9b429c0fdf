// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "scratchrepository.h"

#include "git/commitgraph.h"
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

QStringList toStrings(const QList<git::Oid> &ids)
{
    QStringList result;
    for (const git::Oid &id : ids)
        result.append(id.toString());
    return result;
}

// Every commit comes after all of its children that are in the list.
bool childrenFirst(git::CommitGraph &graph, const QList<git::Oid> &ids)
{
    QHash<git::Oid, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto parents = graph.parents(ids.at(i));
        if (!parents)
            return false;
        for (const git::Oid &parent : *parents) {
            if (position.contains(parent) && position.value(parent) < i)
                return false;
        }
    }
    return true;
}

} // namespace

class TestCommitGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rangeOnBranchesAndMerges();
    void ancestry();
    void matchesGitRevListOnRealHistories_data();
    void matchesGitRevListOnRealHistories();
    void shallowCloneStopsAtBoundary();
    void missingCommitIsAClearError();

private:
    git::Library m_library;
    QTemporaryDir m_dir;
};

void TestCommitGraph::initTestCase()
{
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"),
                                  m_dir.filePath(QStringLiteral("semantic-release"))));
    QVERIFY(rd::test::loadHistory(QStringLiteral("vite"), m_dir.filePath(QStringLiteral("vite"))));
}

void TestCommitGraph::rangeOnBranchesAndMerges()
{
    ScratchRepository scratch;
    const git::Oid a = scratch.commit(QStringLiteral("a"));
    const git::Oid b = scratch.commit(QStringLiteral("b"));
    const git::Oid side1 = scratch.commit(QStringLiteral("side1"), {}, QList<git::Oid>{a});
    const git::Oid side2 = scratch.commit(QStringLiteral("side2"), {}, QList<git::Oid>{side1});
    const git::Oid c = scratch.commit(QStringLiteral("c"));
    const git::Oid merge = scratch.commit(QStringLiteral("merge"), {}, QList<git::Oid>{c, side2});
    git::CommitGraph graph(scratch.repo());
    auto all = graph.range({merge}, {});
    QVERIFY(all);
    QCOMPARE(all->size(), 6);
    QCOMPARE(all->first(), merge);
    QCOMPARE(all->last(), a);
    QVERIFY(childrenFirst(graph, *all));
    auto sinceB = graph.range({merge}, {b});
    QVERIFY(sinceB);
    QCOMPARE(QSet<git::Oid>(sinceB->begin(), sinceB->end()),
             (QSet<git::Oid>{merge, c, side2, side1}));
    auto nothing = graph.range({b}, {merge});
    QVERIFY(nothing);
    QVERIFY(nothing->isEmpty());
}

void TestCommitGraph::ancestry()
{
    ScratchRepository scratch;
    const git::Oid a = scratch.commit(QStringLiteral("a"));
    const git::Oid b = scratch.commit(QStringLiteral("b"));
    const git::Oid side = scratch.commit(QStringLiteral("side"), {}, QList<git::Oid>{a});
    git::CommitGraph graph(scratch.repo());
    QCOMPARE(*graph.isAncestor(a, b), true);
    QCOMPARE(*graph.isAncestor(b, a), false);
    QCOMPARE(*graph.isAncestor(b, b), true);
    QCOMPARE(*graph.isAncestor(side, b), false);
    QCOMPARE(*graph.isAncestor(a, side), true);
}

void TestCommitGraph::matchesGitRevListOnRealHistories_data()
{
    QTest::addColumn<QString>("history");
    QTest::newRow("semantic-release") << QStringLiteral("semantic-release");
    QTest::newRow("vite") << QStringLiteral("vite");
}

void TestCommitGraph::matchesGitRevListOnRealHistories()
{
    // For HEAD and a sample of tags, the range since a random other tag must hold exactly the
    // commits `git rev-list TIP ^BASE` prints, children first; and ancestry must agree with
    // `git merge-base --is-ancestor` (sampled through rev-list membership).
    QFETCH(QString, history);
    const QString path = m_dir.filePath(history);
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    git::CommitGraph graph(*repo);
    auto tags = repo->tags();
    QVERIFY(tags);
    QList<git::Oid> tips;
    for (const git::TagRef &tag : *tags)
        tips.append(tag.target);
    QVERIFY(tips.size() > 400);

    QRandomGenerator random(20261123);
    for (int round = 0; round < 25; ++round) {
        const git::Oid tip = round == 0 ? *repo->headId() : tips.at(random.bounded(tips.size()));
        const git::Oid base = tips.at(random.bounded(tips.size()));
        auto ours = graph.range({tip}, {base});
        QVERIFY(ours);
        const QStringList expected = gitLines(path,
                                              {QStringLiteral("rev-list"),
                                               tip.toString(),
                                               QStringLiteral("^") + base.toString()});
        QStringList got = toStrings(*ours);
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        got.sort();
        QCOMPARE(got, sortedExpected);
        QVERIFY(childrenFirst(graph, *ours));
        const bool gitSaysAncestor = gitLines(path,
                                              {QStringLiteral("rev-list"),
                                               QStringLiteral("-n1"),
                                               base.toString(),
                                               QStringLiteral("^") + tip.toString()})
                                             .isEmpty();
        QCOMPARE(*graph.isAncestor(base, tip), gitSaysAncestor);
    }
}

void TestCommitGraph::shallowCloneStopsAtBoundary()
{
    ScratchRepository origin;
    origin.commit(QStringLiteral("a"), {{QStringLiteral("a"), "1"}});
    const git::Oid b = origin.commit(QStringLiteral("b"), {{QStringLiteral("b"), "1"}});
    origin.commit(QStringLiteral("c"), {{QStringLiteral("c"), "1"}});
    const git::Oid d = origin.commit(QStringLiteral("d"), {{QStringLiteral("d"), "1"}});
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
    git::CommitGraph graph(*clone);
    QVERIFY(graph.isShallow());
    QVERIFY(graph.isShallowRoot(b));
    auto all = graph.range({d}, {});
    QVERIFY2(all, qPrintable(all ? QString() : all.error().toString()));
    QCOMPARE(all->size(), 3); // d, c, b: b is the boundary
    QCOMPARE(all->last(), b);
    QCOMPARE(*graph.isAncestor(b, d), true);
}

void TestCommitGraph::missingCommitIsAClearError()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("a"));
    git::CommitGraph graph(scratch.repo());
    const git::Oid bogus = *git::Oid::fromString(
            QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    auto range = graph.range({bogus}, {});
    QVERIFY(!range);
    QCOMPARE(range.error().code, git::errc::missingCommit.toString());
    QVERIFY(range.error().message.contains(QStringLiteral("0123456")));
}

QTEST_GUILESS_MAIN(TestCommitGraph)
#include "tst_commitgraph.moc"
