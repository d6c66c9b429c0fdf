// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "git/oid.h"
#include "util/error.h"

#include <git2/index.h>

namespace git {

// The repository's index (staging area).
class Index
{
public:
    // Stages the file at `relativePath` (relative to the work tree) as it is on disk.
    rd::Status addPath(const QString &relativePath);
    rd::Status removePath(const QString &relativePath);
    // Writes the index to disk.
    rd::Status write();
    // Writes the index content as a tree object.
    rd::Result<Oid> writeTree();

private:
    friend class Repository;
    using Ptr = Handle<git_index, git_index_free>;
    explicit Index(Ptr index)
        : m_index(std::move(index))
    {}
    Ptr m_index;
};

} // namespace git
