// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceformat.h"
#include "sources/yamlfile.h"

namespace rd {

// A version source for the scalar at a YAML key path, located through yaml-cpp's mark.
class YamlSource
{
public:
    static VersionSource make(const SourceFormat &format,
                              const SourceText &text,
                              const YamlFile::Scalar &scalar,
                              const QString &path,
                              const QString &key,
                              VersionScheme scheme,
                              SourceRole role = SourceRole::Project);
};

} // namespace rd
