// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace rd {

// The median and 90th percentile of a list of durations in seconds.
// - median: the middle value, or the mean of the two middle values of an even count;
// - p90: the nearest-rank percentile, the ⌈0.9·n⌉-th smallest value (a value that occurs).
// Empty input has no median (count 0): callers say "no data" instead of dividing by zero.
struct Distribution
{
    qsizetype count = 0;
    double median = 0;
    double p90 = 0;

    bool isEmpty() const { return count == 0; }
    static Distribution of(QList<qint64> values);
};

// A duration for people: "45 s", "12 min", "5.5 h", "3.2 days" (translated units).
QString durationText(double seconds);

} // namespace rd
