// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/notification.h"
#include "util/error.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

#include <memory>

namespace rd::store {
class Store;
}

namespace rd::notify {

class NotificationFallback;

// Desktop notifications through org.freedesktop.Notifications on the session bus (QtDBus, no
// GUI, so the CLI notifies through the same code as the tray). Calls are asynchronous: notify()
// returns at once and the daemon's answer arrives in the event loop of the notifier's thread.
//
// Each state change is sent once: notify() first claims the notification's key in the store,
// so a restart or a second process does not send it again. A run's notifications replace each
// other (replaces_id = the daemon's id of the run's previous one, kept in the store). When no
// daemon answers, the fallback (the tray's balloon) shows it.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *actionOpen = "open";
    static constexpr const char *actionShow = "show";

    explicit DesktopNotifier(const store::Store &store,
                             QDBusConnection bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void setFallback(std::shared_ptr<NotificationFallback> fallback);
    void setReplyTimeout(int milliseconds) { m_replyTimeoutMs = milliseconds; }

    // Sends `notification` unless its key was sent before. True when it goes out (now or after
    // the run's previous notification was answered), false when it was sent already.
    Result<bool> notify(const Notification &notification);
    // Notifications not yet answered by the daemon (or the fallback).
    int pending() const { return m_pending; }

Q_SIGNALS:
    // The daemon showed it, with its id.
    void sent(const QString &key, quint32 serverId);
    // No daemon answered; the fallback showed it (when there is one).
    void fellBack(const QString &key, const rd::Error &why);
    // The user chose "Open run" or "Show" on one of our notifications.
    void openRunRequested(const QUrl &url);
    void showRequested(qint64 repository, qint64 runId);
    // Nothing pending any more.
    void idle();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);

private:
    void send(const Notification &notification);
    void answered(const Notification &notification,
                  std::optional<quint32> serverId,
                  const Error &error);
    void finishOne(const Notification &notification);

    const store::Store &m_store;
    QDBusConnection m_bus;
    std::shared_ptr<NotificationFallback> m_fallback;
    int m_replyTimeoutMs = 10000;
    int m_pending = 0;
    // Runs with a Notify call in flight, and what waits for its answer to replace it.
    QHash<QPair<qint64, qint64>, QList<Notification>> m_waiting;
    // The daemon's ids of what we showed, for the actions.
    QHash<quint32, Notification> m_shown;
};

} // namespace rd::notify

namespace rd::errc {
inline constexpr QStringView notifyNoDaemon = u"notify.no-daemon";
} // namespace rd::errc
