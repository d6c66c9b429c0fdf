// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceformat.h"
#include "sources/xmlfile.h"

namespace rd {

// A version source for the text of an XML element (pom.xml, .csproj).
class XmlSource
{
public:
    static VersionSource make(const SourceFormat &format,
                              const SourceText &text,
                              const XmlFile::Element &element,
                              const QString &path,
                              const QString &key,
                              VersionScheme scheme);
};

} // namespace rd
