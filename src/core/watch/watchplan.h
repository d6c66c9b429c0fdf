// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runhistory.h"
#include "watch/watchtarget.h"

#include <QDateTime>

#include <functional>

namespace git {
class Repository;
}

namespace rd {
class ProjectConfig;
}

namespace rd::watch {

// Which repositories the background watch follows.
enum class WatchScope {
    Pinned, // those pinned in the store (a release made from ReleaseDesk pins its repository)
    Recent, // those, and every repository opened in ReleaseDesk within `recentDays`
};

struct WatchPlanOptions
{
    WatchScope scope = WatchScope::Pinned;
    int recentDays = 30;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// What the background watch follows, read from the store: for each chosen repository, its
// default branch, its latest release tag as of the last time it was opened, and the tag of the
// latest release made from ReleaseDesk (each once). `tokenFor` gives each forge's token (may be
// empty: public projects).
Result<QList<WatchTarget>> plannedTargets(
        const store::RunHistory &history,
        const WatchPlanOptions &options,
        const std::function<QString(const ForgeLocation &)> &tokenFor);

// Tells the store that `repository` was opened at `at`: its forge (from the configuration or
// the push remote, no network), its default branch and `latestTag` (the latest release's tag,
// empty before the first), for plannedTargets(). True when that changed what a watch would
// follow; errc::forgeUnknown when no forge is known.
Result<bool> noteOpened(const store::RunHistory &history,
                        const git::Repository &repository,
                        const ProjectConfig &config,
                        const QString &latestTag,
                        const QDateTime &at = QDateTime::currentDateTimeUtc());

// "pinned" / "recent", for settings files; unknown names read as Pinned.
QString watchScopeName(WatchScope scope);
WatchScope watchScopeFromName(QStringView name);

} // namespace rd::watch
