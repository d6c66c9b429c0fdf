// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace rd {

// The version one version source (package.json, Cargo.toml...) declares now.
struct VersionReading
{
    QString source;                 // "package.json" or "pyproject.toml:project.version"
    QString text;                   // as written
    std::optional<Version> version; // empty when `text` is not a version
};

// How the sources grid counts the same sources (SourceReport::tally in sources/ is the one
// definition): every source, how many disagree, and its sentence. Empty `sentence`: not known.
struct VersionSourceCount
{
    qsizetype sources = 0;
    qsizetype disagreeing = 0;
    QString sentence;
};

// Reads every version source of the project; implemented by the version-sources module, so the
// pre-flight can check they agree without depending on it.
class VersionSourceProbe
{
public:
    virtual ~VersionSourceProbe() = default;
    // The sources a release writes.
    virtual Result<QList<VersionReading>> read() = 0;
    // The count of the last read(), as the sources grid gives it.
    virtual VersionSourceCount count() const { return {}; }
};

} // namespace rd
