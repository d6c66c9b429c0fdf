// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// A release that reached the remote and was then undone by ReleaseDesk (`release --abort
// --confirm-remote`, or Undo in the wizard). Its tag is gone from git, so only this record says
// it was deployed; the metrics count it as a failed deployment.
struct UndoneRelease
{
    QString tag;         // "v1.2.0"
    QString version;     // "1.2.0"
    git::Oid commit;     // the commit the tag pointed at
    QDateTime tagged;    // the tag time: its tagger date
    QDateTime undone;    // when the abort finished
    QStringList removed; // what was removed from the remote ("refs/tags/v1.2.0", …)
};

// The undone releases of a clone, oldest first, at <gitDir>/releasedesk/undone-releases.json
// (beside the release journal, which the next release replaces). Written atomically.
class UndoneReleases
{
public:
    static QString path(const QString &gitDir);
    // No file: an empty list. A file that is not this record: an error naming it.
    static Result<QList<UndoneRelease>> load(const QString &gitDir);
    static Status append(const QString &gitDir, const UndoneRelease &release);
};

namespace errc {
inline constexpr QStringView undoneReleases = u"history.undone-releases";
}

} // namespace rd
