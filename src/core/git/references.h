// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "util/error.h"

#include <QString>

#include <optional>

namespace git {

class Repository;

// Reading and moving references by full name ("refs/heads/main", "refs/tags/v1.0.0").
// Kept apart from Repository because only the release steps move refs this directly.
class References
{
public:
    explicit References(const Repository &repository)
        : m_repository(repository)
    {}

    // The id a direct reference holds (a tag ref: the tag object, not peeled); nullopt when the
    // reference does not exist.
    rd::Result<std::optional<Oid>> target(const QString &refName) const;
    // Sets `refName` to `id`, only when it still holds `expected` (nullopt: must not exist).
    // A compare-and-swap, so a concurrent change is an error (git.conflict) instead of lost.
    rd::Status set(const QString &refName,
                   const Oid &id,
                   const std::optional<Oid> &expected,
                   const QString &logMessage);
    // Deletes `refName` when it still holds `expected`.
    rd::Status remove(const QString &refName, const Oid &expected);

    // The upstream of a local branch ("main" → "refs/remotes/origin/main"), its remote's name
    // and the branch name on the remote; nullopt when none is configured.
    struct Upstream
    {
        QString trackingRef; // refs/remotes/origin/main
        QString remote;      // origin
        QString mergeRef;    // refs/heads/main (the branch on the remote)
    };
    rd::Result<std::optional<Upstream>> upstream(const QString &branch) const;

    // Commits `local` has that `upstream` lacks, and the other way round.
    rd::Result<std::pair<qsizetype, qsizetype>> aheadBehind(const Oid &local,
                                                            const Oid &upstream) const;

private:
    const Repository &m_repository;
};

} // namespace git
