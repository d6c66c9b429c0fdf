// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watchstyle.h"

#include "notify/notificationfallback.h"
#include "notify/runevent.h"

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

namespace rd::gui {

// The tray icon of the watches: its dot tells the aggregate state (idle, running, all green,
// something red), its menu lists the latest runs (choosing one opens it in the browser). It is
// also where notifications go when no notification daemon answers (showMessage).
class WatchTray : public QObject, public notify::NotificationFallback
{
    Q_OBJECT

public:
    explicit WatchTray(QObject *parent = nullptr);

    WatchState state() const { return m_state; }
    QMenu *menu() { return &m_menu; }
    QSystemTrayIcon *icon() { return &m_tray; }
    void show(const notify::Notification &notification) override;

public Q_SLOTS:
    void addEvent(const rd::notify::RunEvent &event);

Q_SIGNALS:
    void showRequested();
    void settingsRequested();
    void stateChanged(rd::gui::WatchState state);

private:
    struct Entry
    {
        QString key; // project and run id
        PipelineRun run;
        QString project;
        QString text;
    };
    void rebuild();

    QSystemTrayIcon m_tray;
    QMenu m_menu;
    QList<Entry> m_latest; // newest first, one per run
    WatchState m_state = WatchState::Idle;
};

} // namespace rd::gui
