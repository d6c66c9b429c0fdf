// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlsource.h"

#include <QCoreApplication>

namespace rd {

VersionSource XmlSource::make(const SourceFormat &format,
                              const SourceText &text,
                              const XmlFile::Element &element,
                              const QString &path,
                              const QString &key,
                              VersionScheme scheme)
{
    if (element.exact && element.content.isValid())
        return format.spanSource(text,
                                 path,
                                 key,
                                 scheme,
                                 element.content.offset,
                                 element.content.length);
    VersionSource source = format.brokenSource(path, key, scheme, element.line, {});
    source.text = element.text;
    if (auto version = VersionSchemes::normalize(scheme, element.text))
        source.version = *version;
    else
        source.note = version.error().message + u' ';
    source.note += QCoreApplication::translate(
            "rd::sources",
            "The element holds entities, comments or CDATA; edit it by "
            "hand.");
    return source;
}

} // namespace rd
