// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceformat.h"

namespace rd {

// Reads string values at key paths of a JSON file as version sources: package.json,
// package-lock.json, composer.json and generic sources with a key path.
class JsonSource
{
public:
    // `keyPaths`: {"version"}, {"packages", "", "version"}. A path that is absent gives no
    // source; a file that is not JSON gives one unparseable source naming the first path.
    static QList<VersionSource> read(const SourceFormat &format,
                                     const QByteArray &bytes,
                                     const QString &path,
                                     VersionScheme scheme,
                                     const QList<QStringList> &keyPaths);
    // "version", "packages[\"\"].version", "expo.version"
    static QString keyLabel(const QStringList &keyPath);
};

} // namespace rd
