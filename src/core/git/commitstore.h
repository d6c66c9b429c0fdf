// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "git/oid.h"
#include "git/signature.h"
#include "git/tagref.h"
#include "util/error.h"
#include "util/progress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include <git2/odb.h>

namespace git {

class Repository;

// A read commit's data, as views into the store's memory: valid as long as the store lives and
// safe to read on another thread while the store goes on reading (stored bytes never move).
struct RawCommit
{
    Oid id;
    qint64 time = 0;       // committer time, seconds since the epoch
    qint16 timeOffset = 0; // minutes east of UTC
    int parentCount = 0;   // as written in the commit
    QByteArrayView author; // "Name <email> 1700000000 +0100"
    QByteArrayView encoding;
    QByteArrayView message;
};

// The commits of a repository, each read once straight from the object database and kept
// compactly: parents, commit time, tree, author and message bytes. It serves the release
// history, the next version and the changelog, which read thousands of commits: going through
// git_commit_lookup would parse every header field into its own allocation and keep a copy in
// libgit2's object cache, then the message would be read again.
//
// Walks the graph itself because libgit2 1.5 cannot walk shallow clones: the commits listed in
// .git/shallow are roots (as git treats them), and ranges paint from both ends newest first,
// stopping once only excluded commits are left (with a little slack for clock skew).
// Commits are addressed by a node index, stable for the store's lifetime.
//
// Like the Repository, used on one thread at a time, and must not outlive it.
class CommitStore
{
public:
    explicit CommitStore(const Repository &repository);
    ~CommitStore();
    CommitStore(CommitStore &&) noexcept;
    CommitStore &operator=(CommitStore &&) = delete;
    CommitStore(const CommitStore &) = delete;
    CommitStore &operator=(const CommitStore &) = delete;

    bool isShallow() const { return !m_shallowRoots.isEmpty(); }
    bool isShallowRoot(const Oid &id) const { return m_shallowRoots.contains(id); }

    // The commit's node, reading it when it was not read yet. Errors: git.missing-commit (not
    // in this clone), git.not-a-commit (the id names another kind of object).
    rd::Result<qsizetype> load(const Oid &id);
    // Reads a node registered as a parent but not read yet (see parents()).
    rd::Status load(qsizetype node);
    bool isLoaded(qsizetype node) const { return m_nodes[size_t(node)].loaded; }
    // The node of a commit already known, or -1.
    qsizetype find(const Oid &id) const { return m_index.value(id, -1); }
    qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }

    // Commits reachable from `include` and not from `exclude` (git rev-list A ^B), each after
    // all of its children, otherwise newest first by commit time. Every returned node is read.
    rd::Result<QList<qsizetype>> range(const QList<Oid> &include,
                                       const QList<Oid> &exclude,
                                       rd::Progress *progress = nullptr);
    rd::Result<QList<Oid>> rangeIds(const QList<Oid> &include,
                                    const QList<Oid> &exclude,
                                    rd::Progress *progress = nullptr);
    // True when `ancestor` is `descendant` or one of its ancestors.
    rd::Result<bool> isAncestor(const Oid &ancestor, const Oid &descendant);

    // Every tag under refs/tags whose name (without "refs/tags/") `wanted` accepts, peeled like
    // Repository::tags(). The commits they point at are checked to be commits but not read
    // (load() them when needed). Tags of no interest cost nothing but their name.
    rd::Result<QList<TagRef>> tags(const std::function<bool(QStringView)> &wanted);

    // What a read node holds.
    RawCommit raw(qsizetype node) const;
    const Oid &id(qsizetype node) const { return m_nodes[size_t(node)].id; }
    const Oid &tree(qsizetype node) const { return m_nodes[size_t(node)].tree; }
    qint64 time(qsizetype node) const { return m_nodes[size_t(node)].time; } // committer, s
    QDateTime dateTime(qsizetype node) const; // committer time with its UTC offset
    // Parents as written in the commit (a shallow root keeps them: merges stay merges).
    int parentCount(qsizetype node) const { return m_nodes[size_t(node)].recordedParents; }
    // Parent nodes in the walkable graph: none for a shallow root. They may not be read yet.
    QList<qsizetype> parents(qsizetype node) const;
    QByteArrayView rawMessage(qsizetype node) const;
    // Decoded by the commit's encoding header, else as UTF-8 (Commit::message() rules).
    QString message(qsizetype node) const;
    // The author line decoded; cheap parts on their own for callers that need only those.
    Signature author(qsizetype node) const;
    QByteArrayView rawAuthor(qsizetype node) const; // "Name <email> 1700000000 +0100"

private:
    enum Flag : quint8 { Included = 1, Excluded = 2, Queued = 4, Collected = 8 };

    struct Node
    {
        Oid id;
        Oid tree;
        qint64 time = 0;
        quint32 parentsBegin = 0; // into m_parentPool
        quint16 parentCount = 0;  // walkable parents
        quint16 recordedParents = 0;
        qint16 timeOffset = 0; // minutes east of UTC
        quint8 flags = 0;
        bool loaded = false;
        quint32 chunk = 0; // bytes: author line, encoding name, message, back to back
        quint32 offset = 0;
        quint32 authorLength = 0;
        quint32 messageLength = 0;
        quint16 encodingLength = 0;
    };

    qsizetype addNode(const Oid &id);
    rd::Status parseCommit(qsizetype node, const char *data, size_t size);
    // Appends a commit's bytes to the last block (a new one when full); returns the offset.
    quint32 store(QByteArrayView author,
                  QByteArrayView encoding,
                  QByteArrayView message,
                  quint32 &chunk);
    rd::Result<QList<qsizetype>> paint(const QList<Oid> &include,
                                       const QList<Oid> &exclude,
                                       rd::Progress *progress);
    void resetFlags();
    rd::Status peel(TagRef &tag, const Oid &object);

    const Repository &m_repository;
    Handle<git_odb, git_odb_free> m_odb;
    QSet<Oid> m_shallowRoots;
    struct Block
    {
        std::unique_ptr<char[]> data;
        qsizetype size = 0;
        qsizetype capacity = 0;
    };

    std::deque<Node> m_nodes; // a deque: growing never moves the nodes already read
    std::vector<quint32> m_parentPool;
    QHash<Oid, qsizetype> m_index;
    std::vector<Block> m_chunks; // fixed-size blocks, so stored bytes never move
    std::vector<qsizetype> m_touched;
    std::vector<quint32> m_stamp; // per node, for range ordering
    std::vector<quint32> m_pending;
    quint32 m_generation = 0;
};

// A raw commit's message decoded as CommitStore::message() does.
QString decodeMessage(const RawCommit &commit);
// "Name <email> 1700000000 +0100" as a signature (names as written, like git prints them).
Signature decodeAuthor(QByteArrayView line);

namespace errc {
inline constexpr QStringView missingCommit = u"git.missing-commit";
inline constexpr QStringView notACommit = u"git.not-a-commit";
} // namespace errc

} // namespace git
