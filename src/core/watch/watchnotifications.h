// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/runevent.h"

#include <QObject>

namespace rd::store {
class Store;
}
namespace rd::notify {
class DesktopNotifier;
}

namespace rd::watch {

// Turns a watch's events into desktop notifications under each repository's settings (the
// tray and `releasedesk-cli watch --notify` share it). Events that are history (all finished
// before the watch began) are not notified.
class WatchNotifications : public QObject
{
    Q_OBJECT

public:
    WatchNotifications(const store::Store &store,
                       notify::DesktopNotifier &notifier,
                       QObject *parent = nullptr);

public Q_SLOTS:
    void onEvent(const rd::notify::RunEvent &event);

Q_SIGNALS:
    void problem(const rd::Error &error);

private:
    const store::Store &m_store;
    notify::DesktopNotifier &m_notifier;
};

} // namespace rd::watch
