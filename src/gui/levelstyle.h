// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/bump.h"

#include <QColor>
#include <QString>
#include <QStyledItemDelegate>

namespace rd::gui {

// How bump levels look everywhere in the GUI, so a "minor" is the same colour in every view.
QString levelText(BumpLevel level, bool breaking = false); // translated "major", "none", ...
QColor levelColor(BumpLevel level);
QColor mutedTextColor();

// Paints the level column as a coloured pill.
class LevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rd::gui
