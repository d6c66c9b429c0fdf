// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/deliverymetrics.h"
#include "metrics/metricsseries.h"

#include <QList>
#include <QString>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QPointF;
class QValueAxis;
class QXYSeries;

// How the Metrics view builds its charts: axes, units, and the point under the mouse.
namespace rd::gui::metricscharts {

// Durations on an axis: hours up to three days, days above.
struct Unit
{
    double seconds = 3600;
    QString name;
};
Unit unitFor(double largest);

QValueAxis *valueAxis(const QString &title, double maximum, bool integers);
QDateTimeAxis *timeAxis(const DeliveryMetrics &metrics);
// The index of the point of `series` nearest to `point` along x; -1 for an empty series.
int nearestPoint(const QXYSeries *series, const QPointF &point);
// The chart of `view` emptied (series and axes), with `title`.
QChart *resetChart(QChartView *view, const QString &title);
QBarCategoryAxis *bucketAxis(const QList<MetricsBucket> &buckets, int days);

} // namespace rd::gui::metricscharts
