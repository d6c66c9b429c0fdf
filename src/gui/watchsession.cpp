// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchsession.h"

#include "historystore.h"
#include "watchtray.h"

#include "notify/desktopnotifier.h"
#include "watch/watchnotifications.h"
#include "watch/watchthread.h"

namespace rd::gui {

WatchSession::WatchSession(store::Store &store, const watch::WatchOptions &options, QObject *parent)
    : QObject(parent)
    , m_notifier(std::make_unique<notify::DesktopNotifier>(store))
{
    // The tray outlives every watch (main() owns it); the notifier only borrows it.
    if (WatchTray *tray = applicationTray())
        m_notifier->setFallback(
                std::shared_ptr<notify::NotificationFallback>(tray,
                                                              [](notify::NotificationFallback *) {
                                                              }));
    m_notifications = std::make_unique<watch::WatchNotifications>(store, *m_notifier);
    m_thread = std::make_unique<watch::WatchThread>(store, options);
    connect(m_thread->watcher(),
            &watch::Watcher::runEvent,
            this,
            [this](const notify::RunEvent &event) {
                m_notifications->onEvent(event);
                if (WatchTray *tray = applicationTray())
                    tray->addEvent(event);
                Q_EMIT runEvent(event);
            });
    connect(m_thread->watcher(), &watch::Watcher::problem, this, &WatchSession::problem);
}

// The thread stops first (its destructor waits), so no event reaches a half-destroyed session.
WatchSession::~WatchSession()
{
    m_thread.reset();
}

void WatchSession::addTarget(const watch::WatchTarget &target)
{
    m_thread->addTarget(target);
}

void WatchSession::start()
{
    m_thread->start();
}

} // namespace rd::gui
