// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectsettings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// What is released on its own: the whole repository, or one package of a monorepo. Packages are
// declared in .releasedesk.yml; each has its own tags and the folders whose commits belong to
// it (a commit belongs to every package whose folders it changes):
//
//   packages:
//     create-vite:
//       path: packages/create-vite           # or paths: [a, b]; default: the whole repository
//       tag-pattern: "create-vite@{version}"  # default: "<name>@{version}"
//       initial-version: 0.1.0               # default: the top-level initial-version
//       changelog: packages/create-vite/CHANGELOG.md   # default: <path>/CHANGELOG.md
//
// Package entries may hold other sections read elsewhere (`sources`, `release`).
struct Package
{
    QString name; // empty for the repository as a whole
    TagPattern tagPattern;
    bool tagPatternSet = false; // configured; otherwise read from the tags (TagStyle)
    QStringList paths;          // empty: every commit
    Version initialVersion{0, 1, 0};
    QString changelogFile = QStringLiteral("CHANGELOG.md"); // relative to the repository root

    bool isRepository() const { return name.isEmpty(); }

    // The repository as one package, with the top-level settings.
    static Package repository(const ProjectSettings &settings);
    // The packages of the `packages` section, in file order; empty when there is none. Errors
    // name the key and line (unknown keys included).
    static Result<QList<Package>> fromSettings(const ProjectSettings &settings);
    // The package called `name`, or the repository when `name` is empty. Error
    // (history.unknown-package) listing the declared packages when there is no such package.
    static Result<Package> find(const ProjectSettings &settings, const QString &name);

    // What a view offers and shows (see PackageSelection).
    static Result<struct PackageSelection> select(const ProjectSettings &settings,
                                                  const QString &name);

    // The settings with this package's tag pattern and initial version, for the version rules.
    ProjectSettings apply(const ProjectSettings &settings) const;
};

// Every name a view can offer ("" for the repository first, then the declared packages) and the
// package called `name`, or the repository when there is none by that name any more (the
// configuration changed since the user picked it).
struct PackageSelection
{
    QStringList names;
    Package package;
};

namespace errc {
inline constexpr QStringView unknownPackage = u"history.unknown-package";
}

} // namespace rd
