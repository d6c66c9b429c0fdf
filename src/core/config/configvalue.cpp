// SPDX-License-Identifier: GPL-3.0-or-later
#include "configvalue.h"

#include <QCoreApplication>
#include <algorithm>

namespace rd {

namespace {

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

} // namespace

ConfigValue::ConfigValue(YAML::Node node, QString keyPath, QString fileName, Origins origins)
    : m_node(std::move(node))
    , m_keyPath(std::move(keyPath))
    , m_fileName(std::move(fileName))
    , m_origins(std::move(origins))
{}

ConfigValue ConfigValue::child(YAML::Node node, QString keyPath) const
{
    return ConfigValue(std::move(node), std::move(keyPath), m_fileName, m_origins);
}

QString ConfigValue::importedOrigin() const
{
    if (!m_origins || m_origins->isEmpty() || line() > 0)
        return {};
    // types.feat.section → types.feat → types; sources.extra[0].file → sources.extra[0] → ...
    QString path = m_keyPath;
    while (!path.isEmpty()) {
        if (const auto it = m_origins->constFind(path); it != m_origins->constEnd())
            return *it;
        const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
        path.truncate(std::max<qsizetype>(cut, 0));
    }
    return {};
}

bool ConfigValue::isImported() const
{
    return !importedOrigin().isEmpty();
}

bool ConfigValue::isDefined() const
{
    return m_node.IsDefined() && !m_node.IsNull();
}

bool ConfigValue::isMap() const
{
    return m_node.IsDefined() && m_node.IsMap();
}

bool ConfigValue::isSequence() const
{
    return m_node.IsDefined() && m_node.IsSequence();
}

bool ConfigValue::isScalar() const
{
    return m_node.IsDefined() && m_node.IsScalar();
}

int ConfigValue::line() const
{
    if (!m_node.IsDefined())
        return 0;
    const YAML::Mark mark = m_node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

QString ConfigValue::location() const
{
    const int l = line();
    if (l > 0)
        return m_fileName + u':' + QString::number(l);
    const QString imported = importedOrigin();
    return imported.isEmpty() ? m_fileName : imported;
}

ConfigValue ConfigValue::operator[](const QString &key) const
{
    const QString childPath = m_keyPath.isEmpty() ? key : m_keyPath + u'.' + key;
    if (!isMap())
        return child(YAML::Node(YAML::NodeType::Undefined), childPath);
    // Look the key up without inserting: operator[] on a non-const node would add it.
    const YAML::Node &self = m_node;
    return child(self[key.toStdString()], childPath);
}

QList<QPair<QString, ConfigValue>> ConfigValue::entries() const
{
    QList<QPair<QString, ConfigValue>> result;
    if (!isMap())
        return result;
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        const QString key = it->first.IsScalar() ? scalarText(it->first) : QString();
        const QString childPath = m_keyPath.isEmpty() ? key : m_keyPath + u'.' + key;
        result.append({key, child(it->second, childPath)});
    }
    return result;
}

QList<ConfigValue> ConfigValue::items() const
{
    QList<ConfigValue> result;
    if (!isSequence())
        return result;
    int index = 0;
    for (auto it = m_node.begin(); it != m_node.end(); ++it, ++index)
        result.append(child(*it, m_keyPath + u'[' + QString::number(index) + u']'));
    return result;
}

Result<QString> ConfigValue::toString(const QString &fallback) const
{
    if (!isDefined())
        return fallback;
    if (!m_node.IsScalar())
        return std::unexpected(
                error(QCoreApplication::translate("rd::config", "expected a text value")));
    return scalarText(m_node);
}

Result<bool> ConfigValue::toBool(bool fallback) const
{
    if (!isDefined())
        return fallback;
    if (m_node.IsScalar()) {
        const QString text = scalarText(m_node).toLower();
        if (text == u"true" || text == u"yes" || text == u"on")
            return true;
        if (text == u"false" || text == u"no" || text == u"off")
            return false;
    }
    return std::unexpected(
            error(QCoreApplication::translate("rd::config", "expected true or false")));
}

Result<qint64> ConfigValue::toInt(qint64 fallback) const
{
    if (!isDefined())
        return fallback;
    if (m_node.IsScalar()) {
        bool ok = false;
        const qint64 value = scalarText(m_node).toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::unexpected(
            error(QCoreApplication::translate("rd::config", "expected a whole number")));
}

Result<QStringList> ConfigValue::toStringList(const QStringList &fallback) const
{
    if (!isDefined())
        return fallback;
    if (m_node.IsScalar())
        return QStringList{scalarText(m_node)};
    if (!m_node.IsSequence())
        return std::unexpected(
                error(QCoreApplication::translate("rd::config", "expected a list of text values")));
    QStringList result;
    for (const ConfigValue &item : items()) {
        if (!item.isScalar())
            return std::unexpected(
                    item.error(QCoreApplication::translate("rd::config", "expected a text value")));
        result.append(scalarText(item.m_node));
    }
    return result;
}

QList<Error> ConfigValue::unknownKeys(const QStringList &known) const
{
    QList<Error> result;
    for (const auto &[key, value] : entries()) {
        if (known.contains(key))
            continue;
        Error e = value.error(
                QCoreApplication::translate("rd::config",
                                            "unknown setting; known settings here are: %1")
                        .arg(known.join(QStringLiteral(", "))));
        e.code = errc::configUnknownKey.toString();
        result.append(e);
    }
    return result;
}

Error ConfigValue::error(const QString &message) const
{
    const QString what = m_keyPath.isEmpty() ? message : m_keyPath + u": " + message;
    return Error{errc::config.toString(), what, location()};
}

} // namespace rd
