// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include <git2.h>

namespace git {

Library::Library()
{
    git_libgit2_init();
}

Library::~Library()
{
    git_libgit2_shutdown();
}

} // namespace git
