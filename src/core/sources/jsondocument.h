// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace rd {

struct JsonMember;

// A JSON value with its byte range in the file. QJsonDocument gives no positions, and a
// version write must replace exactly the bytes of one string.
struct JsonNode
{
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    qsizetype offset = 0;   // first byte (a string's opening quote)
    qsizetype length = 0;   // bytes up to and including the last (a string's closing quote)
    QString string;         // strings: the decoded value
    bool escaped = false;   // strings: the raw text has escapes, so it differs from `string`
    bool truncated = false; // containers deeper than the parse limit: checked, not stored
    std::vector<JsonMember> members; // objects, in file order (duplicates kept)
    std::vector<JsonNode> items;     // arrays

    // The value of the LAST member with this key (what JSON.parse and PHP keep); null if none.
    const JsonNode *member(QStringView key) const;
    bool isString() const { return kind == Kind::String; }
    bool isObject() const { return kind == Kind::Object; }
};

struct JsonMember
{
    QString key;
    qsizetype keyOffset = 0;
    JsonNode value;
};

// A strict JSON (RFC 8259) parser that keeps byte offsets and recovers from the slips people
// commit: a missing or trailing comma, a comment. Each recovery is a warning with its place;
// anything else (unterminated string, stray character) is an error. Values nested deeper than
// `storeDepth` are checked but not stored (a 20 MB package-lock.json needs only its top).
class JsonDocument
{
public:
    static Result<JsonDocument> parse(const QByteArray &bytes, int storeDepth = 64);

    const JsonNode &root() const { return m_root; }
    // "line 9: missing ',' between members; read as if it were there"
    const QStringList &warnings() const { return m_warnings; }

private:
    JsonNode m_root;
    QStringList m_warnings;
    friend class JsonParser;
};

} // namespace rd
