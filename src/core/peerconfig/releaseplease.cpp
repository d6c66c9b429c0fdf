// SPDX-License-Identifier: GPL-3.0-or-later
// release-please's manifest mode: release-please-config.json and .release-please-manifest.json.
#include "peerimport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

const QString manifestFile = QStringLiteral(".release-please-manifest.json");

// A package option, or the top-level default every package inherits.
PeerValue option(const PeerValue &config, const PeerValue &package, const QString &key)
{
    const PeerValue own = package[key];
    return own.isMissing() ? config[key] : own;
}

// release-please names a component after the package: "component", else the package name
// without its npm scope, else the folder's last name.
QString componentOf(const QString &path, const PeerValue &package)
{
    if (const QString component = package[QStringLiteral("component")].text(); !component.isEmpty())
        return component;
    QString name = package[QStringLiteral("package-name")].text();
    if (name.contains(u'/'))
        name = name.section(u'/', -1);
    if (!name.isEmpty())
        return name;
    return path == u"." ? QString() : path.section(u'/', -1);
}

QString tagPattern(const PeerValue &config, const PeerValue &package, const QString &component)
{
    const bool withComponent = option(config, package, QStringLiteral("include-component-in-tag"))
                                       .toBool(true)
                               && !component.isEmpty();
    const bool withV = option(config, package, QStringLiteral("include-v-in-tag")).toBool(true);
    const PeerValue separator = option(config, package, QStringLiteral("tag-separator"));
    const QString version = withV ? QStringLiteral("v{version}") : QStringLiteral("{version}");
    return withComponent
                   ? component + (separator.isScalar() ? separator.text() : QStringLiteral("-"))
                             + version
                   : version;
}

// extra-files: "path" (lines marked x-release-please-version) or {type, path, jsonpath}.
void importExtraFiles(const PeerValue &files,
                      const QString &base,
                      const QString &key,
                      YAML::Node &extra,
                      ConfigImport &import)
{
    for (qsizetype i = 0; i < files.items().size(); ++i) {
        const PeerValue &entry = files.items().at(i);
        const QString itemKey = key + u'[' + QString::number(i) + u']';
        const QString path = entry.isMap() ? entry[QStringLiteral("path")].text() : entry.text();
        if (path.isEmpty())
            continue;
        const QString file = base == u"." || path.startsWith(u'/')
                                     ? (path.startsWith(u'/') ? path.mid(1) : path)
                                     : base + u'/' + path;
        YAML::Node item(YAML::NodeType::Map);
        item["file"] = file.toStdString();
        const QString type = entry[QStringLiteral("type")].text();
        const QString jsonPath = entry[QStringLiteral("jsonpath")].text();
        static const QRegularExpression simplePath(QStringLiteral("^\\$((?:\\.[A-Za-z0-9_-]+)+)$"));
        if (!entry.isMap() || type == u"generic") {
            item["regex"]
                    = "(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)[^\\n]*x-release-please-version";
        } else if ((type == u"json" || type == u"yaml" || type == u"toml")
                   && simplePath.match(jsonPath).hasMatch()) {
            item["key"] = simplePath.match(jsonPath).captured(1).mid(1).toStdString();
        } else {
            import.skip(itemKey,
                        entry.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "a %1 file with path %2 cannot be a sources.extra key "
                                "path; declare it under sources.extra by hand")
                                .arg(type, jsonPath));
            continue;
        }
        extra.push_back(item);
    }
}

} // namespace

