// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace rd {

// A gzip-compressed tar archive as `npm pack` writes it (ustar, "package/" prefix), read in
// memory: a publish step takes the manifest from the archive it uploads, never from the work
// tree. Refuses archives that are not gzip, truncated, or whose entry sizes run past the end.
class PackageArchive
{
public:
    // The content of the regular file `path` ("package/package.json"); error registry.archive
    // naming `source` when the archive is broken or has no such file.
    static Result<QByteArray> file(const QByteArray &gzipped,
                                   const QString &path,
                                   const QString &source);
    // The first regular file whose path `matches`; `wanted` says in the error what that was.
    static Result<QByteArray> file(const QByteArray &gzipped,
                                   const std::function<bool(const QByteArray &)> &matches,
                                   const QString &wanted,
                                   const QString &source);
    // gzip → bytes; at most `limit` bytes out (an archive that inflates past it is refused).
    static Result<QByteArray> gunzip(const QByteArray &gzipped,
                                     const QString &source,
                                     qsizetype limit = 512 * 1024 * 1024);
};

namespace errc {
inline constexpr QStringView registryArchive = u"registry.archive";
}

} // namespace rd
