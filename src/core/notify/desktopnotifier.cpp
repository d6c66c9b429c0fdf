// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "notificationfallback.h"
#include "store/notificationlog.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace rd::notify {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(const store::Store &store, QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_bus(std::move(bus))
{
    if (m_bus.isConnected())
        m_bus.connect(service,
                      path,
                      interface,
                      QStringLiteral("ActionInvoked"),
                      this,
                      SLOT(onActionInvoked(uint, QString)));
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setFallback(std::shared_ptr<NotificationFallback> fallback)
{
    m_fallback = std::move(fallback);
}

Result<bool> DesktopNotifier::notify(const Notification &notification)
{
    auto claimed = store::NotificationLog(m_store).claim(notification.key,
                                                         notification.repository,
                                                         notification.runId,
                                                         notification.summary);
    if (!claimed)
        return fail(claimed.error());
    if (!*claimed)
        return false;
    ++m_pending;
    const QPair<qint64, qint64> run{notification.repository, notification.runId};
    // The run's previous notification is not answered yet: wait for its id to replace it.
    if (notification.runId != 0 && m_waiting.contains(run)) {
        m_waiting[run].append(notification);
        return true;
    }
    if (notification.runId != 0)
        m_waiting.insert(run, {});
    send(notification);
    return true;
}

void DesktopNotifier::send(const Notification &notification)
{
    if (!m_bus.isConnected()) {
        answered(notification,
                 std::nullopt,
                 {errc::notifyNoDaemon.toString(),
                  tr("There is no D-Bus session bus to send desktop notifications on."),
                  m_bus.name()});
        return;
    }
    quint32 replaces = 0;
    if (notification.runId != 0) {
        auto last = store::NotificationLog(m_store).lastServerId(notification.repository,
                                                                 notification.runId);
        replaces = last.value_or(0);
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service,
                                                       path,
                                                       interface,
                                                       QStringLiteral("Notify"));
    QStringList actions;
    if (notification.runUrl.isValid())
        actions << QString::fromLatin1(actionOpen) << tr("Open run");
    actions << QString::fromLatin1(actionShow) << tr("Show");
    const QVariantMap hints{
            {QStringLiteral("urgency"), QVariant::fromValue(quint8(notification.urgency))},
            {QStringLiteral("desktop-entry"), QStringLiteral("releasedesk")},
            {QStringLiteral("category"), QStringLiteral("x-releasedesk.ci")},
    };
    call << QStringLiteral("ReleaseDesk") << replaces << notification.icon << notification.summary
         << notification.body << actions << hints << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_replyTimeoutMs), this);
    connect(watcher,
            &QDBusPendingCallWatcher::finished,
            this,
            [this, notification](QDBusPendingCallWatcher *w) {
                QDBusPendingReply<uint> reply = *w;
                w->deleteLater();
                if (reply.isError())
                    answered(notification,
                             std::nullopt,
                             {errc::notifyNoDaemon.toString(),
                              tr("No notification daemon answered on the session bus (%1).")
                                      .arg(reply.error().message()),
                              service});
                else
                    answered(notification, reply.value(), {});
            });
}

void DesktopNotifier::answered(const Notification &notification,
                               std::optional<quint32> serverId,
                               const Error &error)
{
    if (serverId) {
        (void) store::NotificationLog(m_store).setServerId(notification.key, *serverId);
        m_shown.insert(*serverId, notification);
        Q_EMIT sent(notification.key, *serverId);
    } else {
        if (m_fallback)
            m_fallback->show(notification);
        Q_EMIT fellBack(notification.key, error);
    }
    finishOne(notification);
}

void DesktopNotifier::finishOne(const Notification &notification)
{
    --m_pending;
    const QPair<qint64, qint64> run{notification.repository, notification.runId};
    if (notification.runId != 0) {
        auto it = m_waiting.find(run);
        if (it != m_waiting.end()) {
            if (it->isEmpty()) {
                m_waiting.erase(it);
            } else {
                const Notification next = it->takeFirst();
                send(next);
            }
        }
    }
    if (m_pending == 0)
        Q_EMIT idle();
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.constEnd())
        return; // another program's notification
    if (action == QLatin1String(actionOpen))
        Q_EMIT openRunRequested(it->runUrl);
    else if (action == QLatin1String(actionShow) || action == u"default")
        Q_EMIT showRequested(it->repository, it->runId);
}

} // namespace rd::notify
