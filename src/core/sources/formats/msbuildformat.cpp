// SPDX-License-Identifier: GPL-3.0-or-later
// MSBuild project files (.csproj, .fsproj, .vbproj, Directory.Build.props, Versions.props): the
// first <Version>, else <VersionPrefix> with its <VersionSuffix> (the package version is
// "prefix-suffix"), in a <PropertyGroup>. PackageReference Version="..." attributes are
// dependency versions and are never looked at. A version computed by MinVer, GitVersion or
// Nerdbank.GitVersioning is dynamic.
#include "sources/formats/sourceformats.h"
#include "sources/xmlsource.h"

#include <QCoreApplication>

namespace rd::formats {

namespace {

const XmlFile::Element *property(const XmlFile &xml, QStringView name)
{
    for (const XmlFile::Element &element : xml.elements()) {
        if (element.path.size() == 3 && element.path.at(1) == u"PropertyGroup"
            && element.path.at(2) == name)
            return &element;
    }
    return nullptr;
}

class MsbuildFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("csproj"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName.endsWith(u".csproj") || fileName.endsWith(u".fsproj")
               || fileName.endsWith(u".vbproj") || fileName == u"Directory.Build.props"
               || fileName == u"Versions.props" || fileName == u"Version.props";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        auto xml = XmlFile::parse(text);
        if (!xml)
            return {brokenSource(path,
                                 QStringLiteral("Version"),
                                 VersionScheme::NuGet,
                                 0,
                                 xml.error().message)};
        const XmlFile::Element *version = property(*xml, u"Version");
        if (version && !version->text.contains(u"$("))
            return {XmlSource::make(*this,
                                    text,
                                    *version,
                                    path,
                                    QStringLiteral("Version"),
                                    VersionScheme::NuGet)};
        if (const XmlFile::Element *prefix = property(*xml, u"VersionPrefix"))
            return {prefixSource(text, *prefix, property(*xml, u"VersionSuffix"), path)};
        if (version)
            return {dynamicSource(path,
                                  QStringLiteral("Version"),
                                  VersionScheme::NuGet,
                                  version->line,
                                  QCoreApplication::translate(
                                          "rd::sources", "Computed from MSBuild properties: %1.")
                                          .arg(version->text))};
        for (const XmlFile::Element &element : xml->elements()) {
            const QString tool = versioningTool(element);
            if (!tool.isEmpty())
                return {dynamicSource(path,
                                      QStringLiteral("Version"),
                                      VersionScheme::NuGet,
                                      element.line,
                                      QCoreApplication::translate(
                                              "rd::sources", "%1 computes it from the git history.")
                                              .arg(tool))};
        }
        return {};
    }

private:
    static QString versioningTool(const XmlFile::Element &element)
    {
        const QString include = element.attribute(u"Include");
        for (const QString &tool : {QStringLiteral("MinVer"),
                                    QStringLiteral("GitVersion"),
                                    QStringLiteral("Nerdbank.GitVersioning")}) {
            if (element.name().startsWith(tool) || include.startsWith(tool))
                return tool;
        }
        return {};
    }

    VersionSource prefixSource(const SourceText &text,
                               const XmlFile::Element &prefix,
                               const XmlFile::Element *suffix,
                               const QString &path) const
    {
        const bool withSuffix = suffix && suffix->exact && suffix->content.isValid()
                                && !suffix->text.contains(u"$(");
        VersionSource source = XmlSource::make(*this,
                                               text,
                                               prefix,
                                               path,
                                               withSuffix ? QStringLiteral(
                                                       "VersionPrefix + VersionSuffix")
                                                          : QStringLiteral("VersionPrefix"),
                                               VersionScheme::NuGet);
        if (source.spans.isEmpty())
            return source;
        source.spans.first().part = VersionSpan::Part::Core;
        if (!withSuffix)
            return source;
        source.spans.append(VersionSpan{suffix->content.offset,
                                        suffix->content.length,
                                        VersionSpan::Part::PreRelease,
                                        suffix->text});
        if (!suffix->text.isEmpty()) {
            source.text += u'-' + suffix->text;
            source.version.reset();
            source.note.clear();
            if (auto version = VersionSchemes::normalize(VersionScheme::NuGet, source.text))
                source.version = *version;
            else
                source.note = version.error().message;
        }
        return source;
    }
};

} // namespace

const SourceFormat &msbuild()
{
    static const MsbuildFormat format;
    return format;
}

} // namespace rd::formats
