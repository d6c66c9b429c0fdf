// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "semver/version.h"

#include <QDateTime>
#include <QString>

namespace rd {

// A tag that names a release under the project's tag pattern.
struct ReleaseTag
{
    QString name;    // "v1.2.3"
    Version version; // 1.2.3
    git::Oid commit; // the commit it points at
    bool annotated = false;
    QDateTime date;  // the tagger's date for annotated tags, else the commit's date
    QString message; // annotated tags only
};

// A tag left out of the release history, with the reason shown to the user.
struct SkippedTag
{
    QString name;
    QString reason;
};

} // namespace rd
