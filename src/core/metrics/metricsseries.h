// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace rd {

struct DeliveryMetrics;

// A stretch of the window for charts: deployments, failures and their rate in it. The first
// bucket starts on the window's first day; the last one may be shorter.
struct MetricsBucket
{
    QDateTime start;
    QDateTime end;                // excluded, except for the last bucket (the window's end)
    QList<qsizetype> deployments; // indices into DeliveryMetrics::deployments
    QList<qsizetype> failures;    // indices into DeliveryMetrics::failures
    // failures / deployments; nullopt without deployments
    std::optional<double> failureRate() const;
};

// The window cut into buckets of `days` days (7: weeks), oldest first.
QList<MetricsBucket> bucketsOf(const DeliveryMetrics &metrics, int days);
// The bucket length in days that keeps at most `maximum` buckets: 7 (weeks) or a multiple of 7.
int bucketDays(const DeliveryMetrics &metrics, int maximum);

} // namespace rd
