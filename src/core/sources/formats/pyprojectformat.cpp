// SPDX-License-Identifier: GPL-3.0-or-later
// pyproject.toml: the PEP 621 [project] version, or `dynamic = ["version"]` (the version comes
// from a build backend: the note says which and from where), and Poetry's [tool.poetry] version.
#include "sources/formats/sourceformats.h"
#include "sources/tomlsource.h"

#include <QCoreApplication>

namespace rd::formats {

namespace {

const QString project = QStringLiteral("project");
const QString version = QStringLiteral("version");
const QString tool = QStringLiteral("tool");

// Where a dynamic version comes from, as far as the backends' settings say.
QString dynamicOrigin(const TomlFile &toml)
{
    const auto value = [&](const QStringList &path) {
        const auto string = toml.string(path);
        return string ? string->value : QString();
    };
    if (toml.contains({tool, QStringLiteral("hatch"), version})) {
        const QString from = value(
                {tool, QStringLiteral("hatch"), version, QStringLiteral("path")});
        if (!from.isEmpty())
            return QCoreApplication::translate(
                           "rd::sources", "Hatch reads it from %1 ([tool.hatch.version] path).")
                    .arg(from);
        const QString source = value(
                {tool, QStringLiteral("hatch"), version, QStringLiteral("source")});
        if (source == u"vcs")
            return QCoreApplication::translate(
                    "rd::sources",
                    "Hatch takes it from the git tags ([tool.hatch.version] source = "
                    "\"vcs\").");
        return QCoreApplication::translate("rd::sources",
                                           "Hatch computes it ([tool.hatch.version]).");
    }
    const QStringList setuptools{tool,
                                 QStringLiteral("setuptools"),
                                 QStringLiteral("dynamic"),
                                 version};
    if (toml.contains(setuptools)) {
        const QString attr = value(setuptools + QStringList{QStringLiteral("attr")});
        if (!attr.isEmpty())
            return QCoreApplication::translate("rd::sources",
                                               "setuptools reads it from the attribute %1.")
                    .arg(attr);
        const QString file = value(setuptools + QStringList{QStringLiteral("file")});
        if (!file.isEmpty())
            return QCoreApplication::translate("rd::sources",
                                               "setuptools reads it from the file %1.")
                    .arg(file);
    }
    if (toml.contains({tool, QStringLiteral("setuptools_scm")})
        || toml.contains({tool,
                          QStringLiteral("hatch"),
                          QStringLiteral("build"),
                          QStringLiteral("hooks"),
                          QStringLiteral("vcs")}))
        return QCoreApplication::translate("rd::sources",
                                           "setuptools_scm takes it from the git tags.");
    if (toml.contains({tool, QStringLiteral("pdm"), version}))
        return QCoreApplication::translate("rd::sources", "PDM computes it ([tool.pdm.version]).");
    if (toml.contains({tool, QStringLiteral("flit")}))
        return QCoreApplication::translate("rd::sources", "Flit reads the module's __version__.");
    return QCoreApplication::translate("rd::sources", "The build backend computes it.");
}

class PyprojectFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("pyproject.toml"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"pyproject.toml";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        auto toml = TomlFile::parse(text);
        if (!toml)
            return {brokenSource(path, {}, VersionScheme::Pep440, 0, toml.error().message)};
        QList<VersionSource> sources;
        if (const auto value = toml->string({project, version})) {
            sources.append(TomlSource::make(*this,
                                            text,
                                            *value,
                                            path,
                                            QStringLiteral("[project] version"),
                                            VersionScheme::Pep440));
        } else if (toml->arrayContains({project, QStringLiteral("dynamic")}, version)) {
            sources.append(dynamicSource(path,
                                         QStringLiteral("[project] version"),
                                         VersionScheme::Pep440,
                                         toml->line({project, QStringLiteral("dynamic")}),
                                         dynamicOrigin(*toml)));
        }
        const QStringList poetry{tool, QStringLiteral("poetry"), version};
        if (const auto value = toml->string(poetry)) {
            VersionSource source = TomlSource::make(*this,
                                                    text,
                                                    *value,
                                                    path,
                                                    TomlSource::keyLabel(poetry),
                                                    VersionScheme::Pep440);
            const auto enabled = toml->boolean(
                    {tool, QStringLiteral("poetry-dynamic-versioning"), QStringLiteral("enable")});
            if (enabled.value_or(false)) {
                source = dynamicSource(
                        path,
                        source.key,
                        source.scheme,
                        source.line,
                        QCoreApplication::translate("rd::sources",
                                                    "poetry-dynamic-versioning replaces it with "
                                                    "the version from the git tags at build "
                                                    "time."));
            }
            sources.append(source);
        }
        return sources;
    }
};

} // namespace

const SourceFormat &pyproject()
{
    static const PyprojectFormat format;
    return format;
}

} // namespace rd::formats
