// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "util/error.h"
#include "util/progress.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVarLengthArray>

#include <vector>

namespace git {

class Repository;

// The commit graph of a repository, read lazily and cached: parents and commit times.
//
// We walk it ourselves instead of with git_revwalk because libgit2 1.5 does not understand
// shallow clones (it fails on the first missing parent); here the commits listed in
// .git/shallow are roots, as git treats them. Ranges use git's own approach: paint commits
// reachable from the excluded tips, newest first, and stop once only excluded commits are
// left (with a few extra steps of slack for clock skew).
//
// Like the Repository, used on one thread at a time.
class CommitGraph
{
public:
    explicit CommitGraph(const Repository &repository);

    bool isShallow() const { return !m_shallowRoots.isEmpty(); }
    bool isShallowRoot(const Oid &id) const { return m_shallowRoots.contains(id); }

    // Commits reachable from `include` and not from `exclude` (git rev-list A ^B), every
    // commit after all its children, otherwise newest first by commit time.
    rd::Result<QList<Oid>> range(const QList<Oid> &include,
                                 const QList<Oid> &exclude,
                                 rd::Progress *progress = nullptr);

    // True when `ancestor` is `descendant` or one of its ancestors.
    rd::Result<bool> isAncestor(const Oid &ancestor, const Oid &descendant);

    // Parents as recorded in the graph (none for a shallow root).
    rd::Result<QList<Oid>> parents(const Oid &id);

private:
    enum Flag : quint8 { Included = 1, Excluded = 2, Queued = 4, Collected = 8 };

    struct Node
    {
        Oid id;
        qint64 time = 0;
        QVarLengthArray<qsizetype, 2> parents;
        bool parsed = false;
        quint8 flags = 0;
    };

    rd::Result<qsizetype> node(const Oid &id);
    rd::Status parse(qsizetype index);
    // Marks reachability from `include`/`exclude`; returns the collected included commits.
    rd::Result<QList<qsizetype>> paint(const QList<Oid> &include,
                                       const QList<Oid> &exclude,
                                       rd::Progress *progress);
    void resetFlags();

    const Repository &m_repository;
    QSet<Oid> m_shallowRoots;
    std::vector<Node> m_nodes;
    QHash<Oid, qsizetype> m_index;
    std::vector<qsizetype> m_touched;
};

namespace errc {
inline constexpr QStringView missingCommit = u"git.missing-commit";
}

} // namespace git
