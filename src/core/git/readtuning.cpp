// SPDX-License-Identifier: GPL-3.0-or-later
#include "readtuning.h"

#include <git2/common.h>
#include <git2/types.h>

#include <sys/types.h>

namespace git {

void tuneForHistoryReads(qsizetype cacheBytes)
{
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t(cacheBytes));
    // Commits are read once (CommitStore): caching them only costs a hash-table insertion and
    // an eviction each.
    git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_COMMIT, size_t(0));
}

} // namespace git
