// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceformat.h"
#include "sources/sourcesettings.h"
#include "util/progress.h"

#include <functional>

namespace rd {

// Asks whether a path (relative to the root, '/'-separated; folders end in '/') is ignored, as
// git's ignore rules would say. An empty function ignores nothing.
using IgnoreRules = std::function<bool(const QString &path)>;

// A file detection found, with the format that claims it.
struct SourceCandidate
{
    QString path; // relative to the root, '/'-separated
    const SourceFormat *format = nullptr;
};

// A version file detection found but does not count as a project version source, and why.
struct LeftOutSource
{
    QString path;
    QString reason; // a sentence naming the rule and how to count the file after all
};

// Finds the version files of a work tree. The walk skips .git and other hidden folders,
// dependency and build output folders (node_modules, vendor, target, build, dist, ...), test
// fixture folders, the settings' exclude globs, and whatever the ignore rules
// (.gitignore, info/exclude, core.excludesFile) ignore: ignored folders are pruned whole, so
// ignore rules are asked once per folder and once per candidate file, not per file.
class SourceScanner
{
public:
    // `ignored` may be empty: no ignore rules (a folder that is not a repository, tests).
    static Result<QList<SourceCandidate>> detect(const QString &root,
                                                 const IgnoreRules &ignored,
                                                 const SourceSettings &settings,
                                                 Progress *progress = nullptr);
    // detect(), then read every candidate; files that declare no version give no source.
    // Not counted, and listed in `leftOut` with the reason: files under a test, fixture or
    // example folder (test/e2e/package.json), and package.json files below the root marked
    // "private": true (tooling, not a published package). A placeholder version
    // (SourceSettings::isPlaceholder) is kept as a dynamic source: set at release, never
    // written.
    static Result<QList<VersionSource>> scan(const QString &root,
                                             const IgnoreRules &ignored,
                                             const SourceSettings &settings,
                                             Progress *progress = nullptr,
                                             QList<LeftOutSource> *leftOut = nullptr);
    // The folder names the walk never enters.
    static bool isSkippedFolder(QStringView name);
};

} // namespace rd
