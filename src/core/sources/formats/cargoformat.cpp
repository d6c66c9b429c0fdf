// SPDX-License-Identifier: GPL-3.0-or-later
// Cargo.toml: [package] version, and [workspace.package] version that member crates inherit
// with `version.workspace = true` (a dynamic source pointing at the workspace). Dependency
// versions live in other tables and are never looked at.
#include "sources/formats/sourceformats.h"
#include "sources/tomlsource.h"

#include <QCoreApplication>

namespace rd::formats {

namespace {

class CargoFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("Cargo.toml"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"Cargo.toml";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        auto toml = TomlFile::parse(text);
        if (!toml)
            return {brokenSource(path, {}, VersionScheme::SemVer, 0, toml.error().message)};
        QList<VersionSource> sources;
        for (const QStringList &keyPath :
             {QStringList{QStringLiteral("package"), QStringLiteral("version")},
              QStringList{QStringLiteral("workspace"),
                          QStringLiteral("package"),
                          QStringLiteral("version")}}) {
            const QString key = TomlSource::keyLabel(keyPath);
            if (const auto value = toml->string(keyPath)) {
                sources.append(
                        TomlSource::make(*this, text, *value, path, key, VersionScheme::SemVer));
            } else if (toml->boolean(keyPath + QStringList{QStringLiteral("workspace")})
                               .value_or(false)) {
                sources.append(dynamicSource(
                        path,
                        key,
                        VersionScheme::SemVer,
                        toml->line(keyPath),
                        QCoreApplication::translate("rd::sources",
                                                    "Inherited from [workspace.package] "
                                                    "version of the workspace's "
                                                    "Cargo.toml.")));
            }
        }
        return sources;
    }
};

} // namespace

const SourceFormat &cargo()
{
    static const CargoFormat format;
    return format;
}

} // namespace rd::formats
