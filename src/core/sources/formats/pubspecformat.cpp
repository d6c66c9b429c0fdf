// SPDX-License-Identifier: GPL-3.0-or-later
// pubspec.yaml (Dart, Flutter): the top-level `version`, SemVer with an optional +build
// ("2.9.3+020903": a Flutter build number). Constraints under environment/dependencies are not
// looked at.
#include "sources/formats/sourceformats.h"
#include "sources/yamlsource.h"

namespace rd::formats {

namespace {

class PubspecFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("pubspec.yaml"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"pubspec.yaml";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        auto yaml = YamlFile::parse(text);
        if (!yaml)
            return {brokenSource(path,
                                 QStringLiteral("version"),
                                 VersionScheme::SemVer,
                                 0,
                                 yaml.error().message)};
        if (const auto scalar = yaml->scalar({QStringLiteral("version")}))
            return {YamlSource::make(*this,
                                     text,
                                     *scalar,
                                     path,
                                     QStringLiteral("version"),
                                     VersionScheme::SemVer)};
        return {};
    }
};

} // namespace

const SourceFormat &pubspec()
{
    static const PubspecFormat format;
    return format;
}

} // namespace rd::formats
