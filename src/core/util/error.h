// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace rd {

// What went wrong, on which input, and what to do next. `code` is stable and machine-readable
// ("git.not-a-repository"), `message` is a sentence for a person, `source` names the input
// (file:line, URL, ref) when there is one.
struct Error
{
    QString code;
    QString message;
    QString source;

    // "source: message" (or just the message when there is no source).
    QString toString() const;
    bool is(QStringView otherCode) const { return code == otherCode; }
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QStringView code, QString message, QString source = {})
{
    return std::unexpected<Error>(Error{code.toString(), std::move(message), std::move(source)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

// Codes shared by several modules. Modules define their own beside their code.
namespace errc {
inline constexpr QStringView cancelled = u"cancelled";
inline constexpr QStringView io = u"io";
inline constexpr QStringView invalidArgument = u"invalid-argument";
inline constexpr QStringView parse = u"parse";
} // namespace errc

} // namespace rd