void translateReleasePlease(const PeerValue &config,
                            const PeerValue &manifest,
                            ConfigImport &import)
{
    // bump-minor-pre-major: false (the default) lets a breaking change leave 0.x.
    const PeerValue preMajor = config[QStringLiteral("bump-minor-pre-major")];
    import.set({QStringLiteral("zero-major"), QStringLiteral("breaking-bumps-major")},
               !preMajor.toBool(false),
               preMajor.isMissing()
                       ? config.origin()
                                 + QCoreApplication::translate("rd::peerconfig",
                                                               " (release-please's default "
                                                               "bump-minor-pre-major false)")
                       : preMajor.origin());
    if (const PeerValue v = config[QStringLiteral("bump-patch-for-minor-pre-major")];
        v.toBool(false))
        import.skip(QStringLiteral("bump-patch-for-minor-pre-major"),
                    v.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig",
                            "in 0.x a feature bumps the minor number in ReleaseDesk; "
                            "there is no setting for a patch"));
    peer::importTypeSections(config[QStringLiteral("changelog-sections")],
                             QStringLiteral("changelog-sections"),
                             import);

    YAML::Node extra(YAML::NodeType::Sequence);
    importExtraFiles(config[QStringLiteral("extra-files")],
                     QStringLiteral("."),
                     QStringLiteral("extra-files"),
                     extra,
                     import);

    const PeerValue packages = config[QStringLiteral("packages")];
    for (const auto &[path, package] : packages.members()) {
        const QString key = QStringLiteral("packages.") + path;
        const QString component = componentOf(path, package);
        const QString pattern = tagPattern(config, package, component);
        const PeerValue changelog = package[QStringLiteral("changelog-path")];
        if (path == u".") {
            import.set({QStringLiteral("tag-pattern")}, pattern, package.origin());
            importExtraFiles(package[QStringLiteral("extra-files")],
                             path,
                             key + QStringLiteral(".extra-files"),
                             extra,
                             import);
            if (!changelog.isMissing())
                import.skip(key + QStringLiteral(".changelog-path"),
                            changelog.origin(),
                            QCoreApplication::translate("rd::peerconfig",
                                                        "the repository's changelog file is not a "
                                                        ".releasedesk.yml setting"));
            continue;
        }
        if (component.isEmpty())
            continue;
        const QStringList base = {QStringLiteral("packages"), component};
        import.set(base + QStringList{QStringLiteral("path")}, path, package.origin());
        import.set(base + QStringList{QStringLiteral("tag-pattern")}, pattern, package.origin());
        if (!changelog.isMissing())
            import.set(base + QStringList{QStringLiteral("changelog")},
                       path + u'/' + changelog.text(),
                       changelog.origin());
        if (!package[QStringLiteral("extra-files")].isMissing())
            import.skip(key + QStringLiteral(".extra-files"),
                        package[QStringLiteral("extra-files")].origin(),
                        QCoreApplication::translate("rd::peerconfig",
                                                    "a package's own extra version files are not a "
                                                    ".releasedesk.yml setting"));
        const QString version = manifest[path].text();
        if (!version.isEmpty())
            import.skip(manifestFile + u'#' + path,
                        manifest[path].origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "package versions are read from the package's tags and "
                                "files, not from the manifest"));
    }

    // The manifest keeps the root package's version: one more version source.
    if (const PeerValue root = manifest[QStringLiteral(".")]; root.isScalar()) {
        YAML::Node item(YAML::NodeType::Map);
        item["file"] = manifestFile.toStdString();
        item["regex"] = "\"\\.\"\\s*:\\s*\"([^\"]+)\"";
        extra.push_back(item);
    }
    if (extra.size() > 0) {
        const PeerValue files = config[QStringLiteral("extra-files")];
        import.set({QStringLiteral("sources"), QStringLiteral("extra")},
                   extra,
                   files.isMissing() ? manifest[QStringLiteral(".")].origin() : files.origin());
    }

    for (const auto &[path, package] : packages.members()) {
        peer::skipUnknown(package,
                          {QStringLiteral("component"),
                           QStringLiteral("package-name"),
                           QStringLiteral("changelog-path"),
                           QStringLiteral("extra-files"),
                           QStringLiteral("include-component-in-tag"),
                           QStringLiteral("include-v-in-tag"),
                           QStringLiteral("tag-separator"),
                           QStringLiteral("bump-minor-pre-major"),
                           QStringLiteral("changelog-sections")},
                          QStringLiteral("packages.") + path,
                          QCoreApplication::translate("rd::peerconfig",
                                                      "no .releasedesk.yml equivalent"),
                          import);
    }
    peer::skipUnknown(
            config,
            {QStringLiteral("packages"),
             QStringLiteral("bump-minor-pre-major"),
             QStringLiteral("bump-patch-for-minor-pre-major"),
             QStringLiteral("changelog-sections"),
             QStringLiteral("extra-files"),
             QStringLiteral("include-component-in-tag"),
             QStringLiteral("include-v-in-tag"),
             QStringLiteral("tag-separator"),
             QStringLiteral("$schema")},
            QString(),
            QCoreApplication::translate("rd::peerconfig",
                                        "no .releasedesk.yml equivalent (a release type's version "
                                        "files are found as version sources)"),
            import);
}

std::optional<ConfigImport> importReleasePlease(const QString &directory)
{
    auto config = peer::readFile(directory, QStringLiteral("release-please-config.json"));
    if (!config)
        return std::nullopt;
    ConfigImport import;
    import.tool = QStringLiteral("release-please");
    import.files.append(QStringLiteral("release-please-config.json"));
    if (!*config) {
        import.warnings.append(config->error().toString());
        return import;
    }
    PeerValue manifest;
    if (auto parsed = peer::readFile(directory, manifestFile); parsed) {
        import.files.append(manifestFile);
        if (*parsed)
            manifest = **parsed;
        else
            import.warnings.append(parsed->error().toString());
    }
    translateReleasePlease(**config, manifest, import);
    return import;
}

} // namespace rd
