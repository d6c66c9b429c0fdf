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

// Reads every version source of the project; implemented by the version-sources module, so the
// pre-flight can check they agree without depending on it.
class VersionSourceProbe
{
public:
    virtual ~VersionSourceProbe() = default;
    virtual Result<QList<VersionReading>> read() = 0;
};

} // namespace rd
