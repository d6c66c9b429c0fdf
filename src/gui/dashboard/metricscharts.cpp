// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscharts.h"

#include "metricspage.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace rd::gui::metricscharts {

Unit unitFor(double largest)
{
    if (largest <= 3 * 86400)
        return {3600, MetricsPage::tr("hours")};
    return {86400, MetricsPage::tr("days")};
}

QValueAxis *valueAxis(const QString &title, double maximum, bool integers)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(maximum, integers ? 1.0 : 0.1));
    if (integers) {
        axis->setLabelFormat(QStringLiteral("%d"));
        const int top = int(std::ceil(std::max(maximum, 1.0)));
        axis->setRange(0, top);
        axis->setTickCount(std::min(top, 5) + 1);
    } else {
        axis->applyNiceNumbers();
    }
    return axis;
}

QDateTimeAxis *timeAxis(const DeliveryMetrics &metrics)
{
    auto *axis = new QDateTimeAxis;
    axis->setTitleText(MetricsPage::tr("Date (UTC)"));
    axis->setFormat(metrics.window.weeks() > 60 ? QStringLiteral("MMM yyyy")
                                                : QStringLiteral("d MMM yy"));
    axis->setRange(metrics.window.since, metrics.window.until);
    axis->setTickCount(5);
    return axis;
}

int nearestPoint(const QXYSeries *series, const QPointF &point)
{
    const QList<QPointF> points = series->points();
    int best = -1;
    double distance = 0;
    for (int i = 0; i < points.size(); ++i) {
        const double d = std::abs(points.at(i).x() - point.x());
        if (best < 0 || d < distance) {
            best = i;
            distance = d;
        }
    }
    return best;
}

QChart *resetChart(QChartView *view, const QString &title)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    return chart;
}

// The buckets' first days, month-day (year-month-day when the window spans years), upright.
QBarCategoryAxis *bucketAxis(const QList<MetricsBucket> &buckets, int days)
{
    const bool years = !buckets.isEmpty()
                       && buckets.first().start.date().year() != buckets.last().start.date().year();
    auto *axis = new QBarCategoryAxis;
    for (const MetricsBucket &bucket : buckets)
        axis->append(bucket.start.toString(years ? QStringLiteral("yy-MM-dd")
                                                 : QStringLiteral("MM-dd")));
    const QString format = years ? MetricsPage::tr("YY-MM-DD") : MetricsPage::tr("MM-DD");
    axis->setTitleText(days == 7 ? MetricsPage::tr("Week starting (%1)").arg(format)
                                 : MetricsPage::tr("%1 days starting (%2)").arg(days).arg(format));
    axis->setLabelsAngle(-90);
    return axis;
}

} // namespace rd::gui::metricscharts
