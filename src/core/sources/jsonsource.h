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

// A file whose version is its top-level "version" string (package.json, composer.json):
// versions elsewhere in it (dependencies, "require") belong to other things and are never read.
class TopLevelJsonVersionFormat final : public SourceFormat
{
public:
    explicit TopLevelJsonVersionFormat(QString fileName)
        : m_fileName(std::move(fileName))
    {}
    QString id() const override { return m_fileName; }
    bool claims(QStringView fileName, QStringView) const override { return fileName == m_fileName; }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override;

private:
    QString m_fileName;
};

} // namespace rd
