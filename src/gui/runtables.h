// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/pipelinerun.h"

#include <QColor>
#include <QStringList>
#include <QStyledItemDelegate>

#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace rd::gui {

// How the Pipelines view draws runs and jobs in its tables: the state's word and colour, times
// and durations, the tables themselves and the jobs' timeline bars.
QString stateText(RunState state);
QColor stateColor(RunState state);
QString durationText(std::optional<qint64> seconds); // "–" for none
QString timeText(const QDateTime &time);
void setState(QTreeWidgetItem *item, RunState state); // the state column, coloured
// A flat table with `headers`, columns as wide as their contents, the second one stretched.
QTreeWidget *makeTable(const QStringList &headers, QWidget *parent);
QStringList rowText(const QTreeWidget *table, int row);

// The jobs' timeline column: each job's bar from its start to its end (to now while it runs) on
// the span of the whole run, in its state's colour; a job not started yet has none.
inline constexpr int timelineColumn = 4;
inline constexpr int barRole = Qt::UserRole + 1; // QPointF(start, end) as fractions of the span
inline constexpr int colorRole = Qt::UserRole + 2;

class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rd::gui
