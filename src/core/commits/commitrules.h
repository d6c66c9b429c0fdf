// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"
#include "semver/bump.h"

#include <QList>
#include <QString>

namespace rd {

// What a commit type does to the version and where it goes in the changelog.
struct TypeRule
{
    QString type; // lower-case ("feat")
    BumpLevel bump = BumpLevel::None;
    QString section;     // changelog section title ("Features")
    bool hidden = false; // left out of the changelog (still listed, with the reason)
};

// The project's rules for commits, from the `types` and `commits` sections of .releasedesk.yml:
//
//   types:                     # order = changelog section order
//     feat:  { bump: minor, section: Features }
//     fix:   { bump: patch, section: Bug Fixes }
//     docs:  { bump: none, section: Documentation, hidden: true }
//   commits:
//     revert-bump: patch       # what a git Revert "..." of a conventional commit bumps
//     merge-commits: ignore    # ignore | classify (classify parses the merge's message)
//
// A `types` section merges with the defaults: a listed type overrides its default and new types
// are appended; unlisted default types keep their rule. Section order follows the defaults,
// then new types in file order. Overriding is key by key (`feat: { bump: patch }` keeps the
// "Features" section); a new type defaults to bump none, visible, section = its capitalised
// name. Type names are letters only (like a commit header's type) and compared without case.
// Every mistake in these two sections is an error, unknown keys included: a typo there would
// silently change what gets released.
struct CommitRules
{
    QList<TypeRule> types;
    BumpLevel revertBump = BumpLevel::Patch;
    bool classifyMerges = false;

    // feat→minor, fix→patch, perf→patch, revert→patch (visible); docs, style, refactor, test,
    // build, ci, chore → none (hidden) — the Angular/conventional-changelog convention.
    static CommitRules defaults();
    // Defaults overridden by the file's sections; errors name the key and line.
    static Result<CommitRules> fromConfig(const ProjectConfig &config);

    const TypeRule *rule(QStringView type) const; // case-insensitive; nullptr when unknown
};

} // namespace rd
