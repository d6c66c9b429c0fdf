// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commits/commitrules.h"
#include "config/projectconfig.h"
#include "semver/bump.h"
#include "semver/tagpattern.h"

namespace rd {

// The settings every version decision needs, read from .releasedesk.yml:
//
//   tag-pattern: "v{version}"          # how release tags are named
//   initial-version: 0.1.0             # the first release when no tag exists yet
//   zero-major:
//     breaking-bumps-major: false      # 0.x: a breaking change bumps minor (default) or major
//   types: ...  commits: ...           # see CommitRules
struct ProjectSettings
{
    ProjectConfig config;
    TagPattern tagPattern;
    // True when the configuration names the pattern; otherwise it is read from the tags.
    bool tagPatternSet = false;
    Version initialVersion{0, 1, 0};
    ZeroMajorPolicy zeroMajor;
    CommitRules commitRules = CommitRules::defaults();

    // Defaults, overridden by the file; the first mistake found is the error (with its line).
    static Result<ProjectSettings> fromConfig(const ProjectConfig &config);
    // Loads <directory>/.releasedesk.yml (or the defaults) with the other release tools'
    // configurations merged under it (see peerconfig/), and reads it.
    static Result<ProjectSettings> load(const QString &directory);
};

} // namespace rd
