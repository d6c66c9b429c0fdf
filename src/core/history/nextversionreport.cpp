// SPDX-License-Identifier: GPL-3.0-or-later
#include "nextversionreport.h"

#include "history/releasehistory.h"
#include "project/package.h"

namespace rd {

std::optional<Version> NextVersionReport::currentVersion() const
{
    if (lastPreRelease)
        return lastPreRelease->version;
    if (lastRelease)
        return lastRelease->version;
    return std::nullopt;
}

Result<NextVersionReport> analyzeNextVersion(const git::Repository &repository,
                                             const ProjectSettings &settings,
                                             const NextVersionOptions &options,
                                             Progress *progress)
{
    auto package = Package::find(settings, options.package);
    if (!package)
        return std::unexpected(package.error());
    auto history = ReleaseHistory::open(repository, settings, *package, progress);
    if (!history)
        return std::unexpected(history.error());
    return history->nextVersion(options, progress);
}

} // namespace rd
