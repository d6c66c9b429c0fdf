// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/repository.h"

namespace git {

// The raw libgit2 handle of a repository, for tests that build states the product never makes
// (a detached HEAD at an old commit, a remote added by hand, a lookup of the written object).
// The product's code outside git/ has no such access.
struct TestAccess
{
    static git_repository *raw(const Repository &repository) { return repository.raw(); }
};

} // namespace git
