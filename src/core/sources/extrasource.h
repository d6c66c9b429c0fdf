// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcesettings.h"
#include "sources/versionsource.h"

namespace rd {

// Reads a source declared in .releasedesk.yml (sources.extra): the first capture group of a
// regular expression, or the value at a key path of a JSON, YAML or TOML file (by extension).
class ExtraSource
{
public:
    // `bytes` is the file's content; nullopt when the file does not exist (the source is then
    // reported as missing).
    static VersionSource read(const ExtraSourceSpec &spec, const std::optional<QByteArray> &bytes);
};

} // namespace rd
