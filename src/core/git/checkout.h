// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "util/error.h"

namespace git {

class Repository;

// Moving the checked-out branch with its files.
class Checkout
{
public:
    // Fast-forwards the checked-out branch `branchRef` from `from` to `to` (a descendant):
    // updates the work tree and index safely (refusing to overwrite local changes, like
    // `git merge --ff-only`), then moves the branch only if it still points at `from`.
    static rd::Status fastForward(Repository &repository,
                                  const QString &branchRef,
                                  const Oid &from,
                                  const Oid &to);

    // Writes the files of `commit` into `directory` (created; it must be empty or absent), as
    // a checkout would, leaving the repository's index, HEAD and work tree alone: a scratch
    // copy to build from. Submodules are not filled in.
    static rd::Status exportCommit(const Repository &repository,
                                   const Oid &commit,
                                   const QString &directory);
};

} // namespace git
