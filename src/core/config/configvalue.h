// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <memory>
#include <optional>

namespace rd {

// One value of .releasedesk.yml with the place it came from, so that every module can read its
// own section and report a mistake as ".releasedesk.yml:12: types.feat.bump: ...". Reading never
// throws: a value of the wrong kind is an Error naming the key, the line and what is expected.
class ConfigValue
{
public:
    // Where imported values came from, by key path (see ConfigImport): a value without a
    // line in the file takes the origin of its own key path or of the nearest ancestor's.
    using Origins = std::shared_ptr<const QHash<QString, QString>>;

    ConfigValue() = default;
    ConfigValue(YAML::Node node, QString keyPath, QString fileName, Origins origins = {});

    bool isDefined() const;
    bool isMap() const;
    bool isSequence() const;
    bool isScalar() const;

    const QString &keyPath() const { return m_keyPath; }
    // "file:line" (1-based); for an imported value the origin it was imported from
    // (".releaserc.json:12"); else just the file name.
    QString location() const;
    // True when the value came from another tool's configuration, not from the file.
    bool isImported() const;
    int line() const; // 1-based; 0 when unknown

    // A child of a map; undefined (isDefined() false) when absent.
    ConfigValue operator[](const QString &key) const;
    // Map entries in document order; empty unless a map.
    QList<QPair<QString, ConfigValue>> entries() const;
    // Sequence items; empty unless a sequence.
    QList<ConfigValue> items() const;

    // Scalars. When the value is absent the fallback is returned; when it has the wrong kind the
    // error says what was expected.
    Result<QString> toString(const QString &fallback = {}) const;
    Result<bool> toBool(bool fallback) const;
    Result<qint64> toInt(qint64 fallback) const;
    // A list of strings; a single scalar counts as a one-item list.
    Result<QStringList> toStringList(const QStringList &fallback = {}) const;
    // Keys of a map that are not in `known`: typos surface instead of being silently ignored.
    QList<Error> unknownKeys(const QStringList &known) const;

    // An error located at this value: source = location(), message = "<keyPath>: <message>".
    Error error(const QString &message) const;

private:
    YAML::Node m_node;
    QString m_keyPath;
    QString m_fileName;
    Origins m_origins;

    ConfigValue child(YAML::Node node, QString keyPath) const;
    QString importedOrigin() const;
};

namespace errc {
inline constexpr QStringView config = u"config.invalid";
inline constexpr QStringView configUnknownKey = u"config.unknown-key";
} // namespace errc

} // namespace rd
