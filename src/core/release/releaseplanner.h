// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/filechange.h"
#include "release/releaseplan.h"
#include "release/releasesettings.h"
#include "semver/version.h"

namespace git {
class Repository;
}

namespace rd {

// What the user chose for this release, and the files other planners prepared.
struct ReleaseChoices
{
    Version version;
    QString tagName;       // e.g. from TagPattern::format(version)
    QString releaseNotes;  // the tag's message (empty: "Release <version>")
    QString commitMessage; // empty: ReleaseSettings::commitMessage
    // Version sources and CHANGELOG.md, as the sources and changelog planners produce them.
    QList<FileChange> files;
    bool push = true;
    QString remote; // empty: settings, then the branch's upstream, then "origin"
};

// Builds the plan from the repository as it is now and the choices: write each file, commit
// them, tag (the commit, or HEAD when no file changes), push branch and tag. Reads only local
// state (identity, signing settings, remote URL, remote-tracking refs), so a dry-run needs no
// network; run the pre-flight (which fetches) first for accurate remote values.
class ReleasePlanner
{
public:
    static Result<ReleasePlan> plan(const git::Repository &repository,
                                    const ReleaseSettings &settings,
                                    const ReleaseChoices &choices);

    // The remote a release pushes to, by the rule above; empty when there is none.
    static QString pushRemote(const git::Repository &repository,
                              const ReleaseSettings &settings,
                              const QString &chosen);
};

namespace errc {
inline constexpr QStringView cannotPlan = u"release.cannot-plan";
}

} // namespace rd
