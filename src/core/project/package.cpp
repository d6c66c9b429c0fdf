// SPDX-License-Identifier: GPL-3.0-or-later
#include "package.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

namespace {

// Keys another module reads in a package entry; accepted here so they are not typos.
const QStringList &packageKeys()
{
    static const QStringList keys = {QStringLiteral("path"),
                                     QStringLiteral("paths"),
                                     QStringLiteral("tag-pattern"),
                                     QStringLiteral("initial-version"),
                                     QStringLiteral("changelog"),
                                     QStringLiteral("sources"),
                                     QStringLiteral("release")};
    return keys;
}

QString cleanPath(const QString &path)
{
    QString clean = QDir::cleanPath(path);
    if (clean == u".")
        return {};
    while (clean.startsWith(u"./"))
        clean.remove(0, 2);
    return clean;
}

Result<Package> readPackage(const QString &name, const ConfigValue &value, const Package &defaults)
{
    Package package = defaults;
    package.name = name;
    package.paths.clear();
    if (value.isScalar() || value.isSequence()) // "name:" alone (null) takes every default
        return fail(value.error(
                QCoreApplication::translate("rd::project",
                                            "expected the package's settings as a map, e.g. "
                                            "{ path: packages/%1 }")
                        .arg(name)));
    if (const QList<Error> unknown = value.unknownKeys(packageKeys()); !unknown.isEmpty())
        return fail(unknown.first());

    const ConfigValue path = value[QStringLiteral("path")];
    const ConfigValue paths = value[QStringLiteral("paths")];
    if (path.isDefined() && paths.isDefined())
        return fail(paths.error(
                QCoreApplication::translate("rd::project", "give either path or paths, not both")));
    auto list = (path.isDefined() ? path : paths).toStringList();
    if (!list)
        return std::unexpected(list.error());
    for (const QString &entry : *list) {
        if (entry.startsWith(u'/') || entry.split(u'/').contains(QStringLiteral("..")))
            return fail(
                    (path.isDefined() ? path : paths)
                            .error(QCoreApplication::translate("rd::project",
                                                               "\"%1\" must be a folder inside the "
                                                               "repository, relative to its root")
                                           .arg(entry)));
        const QString clean = cleanPath(entry);
        if (clean.isEmpty()) { // the whole repository: no filter at all
            package.paths.clear();
            break;
        }
        package.paths.append(clean);
    }

    const ConfigValue patternValue = value[QStringLiteral("tag-pattern")];
    auto patternText = patternValue.toString(name + QStringLiteral("@{version}"));
    if (!patternText)
        return std::unexpected(patternText.error());
    auto pattern = TagPattern::parse(*patternText);
    if (!pattern)
        return fail(patternValue.isDefined()
                            ? patternValue.error(pattern.error().message)
                            : value.error(QCoreApplication::translate(
                                                  "rd::project",
                                                  "the package name does not make a valid "
                                                  "tag pattern (%1); set tag-pattern")
                                                  .arg(pattern.error().message)));
    package.tagPattern = *pattern;
    package.tagPatternSet = patternValue.isDefined();

    const ConfigValue initialValue = value[QStringLiteral("initial-version")];
    auto initialText = initialValue.toString(defaults.initialVersion.toString());
    if (!initialText)
        return std::unexpected(initialText.error());
    auto initial = Version::parse(*initialText);
    if (!initial)
        return fail(initialValue.error(initial.error().message));
    package.initialVersion = *initial;

    const QString defaultChangelog = package.paths.size() == 1
                                             ? package.paths.first()
                                                       + QStringLiteral("/CHANGELOG.md")
                                             : defaults.changelogFile;
    auto changelog = value[QStringLiteral("changelog")].toString(defaultChangelog);
    if (!changelog)
        return std::unexpected(changelog.error());
    package.changelogFile = cleanPath(*changelog);
    return package;
}

} // namespace

Package Package::repository(const ProjectSettings &settings)
{
    Package package;
    package.tagPattern = settings.tagPattern;
    package.tagPatternSet = settings.tagPatternSet;
    package.initialVersion = settings.initialVersion;
    return package;
}

Result<QList<Package>> Package::fromSettings(const ProjectSettings &settings)
{
    const ConfigValue section = settings.config[QStringLiteral("packages")];
    QList<Package> packages;
    if (!section.isDefined())
        return packages;
    if (!section.isMap())
        return fail(section.error(
                QCoreApplication::translate("rd::project",
                                            "expected a map of packages by name, e.g. "
                                            "packages: { app: { path: packages/app } }")));
    const Package defaults = repository(settings);
    for (const auto &[name, value] : section.entries()) {
        auto package = readPackage(name, value, defaults);
        if (!package)
            return std::unexpected(package.error());
        packages.append(*package);
    }
    return packages;
}

Result<Package> Package::find(const ProjectSettings &settings, const QString &name)
{
    if (name.isEmpty())
        return repository(settings);
    auto packages = fromSettings(settings);
    if (!packages)
        return std::unexpected(packages.error());
    QStringList names;
    for (const Package &package : *packages) {
        if (package.name == name)
            return package;
        names.append(package.name);
    }
    return fail(errc::unknownPackage,
                names.isEmpty() ? QCoreApplication::translate(
                                          "rd::project",
                                          "There is no package \"%1\": %2 declares no packages "
                                          "(see the `packages` section).")
                                          .arg(name, settings.config.sourceName())
                                : QCoreApplication::translate(
                                          "rd::project",
                                          "There is no package \"%1\"; the packages are: %2.")
                                          .arg(name, names.join(QStringLiteral(", "))),
                settings.config.sourceName());
}

Result<PackageSelection> Package::select(const ProjectSettings &settings, const QString &name)
{
    auto packages = fromSettings(settings);
    if (!packages)
        return std::unexpected(packages.error());
    PackageSelection selection{{QString()}, repository(settings)};
    for (const Package &package : *packages) {
        selection.names.append(package.name);
        if (package.name == name)
            selection.package = package;
    }
    return selection;
}

ProjectSettings Package::apply(const ProjectSettings &settings) const
{
    ProjectSettings result = settings;
    result.tagPattern = tagPattern;
    result.tagPatternSet = tagPatternSet;
    result.initialVersion = initialVersion;
    return result;
}

} // namespace rd
