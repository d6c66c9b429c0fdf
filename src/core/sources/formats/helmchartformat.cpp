// SPDX-License-Identifier: GPL-3.0-or-later
// Helm Chart.yaml: `version` is the chart's own version (role chart), `appVersion` the version
// of the application it deploys (role app). Dependency versions sit under `dependencies` and are
// never looked at.
#include "sources/formats/sourceformats.h"
#include "sources/yamlsource.h"

namespace rd::formats {

namespace {

class HelmChartFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("Chart.yaml"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"Chart.yaml" || fileName == u"Chart.yml";
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
        QList<VersionSource> sources;
        if (const auto scalar = yaml->scalar({QStringLiteral("version")}))
            sources.append(YamlSource::make(*this,
                                            text,
                                            *scalar,
                                            path,
                                            QStringLiteral("version"),
                                            VersionScheme::SemVer,
                                            SourceRole::Chart));
        if (const auto scalar = yaml->scalar({QStringLiteral("appVersion")}))
            sources.append(YamlSource::make(*this,
                                            text,
                                            *scalar,
                                            path,
                                            QStringLiteral("appVersion"),
                                            VersionScheme::SemVer,
                                            SourceRole::App));
        std::sort(sources.begin(),
                  sources.end(),
                  [](const VersionSource &a, const VersionSource &b) { return a.line < b.line; });
        return sources;
    }
};

} // namespace

const SourceFormat &helmChart()
{
    static const HelmChartFormat format;
    return format;
}

} // namespace rd::formats
