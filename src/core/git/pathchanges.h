// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "git/oid.h"
#include "util/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <git2/odb.h>

namespace git {

class CommitStore;
class Repository;

// Tells whether a commit changes anything under some paths (a monorepo package's folders), as
// `git log -- <paths>` does for a commit with one parent: the entry at each path in the
// commit's tree is compared with the one in its first parent's tree (a root commit: with no
// entry). Merges are compared with their first parent too, so a merge that brings changes into
// a folder counts for it. Only the trees along the paths are read, each (tree, path) once.
//
// Used on one thread at a time, with the store of the same repository.
class PathChanges
{
public:
    // `paths` are '/'-separated and relative to the repository root; "", "." or "/" stands for
    // the whole tree (every commit with a change).
    PathChanges(const Repository &repository, const QStringList &paths);
    ~PathChanges();

    bool isEmpty() const { return m_paths.isEmpty(); }
    const QStringList &paths() const { return m_paths; }

    // True when the commit at `node` (read) changes one of the paths.
    rd::Result<bool> touches(CommitStore &store, qsizetype node);

private:
    struct Key
    {
        Oid tree;
        int path = 0;
        int depth = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHash(key.tree, seed) ^ size_t(key.path * 131 + key.depth);
    }

    // The id of the entry at path `path` below `tree` (whose depth in that path is `depth`);
    // null when there is none.
    rd::Result<Oid> entryAt(const Oid &tree, int path, int depth);

    const Repository &m_repository;
    Handle<git_odb, git_odb_free> m_odb;
    QStringList m_paths;
    QList<QList<QByteArray>> m_components; // per path; empty list: the root itself
    QHash<Key, Oid> m_cache;
};

} // namespace git
