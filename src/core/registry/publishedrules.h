// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/publishedpackage.h"
#include "semver/version.h"

#include <optional>

namespace rd {

// The two mismatch rules between a registry and the project:
//   - the registry has a higher version than the tag or the sources (someone published without
//     tagging, or the tag was lost);
//   - the version about to be released is already published (a release now would fail at the
//     registry, or overwrite nothing and confuse everyone).
struct PublishedFinding
{
    enum class Kind { RegistryAhead, AlreadyPublished };
    Kind kind = Kind::RegistryAhead;
    RegistryTarget target;
    QString message; // a sentence naming the registry, both versions and what to do

    static QString kindId(Kind kind); // "registry-ahead", "already-published"
};

// `reference`: the latest release (the tag, else the highest source); `upcoming`: the version
// about to be released (the release's version, or what the sources say ahead of the tag).
// Either may be missing. Pure: no network.
QList<PublishedFinding> checkPublished(const PublishedPackage &package,
                                       const std::optional<Version> &reference,
                                       const std::optional<Version> &upcoming);

} // namespace rd
