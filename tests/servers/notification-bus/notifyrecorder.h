// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QStringList>

#include <optional>

// One org.freedesktop.Notifications.Notify call as the bus carried it, with the daemon's
// answer.
struct RecordedNotify
{
    QString sender;
    quint32 serial = 0;
    QString appName;
    quint32 replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QStringList actions; // key, label, key, label...
    int urgency = -1;    // the "urgency" hint; -1 when absent
    int expireTimeout = 0;
    std::optional<quint32> returnedId; // the daemon's id; nullopt when it answered an error
    QString error;
};

// The tests' view of the private notification bus (notification-bus.sh): its address, a
// connection to it, and what dbus-monitor recorded on it. mark() remembers where the record
// ends now; calls() reads what came after.
class NotifyRecorder
{
public:
    // From RELEASEDESK_TEST_BUS; isValid() is false when the bus is not running.
    NotifyRecorder();
    bool isValid() const { return !m_address.isEmpty(); }
    QString skipReason() const;
    const QString &address() const { return m_address; }
    // A connection of its own to the private bus, named `name`.
    QDBusConnection connect(const QString &name) const;

    // Closes the notifications still shown (so the daemon has room), then remembers where the
    // record ends.
    void mark();
    // The Notify calls since mark(), with their answers (those not answered yet have neither
    // returnedId nor error).
    QList<RecordedNotify> calls() const;
    // Waits until `count` calls since mark() are answered; false after `timeoutMs`.
    bool waitForAnswers(int count, int timeoutMs = 10000) const;
    // A PNG of the bubbles the daemon shows now on the bus's X display, cropped to them, written
    // to `path`. False with `error` set when the display cannot be read or shows nothing.
    bool grabScreen(const QString &path, QString *error) const;
    // The raw record since mark(), for failure messages.
    QByteArray text() const;

    // Parses dbus-monitor's text output.
    static QList<RecordedNotify> parse(const QByteArray &monitorText);

private:
    QString m_state;
    QString m_address;
    qint64 m_offset = 0;
};
