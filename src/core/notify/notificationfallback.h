// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rd::notify {

struct Notification;

// Where a notification goes when no notification daemon answers on the session bus. The GUI
// implements it with QSystemTrayIcon::showMessage (the core has no GUI to do it with).
class NotificationFallback
{
public:
    virtual ~NotificationFallback() = default;
    virtual void show(const Notification &notification) = 0;
};

} // namespace rd::notify
