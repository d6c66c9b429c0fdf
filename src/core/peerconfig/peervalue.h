// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rd {

// One value of another tool's configuration file (JSON, YAML, TOML or INI) with the line it
// is on, so that every imported setting can name its origin (".releaserc.json:12"). The
// importers read all four formats through this one shape.
class PeerValue
{
public:
    enum class Kind { Missing, Scalar, List, Map };

    PeerValue() = default;

    Kind kind() const { return m_kind; }
    bool isMissing() const { return m_kind == Kind::Missing; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isList() const { return m_kind == Kind::List; }
    bool isMap() const { return m_kind == Kind::Map; }

    // "file:line", or the file alone when the line is unknown.
    QString origin() const;
    const QString &file() const { return m_file; }
    int line() const { return m_line; }

    // Scalars as text (true, 12, "v{version}"); empty for lists and maps.
    const QString &text() const { return m_text; }
    // true/false/yes/no/on/off (case-insensitive); `fallback` otherwise.
    bool toBool(bool fallback) const;
    // A scalar as a one-item list, a list of scalars as texts.
    QStringList toStringList() const;

    // A member of a map (Missing when absent); a dotted path walks nested maps.
    PeerValue operator[](const QString &key) const;
    PeerValue at(const QStringList &path) const;
    const QList<QPair<QString, PeerValue>> &members() const { return m_members; }
    const QList<PeerValue> &items() const { return m_items; }

    static PeerValue scalar(QString text, QString file, int line);
    static PeerValue list(QList<PeerValue> items, QString file, int line);
    static PeerValue map(QList<QPair<QString, PeerValue>> members, QString file, int line);

private:
    Kind m_kind = Kind::Missing;
    QString m_text;
    QString m_file;
    int m_line = 0;
    QList<QPair<QString, PeerValue>> m_members;
    QList<PeerValue> m_items;
};

// Parsers. `file` is the name used in origins and errors (relative to the project). Errors
// name the file, the line when known, and say to fix or remove the file.
Result<PeerValue> parsePeerJson(const QByteArray &text, const QString &file);
Result<PeerValue> parsePeerYaml(const QByteArray &text, const QString &file);
Result<PeerValue> parsePeerToml(const QByteArray &text, const QString &file);
// INI as bumpversion and setup.cfg write it: [section] headers, `key = value` or `key: value`,
// indented continuation lines, # and ; comments. Gives a map of sections to maps of keys.
Result<PeerValue> parsePeerIni(const QByteArray &text, const QString &file);
// By the file name: .json → JSON, .toml → TOML, .cfg → INI, anything else YAML (which also
// reads JSON, as .releaserc may be either).
Result<PeerValue> parsePeerFile(const QByteArray &text, const QString &file);

namespace errc {
inline constexpr QStringView peerConfig = u"peerconfig.invalid";
} // namespace errc

} // namespace rd
