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

    bool pointsToCommit() const { return !target.isNull(); }
};

} // namespace git
