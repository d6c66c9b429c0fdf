// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace git {

// Process-wide libgit2 settings for reading long histories. Call once after the git::Library
// guard is created and before other threads use libgit2 (front ends do it in main()):
// - objects are not hashed again on every read to check their id (git itself does that only in
//   `git fsck`): that check costs about as much as reading the commit;
// - libgit2's object cache is capped at `cacheBytes` and keeps no commits: by default it would
//   keep up to 256 MB, most of a 100 000-commit history, in memory for nothing (CommitStore
//   reads each commit once);
// - pack files are mapped through 1 MB windows, 4 MB at most: a history is read front to back,
//   so the pages behind are let go instead of staying resident.
void tuneForHistoryReads(qsizetype cacheBytes = 8 * 1024 * 1024);

} // namespace git
