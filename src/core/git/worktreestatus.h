// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QList>
#include <QString>

namespace git {

class Repository;

// What `git status` shows: files that differ between HEAD, the index and the work tree.
class WorkTreeStatus
{
public:
    struct Entry
    {
        QString path;
        bool staged = false;    // the index differs from HEAD
        bool modified = false;  // the work tree differs from the index (tracked files)
        bool untracked = false; // not tracked and not ignored
        bool conflicted = false;
    };

    // Reads the status; untracked files are listed when `includeUntracked` (ignored files
    // never are).
    static rd::Result<WorkTreeStatus> read(const Repository &repository, bool includeUntracked);

    const QList<Entry> &entries() const { return m_entries; }
    bool isClean() const { return m_entries.isEmpty(); }
    // Tracked files with staged or unstaged changes, and conflicts.
    QList<Entry> trackedChanges() const;

private:
    QList<Entry> m_entries;
};

} // namespace git
