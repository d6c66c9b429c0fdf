// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace rd {

// A setting of another release tool that has no .releasedesk.yml equivalent: listed with the
// reason, never silently dropped.
struct ImportNote
{
    QString key;    // the tool's own key: "branches[1].channel", "commit"
    QString origin; // where it was read: ".releaserc.json:12"
    QString reason; // why it was not imported, and what ReleaseDesk does instead
};

// Another release tool's configuration translated into a .releasedesk.yml-shaped tree. Each
// value remembers where it came from, so a mistake in it or `releasedesk-cli config` points at
// ".releaserc.json:12" rather than at a file the user never wrote. Explicit .releasedesk.yml
// keys win over imported ones (ProjectConfig::parse merges the import under them).
struct ConfigImport
{
    QString tool;      // "semantic-release"
    QStringList files; // the files read, relative to the project: ".releaserc.json"
    YAML::Node tree{YAML::NodeType::Map};
    QHash<QString, QString> origins; // key path ("types.feat.section") → origin
    QList<ImportNote> notImported;
    QStringList warnings;

    // Sets a value at a .releasedesk.yml key path ({"types", "feat", "bump"}), creating the
    // maps on the way; the first import of a key wins, so a later lower-priority file cannot
    // replace it.
    void set(const QStringList &path, const YAML::Node &value, const QString &origin);
    void set(const QStringList &path, const QString &value, const QString &origin);
    void set(const QStringList &path, bool value, const QString &origin);
    void skip(const QString &key, const QString &origin, const QString &reason);
    bool has(const QStringList &path) const;
    bool isEmpty() const { return tree.size() == 0 && notImported.isEmpty(); }
};

// "tool (file, file)" for messages and the GUI banner.
QString describeImport(const ConfigImport &import);

} // namespace rd
