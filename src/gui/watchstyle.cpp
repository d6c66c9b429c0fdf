// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace rd::gui {

QIcon watchIcon(WatchState state)
{
    QColor colour;
    switch (state) {
    case WatchState::Idle:
        colour = QColor(0x9a, 0x9a, 0x9a);
        break;
    case WatchState::Running:
        colour = QColor(0x2f, 0x7d, 0xd1);
        break;
    case WatchState::Green:
        colour = QColor(0x2e, 0x9e, 0x44);
        break;
    case WatchState::Red:
        colour = QColor(0xd0, 0x32, 0x32);
        break;
    }
    QIcon icon;
    for (int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colour.darker(130), std::max(1, size / 12)));
        painter.setBrush(colour);
        const int margin = std::max(1, size / 8);
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

WatchState stateOf(RunState state)
{
    switch (state) {
    case RunState::Queued:
    case RunState::Running:
        return WatchState::Running;
    case RunState::Success:
    case RunState::Skipped:
        return WatchState::Green;
    case RunState::Failed:
    case RunState::Cancelled:
        return WatchState::Red;
    }
    return WatchState::Idle;
}

WatchState stateOf(const notify::RunEvent &event)
{
    if (event.kind == notify::RunEvent::Kind::AllFinished)
        return event.failedCount() > 0 ? WatchState::Red : WatchState::Green;
    return stateOf(event.run.state);
}

QString runStateText(RunState state)
{
    switch (state) {
    case RunState::Queued:
        return QCoreApplication::translate("rd::gui::ActivityList", "queued");
    case RunState::Running:
        return QCoreApplication::translate("rd::gui::ActivityList", "running");
    case RunState::Success:
        return QCoreApplication::translate("rd::gui::ActivityList", "passed");
    case RunState::Failed:
        return QCoreApplication::translate("rd::gui::ActivityList", "failed");
    case RunState::Cancelled:
        return QCoreApplication::translate("rd::gui::ActivityList", "cancelled");
    case RunState::Skipped:
        return QCoreApplication::translate("rd::gui::ActivityList", "skipped");
    }
    return {};
}

QString watchStateText(WatchState state)
{
    switch (state) {
    case WatchState::Idle:
        return QCoreApplication::translate("rd::gui::WatchTray", "Idle");
    case WatchState::Running:
        return QCoreApplication::translate("rd::gui::WatchTray", "Running");
    case WatchState::Green:
        return QCoreApplication::translate("rd::gui::WatchTray", "All green");
    case WatchState::Red:
        return QCoreApplication::translate("rd::gui::WatchTray", "Something failed");
    }
    return {};
}

} // namespace rd::gui
