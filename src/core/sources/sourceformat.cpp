// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceformat.h"

#include "sources/formats/sourceformats.h"
#include "sources/versionwriter.h"

namespace rd {

const QList<const SourceFormat *> &SourceFormat::all()
{
    static const QList<const SourceFormat *> formats = {
            &formats::packageJson(),
            &formats::packageLock(),
            &formats::pyproject(),
            &formats::setupCfg(),
            &formats::setupPy(),
            &formats::pythonModule(),
            &formats::cargo(),
            &formats::helmChart(),
            &formats::pom(),
            &formats::gradle(),
            &formats::gradleProperties(),
            &formats::msbuild(),
            &formats::assemblyInfo(),
            &formats::cmake(),
            &formats::versionFile(),
            &formats::dockerfile(),
            &formats::pubspec(),
            &formats::composer(),
            &formats::mix(),
            &formats::ruby(),
            &formats::changelog(),
    };
    return formats;
}

Result<QString> SourceFormat::renderSpan(const VersionSource &source,
                                         const VersionSpan &span,
                                         const Version &version) const
{
    return VersionWriter::renderSpan(source, span, version);
}

Status SourceFormat::canHold(const VersionSource &, const Version &) const
{
    return {};
}

const SourceFormat *SourceFormat::find(QStringView id)
{
    for (const SourceFormat *format : all()) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

VersionSource SourceFormat::spanSource(const SourceText &text,
                                       const QString &path,
                                       const QString &key,
                                       VersionScheme scheme,
                                       qsizetype offset,
                                       qsizetype length,
                                       SourceRole role) const
{
    VersionSource source;
    source.path = path;
    source.format = id();
    source.key = key;
    source.role = role;
    source.scheme = scheme;
    source.line = text.lineAt(offset);
    source.text = text.text(offset, length);
    source.spans.append(VersionSpan{offset, length, VersionSpan::Part::Whole, source.text});
    auto version = VersionSchemes::normalize(scheme, source.text);
    if (version)
        source.version = *version;
    else
        source.note = version.error().message;
    return source;
}

VersionSource SourceFormat::dynamicSource(const QString &path,
                                          const QString &key,
                                          VersionScheme scheme,
                                          int line,
                                          const QString &note) const
{
    VersionSource source;
    source.path = path;
    source.format = id();
    source.key = key;
    source.scheme = scheme;
    source.line = line;
    source.dynamic = true;
    source.note = note;
    return source;
}

VersionSource SourceFormat::brokenSource(const QString &path,
                                         const QString &key,
                                         VersionScheme scheme,
                                         int line,
                                         const QString &note) const
{
    VersionSource source;
    source.path = path;
    source.format = id();
    source.key = key;
    source.scheme = scheme;
    source.line = line;
    source.note = note;
    return source;
}

} // namespace rd
