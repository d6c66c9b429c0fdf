// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricswindow.h"

#include <QCoreApplication>

namespace rd {

namespace {
constexpr qint64 week = 7 * 86400;
} // namespace

double MetricsWindow::weeks() const
{
    return double(since.secsTo(until)) / double(week);
}

Result<QDateTime> MetricsWindow::parseBound(QStringView text, Bound bound, QStringView option)
{
    const QString trimmed = text.trimmed().toString();
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        date.isValid() && trimmed.size() == 10) {
        return bound == Bound::Since ? QDateTime(date, QTime(0, 0), Qt::UTC)
                                     : QDateTime(date, QTime(23, 59, 59), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (trimmed.size() >= 16 && time.isValid()) {
        if (time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), Qt::UTC);
        return time.toUTC();
    }
    return fail(errc::metricsDate,
                QCoreApplication::translate("rd::MetricsWindow",
                                            "“%1” is not a date: write it as YYYY-MM-DD "
                                            "(2024-03-01) or as an ISO 8601 date and time "
                                            "(2024-03-01T12:00:00Z).")
                        .arg(trimmed),
                option.toString());
}

Result<MetricsWindow> MetricsWindow::resolve(const QDateTime &since,
                                             const QDateTime &until,
                                             const QDateTime &headTime,
                                             int days)
{
    MetricsWindow window;
    window.untilGiven = until.isValid();
    window.sinceGiven = since.isValid();
    window.until = (window.untilGiven ? until : headTime).toUTC();
    window.since = window.sinceGiven ? since.toUTC() : window.until.addDays(-std::max(1, days));
    if (window.since >= window.until) {
        return fail(errc::metricsWindow,
                    QCoreApplication::translate("rd::MetricsWindow",
                                                "The window starts (%1) after it ends (%2): "
                                                "give a --since before the --until.")
                            .arg(window.since.toString(Qt::ISODate),
                                 window.until.toString(Qt::ISODate)));
    }
    return window;
}

} // namespace rd
