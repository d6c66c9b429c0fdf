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
    // Pack files are read through memory maps; a history is read front to back, so a few small
    // windows are enough, and the pages behind are let go instead of staying resident.
    git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, size_t(1) << 20);
    git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, size_t(4) << 20);
}

} // namespace git
