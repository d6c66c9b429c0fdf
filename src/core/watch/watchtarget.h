// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forge.h"

namespace rd::watch {

// What a watch follows: the runs of a branch, a tag or a commit of one repository.
struct WatchTarget
{
    ForgeLocation location;
    QString token; // may be empty (public projects)
    RunFilter::Kind kind = RunFilter::Kind::Branch;
    QString value; // the branch, tag or commit id

    bool isTag() const { return kind == RunFilter::Kind::Tag; }
    // "v1.4.0", "main", "0123456789ab"
    QString label() const { return kind == RunFilter::Kind::Commit ? value.left(12) : value; }
};

} // namespace rd::watch
