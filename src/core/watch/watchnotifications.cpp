// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchnotifications.h"

#include "notify/desktopnotifier.h"
#include "notify/notificationpolicy.h"
#include "store/notificationlog.h"

namespace rd::watch {

WatchNotifications::WatchNotifications(const store::Store &store,
                                       notify::DesktopNotifier &notifier,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_notifier(notifier)
{}

void WatchNotifications::onEvent(const notify::RunEvent &event)
{
    if (event.isHistory)
        return;
    auto settings = store::NotificationLog(m_store).settings(event.repository);
    if (!settings) {
        Q_EMIT problem(settings.error());
        return;
    }
    if (!notify::allows(*settings, event))
        return;
    if (auto sent = m_notifier.notify(notify::Notification::forEvent(event)); !sent)
        Q_EMIT problem(sent.error());
}

} // namespace rd::watch
