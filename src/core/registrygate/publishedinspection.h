// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgeconnection.h"
#include "registry/publishedrules.h"
#include "registry/registrydetection.h"
#include "sources/sourcereport.h"

#include <optional>

namespace git {
class Repository;
}

namespace rd {

class ProjectConfig;

// One registry target and what reading it gave: the package, or the error that stopped it.
struct PublishedEntry
{
    RegistryTarget target;
    std::optional<PublishedPackage> package;
    std::optional<Error> error;
    QList<PublishedFinding> findings;
};

struct PublishedReport
{
    QList<PublishedEntry> entries;
    // Registries detected from the sources but not asked: without a registries: section nothing
    // is read unless the caller asks for the detected ones too.
    QList<RegistryTarget> notAsked;
    QStringList notes; // detection notes and "not checked" reasons
    bool hasMismatch() const;
    QList<PublishedFinding> findings() const;
};

// Reads every registry of a repository (RegistryDetection) and applies the mismatch rules.
// ReleaseDesk asks registries only when .releasedesk.yml has a registries: section, or when the
// caller asks for the detected ones too (`status --published`): a project never gets traffic
// to a registry it did not ask for. Blocks: run it off the GUI thread.
struct PublishedInspectionOptions
{
    bool evenWithoutConfiguration = false;
    net::HttpClientOptions http;
    ForgeConnection::Options forge; // for github-release / gitlab-release
};

class PublishedInspection
{
public:
    using Options = PublishedInspectionOptions;

    // `reference`: the latest release; `upcoming`: the version about to be released.
    static Result<PublishedReport> inspect(git::Repository &repository,
                                           const QString &root,
                                           const ProjectConfig &config,
                                           const std::optional<Version> &reference,
                                           const std::optional<Version> &upcoming,
                                           Options options = {});

    // The version the sources declare ahead of the release tag: what is about to be released
    // (the highest project source that is ahead); nullopt when none is.
    static std::optional<Version> upcoming(const SourceReport &report);
    // The row of `report` a registry's column value belongs on: the source in the file the
    // target was detected from (package.json → its version), else the release tag, else the
    // reference. Empty when the report has no rows.
    static QString sourceIdFor(const RegistryTarget &target, const SourceReport &report);
};

} // namespace rd
