// SPDX-License-Identifier: GPL-3.0-or-later
#include "configimport.h"

namespace rd {

namespace {

// A child looked up without inserting it (operator[] on a non-const node would add it).
YAML::Node lookup(const YAML::Node &map, const QString &key)
{
    return map.IsMap() ? map[key.toStdString()] : YAML::Node(YAML::NodeType::Undefined);
}

} // namespace

void ConfigImport::set(const QStringList &path, const YAML::Node &value, const QString &origin)
{
    if (path.isEmpty() || has(path))
        return;
    // yaml-cpp's Node::operator= writes through to the node referred to; reset() rebinds.
    YAML::Node node = tree;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const YAML::Node child = lookup(node, path.at(i));
        if (child.IsDefined() && child.IsMap()) {
            node.reset(child);
        } else {
            // An absent key's lookup is an invalid node that cannot be rebound: use a new one.
            const YAML::Node fresh(YAML::NodeType::Map);
            node[path.at(i).toStdString()] = fresh;
            node.reset(fresh);
        }
    }
    node[path.last().toStdString()] = value;
    origins.insert(path.join(u'.'), origin);
}

void ConfigImport::set(const QStringList &path, const QString &value, const QString &origin)
{
    set(path, YAML::Node(value.toStdString()), origin);
}

void ConfigImport::set(const QStringList &path, bool value, const QString &origin)
{
    set(path, YAML::Node(value ? "true" : "false"), origin);
}

void ConfigImport::skip(const QString &key, const QString &origin, const QString &reason)
{
    notImported.append(ImportNote{key, origin, reason});
}

bool ConfigImport::has(const QStringList &path) const
{
    YAML::Node node = tree;
    for (const QString &key : path) {
        const YAML::Node child = lookup(node, key);
        if (!child.IsDefined())
            return false;
        node.reset(child);
    }
    return true;
}

QString describeImport(const ConfigImport &import)
{
    return import.files.isEmpty()
                   ? import.tool
                   : QStringLiteral("%1 (%2)").arg(import.tool,
                                                   import.files.join(QStringLiteral(", ")));
}

} // namespace rd
