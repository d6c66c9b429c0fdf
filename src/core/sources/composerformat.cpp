// SPDX-License-Identifier: GPL-3.0-or-later
// composer.json: the top-level "version" string (optional in Composer: most packages take their
// version from tags, and then there is no source). Versions under "require" are not looked at.
#include "sources/jsonsource.h"
#include "sources/sourceformats.h"

namespace rd::formats {

namespace {

class ComposerFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("composer.json"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"composer.json";
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

const SourceFormat &composer()
{
    static const ComposerFormat format;
    return format;
}

} // namespace rd::formats
