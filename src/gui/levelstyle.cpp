// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelstyle.h"

#include "committablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace rd::gui {

QString levelText(BumpLevel level, bool breaking)
{
    switch (level) {
    case BumpLevel::Major:
        return breaking ? QCoreApplication::translate("rd::gui::Level", "major (breaking)")
                        : QCoreApplication::translate("rd::gui::Level", "major");
    case BumpLevel::Minor:
        return QCoreApplication::translate("rd::gui::Level", "minor");
    case BumpLevel::Patch:
        return QCoreApplication::translate("rd::gui::Level", "patch");
    case BumpLevel::None:
        break;
    }
    return QCoreApplication::translate("rd::gui::Level", "none");
}

QColor levelColor(BumpLevel level)
{
    switch (level) {
    case BumpLevel::Major:
        return QColor(0xc6, 0x28, 0x28);
    case BumpLevel::Minor:
        return QColor(0x15, 0x65, 0xc0);
    case BumpLevel::Patch:
        return QColor(0x2e, 0x7d, 0x32);
    case BumpLevel::None:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor mutedTextColor()
{
    return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

void LevelDelegate::paint(QPainter *painter,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto level = BumpLevel(index.data(CommitTableModel::LevelRole).toInt());
    const QFontMetrics metrics(opt.font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = metrics.height() + 2;
    QRect pill(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);
    pill = pill.intersected(opt.rect.adjusted(2, 0, -2, 0));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = levelColor(level);
    painter->setPen(Qt::NoPen);
    // "none" is a quiet outline, the real levels a filled pill: what bumps stands out.
    if (level == BumpLevel::None) {
        painter->setPen(QPen(color, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5),
                                 height / 2.0,
                                 height / 2.0);
        painter->setPen(opt.state & QStyle::State_Selected
                                ? opt.palette.color(QPalette::HighlightedText)
                                : color.darker(160));
    } else {
        painter->setBrush(color);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
    }
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize LevelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 18);
    return size;
}

} // namespace rd::gui
