// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetext.h"
#include "util/error.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace toml {
inline namespace v3 {
class table;
}
} // namespace toml

namespace rd {

// A TOML file parsed by toml++, with values located in the bytes through toml++'s source
// regions (line and code point column).
class TomlFile
{
public:
    // Error (errc::parse) with the line toml++ reports.
    static Result<TomlFile> parse(const SourceText &text);

    struct StringValue
    {
        QString value; // decoded by toml++
        int line = 0;
        SourceText::Range content; // the bytes between the quotes; invalid for """ strings
        bool exact = false;        // the content bytes are exactly `value` (no escapes)
    };

    // The value at a key path ({"tool", "poetry", "version"}); nullopt when absent or not a
    // string.
    std::optional<StringValue> string(const QStringList &path) const;
    bool contains(const QStringList &path) const;
    // 1-based line of the value at the path (0 when absent).
    int line(const QStringList &path) const;
    std::optional<bool> boolean(const QStringList &path) const;
    // True when the path holds an array with this string among its items.
    bool arrayContains(const QStringList &path, const QString &item) const;

private:
    explicit TomlFile(const SourceText &text);
    const SourceText *m_text;
    std::shared_ptr<toml::table> m_table;
};

} // namespace rd
