// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomlsource.h"

#include <QCoreApplication>

namespace rd {

VersionSource TomlSource::make(const SourceFormat &format,
                               const SourceText &text,
                               const TomlFile::StringValue &value,
                               const QString &path,
                               const QString &key,
                               VersionScheme scheme)
{
    if (value.exact)
        return format
                .spanSource(text, path, key, scheme, value.content.offset, value.content.length);
    // Escapes or a multi-line string: readable, but the bytes are not the value.
    VersionSource source = format.brokenSource(path, key, scheme, value.line, {});
    source.text = value.value;
    if (auto version = VersionSchemes::normalize(scheme, value.value))
        source.version = *version;
    else
        source.note = version.error().message + u' ';
    source.note += QCoreApplication::translate(
            "rd::sources",
            "The value is written with escapes or as a multi-line string; "
            "edit it by hand.");
    return source;
}

QString TomlSource::keyLabel(const QStringList &keyPath)
{
    if (keyPath.size() < 2)
        return keyPath.join(u'.');
    return QStringLiteral("[%1] %2").arg(keyPath.first(keyPath.size() - 1).join(u'.'),
                                         keyPath.last());
}

} // namespace rd
