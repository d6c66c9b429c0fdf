// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/runevent.h"
#include "watch/watcher.h"

#include <QObject>

#include <memory>

namespace rd::notify {
class DesktopNotifier;
}
namespace rd::watch {
class WatchNotifications;
class WatchThread;
} // namespace rd::watch

namespace rd::gui {

// One watch of the application: the watcher on its thread, its events notified on the desktop
// (through the tray where no daemon answers) and shown in the tray's menu, then told on.
class WatchSession : public QObject
{
    Q_OBJECT

public:
    WatchSession(store::Store &store,
                 const watch::WatchOptions &options,
                 QObject *parent = nullptr);
    ~WatchSession() override;

    void addTarget(const watch::WatchTarget &target);
    void start();

Q_SIGNALS:
    // After the notification went out and the tray showed it.
    void runEvent(const rd::notify::RunEvent &event);
    void problem(const rd::Error &error);

private:
    std::unique_ptr<notify::DesktopNotifier> m_notifier;
    std::unique_ptr<watch::WatchNotifications> m_notifications;
    std::unique_ptr<watch::WatchThread> m_thread;
};

} // namespace rd::gui
