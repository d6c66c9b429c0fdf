// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtables.h"

#include "pipelinespage.h"

#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QTreeWidget>

namespace rd::gui {

QString stateText(RunState state)
{
    switch (state) {
    case RunState::Queued:
        return PipelinesPage::tr("queued");
    case RunState::Running:
        return PipelinesPage::tr("running");
    case RunState::Success:
        return PipelinesPage::tr("passed");
    case RunState::Failed:
        return PipelinesPage::tr("failed");
    case RunState::Cancelled:
        return PipelinesPage::tr("cancelled");
    case RunState::Skipped:
        return PipelinesPage::tr("skipped");
    }
    return {};
}

QColor stateColor(RunState state)
{
    switch (state) {
    case RunState::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case RunState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case RunState::Queued:
    case RunState::Running:
        return QColor(0x15, 0x65, 0xc0);
    case RunState::Cancelled:
    case RunState::Skipped:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString durationText(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    if (*seconds < 60)
        return PipelinesPage::tr("%1 s").arg(*seconds);
    if (*seconds < 3600)
        return PipelinesPage::tr("%1 min %2 s").arg(*seconds / 60).arg(*seconds % 60);
    return PipelinesPage::tr("%1 h %2 min").arg(*seconds / 3600).arg(*seconds % 3600 / 60);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("–");
}

void setState(QTreeWidgetItem *item, RunState state)
{
    item->setText(0, stateText(state));
    item->setForeground(0, stateColor(state));
    QFont font = item->font(0);
    font.setBold(state == RunState::Failed);
    item->setFont(0, font);
}

QTreeWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setAlternatingRowColors(true);
    table->setHeaderLabels(headers);
    table->header()->setStretchLastSection(false);
    for (int column = 0; column < headers.size(); ++column)
        table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    return table;
}

QStringList rowText(const QTreeWidget *table, int row)
{
    QStringList cells;
    if (const QTreeWidgetItem *item = table->topLevelItem(row)) {
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(item->text(column));
    }
    return cells;
}

void TimelineDelegate::paint(QPainter *painter,
                             const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background and selection
    const QVariant bar = index.data(barRole);
    if (!bar.isValid())
        return;
    const QPointF span = bar.toPointF();
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    QRectF drawn(area.left() + span.x() * area.width(),
                 area.top(),
                 std::max(2.0, (span.y() - span.x()) * area.width()),
                 area.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(colorRole).value<QColor>());
    painter->drawRoundedRect(drawn, 2, 2);
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(220, 0));
}

} // namespace rd::gui
