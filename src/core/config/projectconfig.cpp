// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectconfig.h"

#include "util/fileio.h"

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
    };
    return keys;
}

Result<ProjectConfig> ProjectConfig::load(const QString &directory)
{
    const QString path = QDir(directory).filePath(fileName.toString());
    if (!QFileInfo::exists(path)) {
        ProjectConfig config;
        config.m_sourceName = path;
        return config;
    }
    auto text = readFile(path);
    if (!text)
        return std::unexpected(text.error());
    return parse(*text, path);
}

Result<ProjectConfig> ProjectConfig::parse(const QByteArray &text, const QString &sourceName)
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
                    QStringLiteral("This is not valid YAML (%1). Fix the file or remove it to use "
                                   "the defaults.")
                            .arg(QString::fromStdString(e.msg)),
                    where);
    }
    if (config.m_root.IsNull() || !config.m_root.IsDefined()) {
        config.m_root = YAML::Node(YAML::NodeType::Map); // an empty file means every default
    } else if (!config.m_root.IsMap()) {
        return fail(errc::config,
                    QStringLiteral("The file must hold a mapping of settings (key: value), not "
                                   "a list or a single value."),
                    sourceName);
    }
    config.m_warnings = config.root().unknownKeys(knownKeys());
    return config;
}

ConfigValue ProjectConfig::root() const
{
    return ConfigValue(m_root, QString(), m_sourceName);
}

} // namespace rd
