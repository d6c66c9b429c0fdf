// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetext.h"
#include "sources/versionsource.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd {

// One kind of version file: which file names it reads and how it finds the version in them.
// read() is a pure function of the bytes (so it can be fuzzed) and never fails: a file it cannot
// parse gives a source whose note says why, so the report shows it as unparseable.
class SourceFormat
{
public:
    virtual ~SourceFormat() = default;

    // Stable id ("package.json", "pyproject.toml", "csproj"), used in JSON output and settings.
    virtual QString id() const = 0;
    // True when detection should read this file. `fileName` is the last path component,
    // `path` the path relative to the repository root.
    virtual bool claims(QStringView fileName, QStringView path) const = 0;
    // Every version the file declares, in file order; empty when it declares none.
    virtual QList<VersionSource> read(const QByteArray &bytes, const QString &path) const = 0;

    // Writing (VersionWriter::splices asks the format that read the source). The text that
    // makes `span` of `source` say `version`. The default writes the parts every format shares
    // (Whole, Core, PreRelease: VersionWriter::renderSpan); a format whose spans are parts of
    // its own (Ruby's MAJOR/MINOR/TINY/PRE constants) overrides it.
    virtual Result<QString> renderSpan(const VersionSource &source,
                                       const VersionSpan &span,
                                       const Version &version) const;
    // Whether the source's spans together can hold `version` at all; the default: yes.
    virtual Status canHold(const VersionSource &source, const Version &version) const;

    // Every format, in the order detection tries them.
    static const QList<const SourceFormat *> &all();
    static const SourceFormat *find(QStringView id);

    // Helpers for the formats (and for generic sources) to build their results.
    // A source whose version is the bytes [offset, offset + length) of the file.
    VersionSource spanSource(const SourceText &text,
                             const QString &path,
                             const QString &key,
                             VersionScheme scheme,
                             qsizetype offset,
                             qsizetype length,
                             SourceRole role = SourceRole::Project) const;
    // The file says the version is computed elsewhere; `note` says where.
    VersionSource dynamicSource(const QString &path,
                                const QString &key,
                                VersionScheme scheme,
                                int line,
                                const QString &note) const;
    // The file could not be read as its format; `note` says why (with the line when known).
    VersionSource brokenSource(const QString &path,
                               const QString &key,
                               VersionScheme scheme,
                               int line,
                               const QString &note) const;
};

} // namespace rd
