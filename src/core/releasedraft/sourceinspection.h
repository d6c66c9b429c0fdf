// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/releasetag.h"
#include "semver/tagpattern.h"
#include "sources/sourcereport.h"
#include "util/progress.h"

#include <optional>

namespace rd {

class Project;

// Every version source of a project compared with its latest release: detection with the
// project's settings and the repository's ignore rules, the configured extra sources, and the
// release tag as the first source. Reads files and git: run it off the GUI thread.
//
// The caller that has already read the tags (a ReleaseHistory, a NextVersionReport) hands in
// the latest release tag and the pattern it was read with; nullopt means no tag source (none
// yet, or not wanted).
Result<SourceReport> inspectSources(Project &project,
                                    const std::optional<ReleaseTag> &latestRelease,
                                    const TagPattern &pattern,
                                    Progress *progress = nullptr);

// The same for a caller that has not read the tags: they are read once, under the tag pattern
// of `package` (empty: the repository's), and the highest release becomes the tag source.
// Errors: an unknown package (history.unknown-package), and those of the overload above.
Result<SourceReport> inspectSources(Project &project,
                                    const QString &package = {},
                                    Progress *progress = nullptr);

} // namespace rd
