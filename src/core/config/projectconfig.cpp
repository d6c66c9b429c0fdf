// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectconfig.h"

#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rd {

ProjectConfig::ProjectConfig()
    : m_root(YAML::NodeType::Map)
    , m_sourceName(fileName.toString())
{}

const QStringList &ProjectConfig::knownKeys()
{
    static const QStringList keys = {
            // versions and tags
            QStringLiteral("tag-pattern"),
            QStringLiteral("initial-version"),
            QStringLiteral("zero-major"),
            QStringLiteral("prerelease"),
            // commits
            QStringLiteral("types"),
            QStringLiteral("commits"),
            // history and changelog
            QStringLiteral("packages"),
            QStringLiteral("changelog"),
            QStringLiteral("links"),
            // version sources
            QStringLiteral("sources"),
            // the release itself
            QStringLiteral("release"),
            // the forge and its CI
            QStringLiteral("forge"),
            // where the project is published
            QStringLiteral("registries"),
            QStringLiteral("publish"),
    };
    return keys;
}

Result<ProjectConfig> ProjectConfig::load(const QString &directory,
                                          const QList<ConfigImport> &imports)
{
    const QString path = QDir(directory).filePath(fileName.toString());
    if (!QFileInfo::exists(path)) {
        ProjectConfig config;
        config.m_sourceName = path;
        config.mergeImports(imports);
        return config;
    }
    auto text = readFile(path);
    if (!text)
        return std::unexpected(text.error());
    return parse(*text, path, imports);
}

Result<ProjectConfig> ProjectConfig::parse(const QByteArray &text,
                                           const QString &sourceName,
                                           const QList<ConfigImport> &imports)
{
    ProjectConfig config;
    config.m_sourceName = sourceName;
    config.m_fromFile = true;
    try {
        config.m_root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        const QString where = e.mark.is_null() ? sourceName
                                               : QStringLiteral("%1:%2:%3")
                                                         .arg(sourceName)
                                                         .arg(e.mark.line + 1)
                                                         .arg(e.mark.column + 1);
        return fail(errc::config,
                    QCoreApplication::translate(
                            "rd::config",
                            "This is not valid YAML (%1). Fix the file or remove it to use "
                            "the defaults.")
                            .arg(QString::fromStdString(e.msg)),
                    where);
    }
    if (config.m_root.IsNull() || !config.m_root.IsDefined()) {
        config.m_root = YAML::Node(YAML::NodeType::Map); // an empty file means every default
    } else if (!config.m_root.IsMap()) {
        return fail(errc::config,
                    QCoreApplication::translate(
                            "rd::config",
                            "The file must hold a mapping of settings (key: value), not "
                            "a list or a single value."),
                    sourceName);
    }
    config.m_warnings = config.root().unknownKeys(knownKeys());
    config.mergeImports(imports);
    return config;
}

namespace {

// A deep copy whose nodes have no position: YAML::Clone gives every node line 1, which would
// read as a line of .releasedesk.yml.
YAML::Node copyOf(const YAML::Node &node)
{
    if (node.IsMap()) {
        YAML::Node copy(YAML::NodeType::Map);
        for (auto it = node.begin(); it != node.end(); ++it)
            copy[it->first.Scalar()] = copyOf(it->second);
        return copy;
    }
    if (node.IsSequence()) {
        YAML::Node copy(YAML::NodeType::Sequence);
        for (const YAML::Node &item : node)
            copy.push_back(copyOf(item));
        return copy;
    }
    if (node.IsScalar())
        return YAML::Node(node.Scalar());
    return YAML::Node(YAML::NodeType::Null);
}

// Fills the keys `explicitMap` leaves out from `imported`, recursively inside maps both have.
void mergeUnder(YAML::Node explicitMap, const YAML::Node &imported)
{
    for (auto it = imported.begin(); it != imported.end(); ++it) {
        const std::string key = it->first.Scalar();
        const YAML::Node &constMap = explicitMap;
        YAML::Node existing = constMap[key];
        if (!existing.IsDefined() || existing.IsNull())
            explicitMap[key] = it->second;
        else if (existing.IsMap() && it->second.IsMap())
            mergeUnder(existing, it->second);
    }
}

} // namespace

void ProjectConfig::mergeImports(const QList<ConfigImport> &imports)
{
    m_imports = imports;
    auto origins = std::make_shared<QHash<QString, QString>>();
    for (const ConfigImport &import : imports) {
        // A copy, so that merging a later import never writes into an earlier one's tree.
        mergeUnder(m_root, copyOf(import.tree));
        for (auto it = import.origins.constBegin(); it != import.origins.constEnd(); ++it) {
            if (!origins->contains(it.key()))
                origins->insert(it.key(), it.value());
        }
    }
    m_origins = std::move(origins);
}

ConfigValue ProjectConfig::root() const
{
    return ConfigValue(m_root, QString(), m_sourceName, m_origins);
}

} // namespace rd
