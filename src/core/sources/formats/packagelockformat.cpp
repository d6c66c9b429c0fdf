// SPDX-License-Identifier: GPL-3.0-or-later
// package-lock.json / npm-shrinkwrap.json: the root "version" and, from lockfile version 2 on,
// the root package's entry packages[""].version; npm rewrites both, so both are sources.
#include "sources/formats/sourceformats.h"
#include "sources/jsonsource.h"

namespace rd::formats {

namespace {

class PackageLockFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("package-lock.json"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"package-lock.json" || fileName == u"npm-shrinkwrap.json";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        return JsonSource::read(*this,
                                bytes,
                                path,
                                VersionScheme::SemVer,
                                {{QStringLiteral("version")},
                                 {QStringLiteral("packages"),
                                  QString(),
                                  QStringLiteral("version")}});
    }
};

} // namespace

const SourceFormat &packageLock()
{
    static const PackageLockFormat format;
    return format;
}

} // namespace rd::formats
