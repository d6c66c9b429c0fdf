// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsource.h"

#include <QCoreApplication>

namespace rd {

VersionSource YamlSource::make(const SourceFormat &format,
                               const SourceText &text,
                               const YamlFile::Scalar &scalar,
                               const QString &path,
                               const QString &key,
                               VersionScheme scheme,
                               SourceRole role)
{
    if (scalar.exact)
        return format.spanSource(text,
                                 path,
                                 key,
                                 scheme,
                                 scalar.content.offset,
                                 scalar.content.length,
                                 role);
    VersionSource source = format.brokenSource(path, key, scheme, scalar.line, {});
    source.role = role;
    source.text = scalar.value;
    if (auto version = VersionSchemes::normalize(scheme, scalar.value))
        source.version = *version;
    else
        source.note = version.error().message + u' ';
    source.note += QCoreApplication::translate(
            "rd::sources",
            "The value is written with escapes, an anchor or over several "
            "lines; edit it by hand.");
    return source;
}

} // namespace rd
