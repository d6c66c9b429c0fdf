// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QStringView>

namespace rd {

// The stretch of time the metrics look at: a deployment counts when its tag time lies between
// `since` and `until`, both included. By default the last 90 days up to HEAD's commit date.
struct MetricsWindow
{
    QDateTime since;
    QDateTime until;
    bool sinceGiven = false; // false: a number of days (90 by default) before `until`
    bool untilGiven = false; // false: HEAD's commit date

    bool contains(const QDateTime &time) const { return time >= since && time <= until; }
    // The window's length in weeks (7 × 86 400 s).
    double weeks() const;

    // A --since or --until value: a date ("2024-03-01": the start of that day for since, its
    // last second for until, in UTC) or an ISO 8601 date and time ("2024-03-01T12:00:00Z",
    // without an offset read as UTC). `option` names the input in the error.
    enum class Bound { Since, Until };
    static Result<QDateTime> parseBound(QStringView text, Bound bound, QStringView option);

    // The window from the given bounds (invalid ones are the defaults) and HEAD's commit date.
    // Errors: metrics.window when since is after until.
    static Result<MetricsWindow> resolve(const QDateTime &since,
                                         const QDateTime &until,
                                         const QDateTime &headTime,
                                         int days = 90);
};

namespace errc {
inline constexpr QStringView metricsDate = u"metrics.date";
inline constexpr QStringView metricsWindow = u"metrics.window";
} // namespace errc

} // namespace rd
