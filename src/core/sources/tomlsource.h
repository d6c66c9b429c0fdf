// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceformat.h"
#include "sources/tomlfile.h"

namespace rd {

// A version source for the string at a TOML key path: located through toml++'s source region,
// written by replacing the bytes between its quotes.
class TomlSource
{
public:
    static VersionSource make(const SourceFormat &format,
                              const SourceText &text,
                              const TomlFile::StringValue &value,
                              const QString &path,
                              const QString &key,
                              VersionScheme scheme);
    // "[tool.poetry] version"
    static QString keyLabel(const QStringList &keyPath);
};

} // namespace rd
