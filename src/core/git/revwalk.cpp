// SPDX-License-Identifier: GPL-3.0-or-later
#include "revwalk.h"

#include "git/error.h"
#include "git/repository.h"

#include <git2/errors.h>

namespace git {

rd::Result<RevWalk> RevWalk::create(const Repository &repository)
{
    Ptr walk;
    const int rc = git_revwalk_new(out(walk), repository.raw());
    if (rc < 0)
        return std::unexpected(git::error(rc, QStringLiteral("Cannot start a revision walk")));
    return RevWalk(std::move(walk));
}

rd::Status RevWalk::push(const Oid &id)
{
    return check(git_revwalk_push(m_walk.get(), id.raw()),
                 QStringLiteral("Cannot walk from commit %1").arg(id.toShortString()));
}

rd::Status RevWalk::hide(const Oid &id)
{
    return check(git_revwalk_hide(m_walk.get(), id.raw()),
                 QStringLiteral("Cannot leave out commit %1 from the walk")
                         .arg(id.toShortString()));
}

void RevWalk::setSorting(unsigned sort)
{
    git_revwalk_sorting(m_walk.get(), sort);
}

void RevWalk::simplifyFirstParent()
{
    git_revwalk_simplify_first_parent(m_walk.get());
}

std::optional<Oid> RevWalk::next()
{
    git_oid id;
    const int rc = git_revwalk_next(&id, m_walk.get());
    if (rc == 0)
        return Oid(id);
    if (rc != GIT_ITEROVER)
        m_error = git::error(rc, QStringLiteral("The revision walk failed"));
    return std::nullopt;
}

} // namespace git
