// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "git/oid.h"
#include "util/error.h"

#include <git2/revwalk.h>

#include <optional>

namespace git {

class Repository;

// A revision walk: push starting points, hide what to leave out, then next() until nullopt.
class RevWalk
{
public:
    enum Sort : unsigned { None = 0, Topological = 1, Time = 2, Reverse = 4 };

    static rd::Result<RevWalk> create(const Repository &repository);

    rd::Status push(const Oid &id);
    rd::Status hide(const Oid &id);
    void setSorting(unsigned sort);
    void simplifyFirstParent();

    // The next commit id, or nullopt at the end. A failure ends the walk and is kept in error().
    std::optional<Oid> next();
    const std::optional<rd::Error> &error() const { return m_error; }

private:
    using Ptr = Handle<git_revwalk, git_revwalk_free>;
    explicit RevWalk(Ptr walk)
        : m_walk(std::move(walk))
    {}
    Ptr m_walk;
    std::optional<rd::Error> m_error;
};

} // namespace git
