// SPDX-License-Identifier: GPL-3.0-or-later
// package.json: the top-level "version" string. Versions under dependencies are other objects'
// members and are never looked at.
#include "sources/jsonsource.h"
#include "sources/sourceformats.h"

namespace rd::formats {

namespace {

class PackageJsonFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("package.json"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"package.json";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        return JsonSource::read(*this,
                                bytes,
                                path,
                                VersionScheme::SemVer,
                                {{QStringLiteral("version")}});
    }
};

} // namespace

const SourceFormat &packageJson()
{
    static const PackageJsonFormat format;
    return format;
}

} // namespace rd::formats
