// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "git/signature.h"

#include <QString>

#include <optional>

namespace git {

// A tag as refs/tags/<name> shows it, peeled to what it finally points at.
struct TagRef
{
    QString name; // without "refs/tags/"
    Oid target;   // the commit it points at (null when it peels to a tree or blob)
    Oid object;   // the tag object (annotated) or the target itself (lightweight)
    bool annotated = false;
    QString message; // annotated tags only
    std::optional<Signature> tagger;

    // What the tag finally points at. Missing: the object is not in this repository, as in a
    // shallow or partial clone that fetched the tag but not its history.
    enum class Target { Commit, NotACommit, Missing };
    Target kind = Target::Missing;

    bool pointsToCommit() const { return kind == Target::Commit; }
};

} // namespace git
