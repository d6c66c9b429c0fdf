// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/analyzedcommit.h"
#include "history/releasetag.h"
#include "history/tagstyle.h"
#include "project/projectsettings.h"
#include "semver/bump.h"
#include "util/progress.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace git {
class Repository;
}

namespace rd {

struct NextVersionOptions
{
    QString channel; // pre-release channel ("rc"); empty for a final release
    // A package of .releasedesk.yml's `packages` section: its tags, and only the commits that
    // change its folders. Empty: the repository as a whole.
    QString package;
};

// Where a repository stands and what its next version is, with the evidence.
struct NextVersionReport
{
    git::Oid head;
    QString branch;  // empty when HEAD is detached
    QString package; // the package analysed; empty for the whole repository
    bool shallow = false;
    // How release tags are named (configured, or read from the tags) and why.
    TagStyle tagStyle;

    // The highest final release tag reachable from HEAD, and the highest pre-release above it.
    std::optional<ReleaseTag> lastRelease;
    std::optional<ReleaseTag> lastPreRelease;
    // The current version: lastPreRelease if any, else lastRelease; empty before the first one.
    std::optional<Version> currentVersion() const;

    // Commits since lastRelease (all of history for a first release), newest first.
    QList<AnalyzedCommit> commits;
    BumpLevel level = BumpLevel::None; // the strongest level among them
    // Indexes into `commits` of the commits that decided the level.
    QList<qsizetype> deciding;

    // The next version; empty when there is nothing to release (nextError says why).
    std::optional<NextVersion> next;
    std::optional<Error> nextError;

    QList<SkippedTag> skippedTags;
    // Things the user should know that do not stop the analysis (detached HEAD, shallow clone,
    // configuration warnings).
    QStringList warnings;
};

// Reads the repository's tags and the commits since the last release, classifies them and
// computes the next version. Errors: an empty repository (history.no-commits), a shallow clone
// without any release tag in reach (history.shallow), an unknown package
// (history.unknown-package), git failures, cancellation. ReleaseHistory::nextVersion() does
// the same on a history already open.
Result<NextVersionReport> analyzeNextVersion(const git::Repository &repository,
                                             const ProjectSettings &settings,
                                             const NextVersionOptions &options = {},
                                             Progress *progress = nullptr);

namespace errc {
inline constexpr QStringView noCommits = u"history.no-commits";
inline constexpr QStringView shallow = u"history.shallow";
} // namespace errc

} // namespace rd
