// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsseries.h"

#include "metrics/deliverymetrics.h"

#include <cmath>

namespace rd {

std::optional<double> MetricsBucket::failureRate() const
{
    if (deployments.isEmpty())
        return std::nullopt;
    return double(failures.size()) / double(deployments.size());
}

int bucketDays(const DeliveryMetrics &metrics, int maximum)
{
    const double weeks = metrics.window.weeks();
    const int per = std::max(1, int(std::ceil(weeks / double(std::max(1, maximum)))));
    return 7 * per;
}

QList<MetricsBucket> bucketsOf(const DeliveryMetrics &metrics, int days)
{
    QList<MetricsBucket> buckets;
    const qint64 length = qint64(std::max(1, days)) * 86400;
    const qint64 since = metrics.window.since.toSecsSinceEpoch();
    const qint64 until = metrics.window.until.toSecsSinceEpoch();
    for (qint64 start = since; start < until; start += length) {
        MetricsBucket bucket;
        bucket.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        bucket.end = QDateTime::fromSecsSinceEpoch(std::min(start + length, until), Qt::UTC);
        buckets.append(bucket);
    }
    const auto bucketOf = [&](const QDateTime &time) -> qsizetype {
        const qint64 offset = time.toSecsSinceEpoch() - since;
        if (offset < 0)
            return -1;
        return std::min<qsizetype>(offset / length, buckets.size() - 1);
    };
    for (qsizetype i = 0; i < metrics.deployments.size(); ++i) {
        if (const qsizetype b = bucketOf(metrics.deployments.at(i).tag.date); b >= 0)
            buckets[b].deployments.append(i);
    }
    for (qsizetype i = 0; i < metrics.failures.size(); ++i) {
        if (const qsizetype b = bucketOf(metrics.failures.at(i).deployed); b >= 0)
            buckets[b].failures.append(i);
    }
    return buckets;
}

} // namespace rd
