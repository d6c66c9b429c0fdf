// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rd::net {

class HttpHeaders;

// What a forge says about its request budget: GitHub's x-ratelimit-* and GitLab's RateLimit-*
// headers, and Retry-After.
struct RateLimit
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    QDateTime reset; // when the budget refills (UTC); invalid when unknown
    std::optional<qint64> retryAfterSeconds;

    static RateLimit fromHeaders(const HttpHeaders &headers);
    bool isKnown() const { return limit || remaining; }
    bool isSpent() const { return remaining && *remaining <= 0; }
    // "4999 of 5000 requests left, resets at 04:12:00 UTC"; empty when nothing is known.
    QString describe() const;
};

} // namespace rd::net
