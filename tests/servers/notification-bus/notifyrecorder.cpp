// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifyrecorder.h"

#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

NotifyRecorder::NotifyRecorder()
    : m_state(qEnvironmentVariable("RELEASEDESK_TEST_BUS"))
{
    QFile file(m_state + QStringLiteral("/address"));
    if (!m_state.isEmpty() && file.open(QIODevice::ReadOnly))
        m_address = QString::fromUtf8(file.readAll().trimmed());
}

QString NotifyRecorder::skipReason() const
{
    return QStringLiteral("the private notification bus is not running (RELEASEDESK_TEST_BUS=%1); "
                          "run the test through ctest, which starts it")
            .arg(m_state);
}

QDBusConnection NotifyRecorder::connect(const QString &name) const
{
    return QDBusConnection::connectToBus(m_address, name);
}

bool NotifyRecorder::grabScreen(const QString &path, QString *error) const
{
    QFile display(m_state + QStringLiteral("/display"));
    if (!display.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no display recorded in %1").arg(display.fileName());
        return false;
    }
    QProcess grab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"),
                       QStringLiteral(":") + QString::fromUtf8(display.readAll().trimmed()));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    grab.setProcessEnvironment(environment);
    grab.setProcessChannelMode(QProcess::MergedChannels);
    grab.start(QStringLiteral(RELEASEDESK_SCREENGRAB), {path});
    if (!grab.waitForFinished(30000) || grab.exitStatus() != QProcess::NormalExit
        || grab.exitCode() != 0) {
        *error = QStringLiteral("rd_screengrab (exit %1): %2")
                         .arg(grab.exitCode())
                         .arg(QString::fromUtf8(grab.readAll()));
        return false;
    }
    return true;
}

QByteArray NotifyRecorder::text() const
{
    QFile file(m_state + QStringLiteral("/monitor.log"));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_offset))
        return {};
    return file.readAll();
}

void NotifyRecorder::mark()
{
    // The bubbles earlier tests left are closed first: notification-daemon keeps critical ones
    // until closed and refuses a 21st (MaxNotificationsExceeded).
    QFile file(m_state + QStringLiteral("/monitor.log"));
    if (file.open(QIODevice::ReadOnly)) {
        QSet<quint32> shown;
        for (const RecordedNotify &call : parse(file.readAll())) {
            if (call.returnedId)
                shown.insert(*call.returnedId);
        }
        if (!shown.isEmpty()) {
            QDBusConnection bus = connect(QStringLiteral("recorder-close"));
            for (quint32 id : std::as_const(shown))
                bus.call(QDBusMessage::createMethodCall(QStringLiteral(
                                                                "org.freedesktop.Notifications"),
                                                        QStringLiteral(
                                                                "/org/freedesktop/Notifications"),
                                                        QStringLiteral(
                                                                "org.freedesktop.Notifications"),
                                                        QStringLiteral("CloseNotification"))
                         << id);
            QDBusConnection::disconnectFromBus(QStringLiteral("recorder-close"));
            // Until dbus-monitor has written the closing down, so it stays before the mark.
            qint64 size = -1;
            while (size != QFileInfo(file.fileName()).size()) {
                size = QFileInfo(file.fileName()).size();
                QTest::qWait(100);
            }
        }
    }
    m_offset = QFileInfo(file.fileName()).exists() ? QFileInfo(file.fileName()).size() : 0;
}

QList<RecordedNotify> NotifyRecorder::calls() const
{
    return parse(text());
}

bool NotifyRecorder::waitForAnswers(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QList<RecordedNotify> recorded = calls();
        const auto answered = std::count_if(recorded.begin(), recorded.end(), [](const auto &c) {
            return c.returnedId || !c.error.isEmpty();
        });
        if (answered >= count)
            return true;
        QTest::qWait(50);
    }
    return false;
}

namespace {

QString field(const QString &header, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|\\s)%1=([^\\s;]+)").arg(name));
    return pattern.match(header).captured(1);
}

QString stringValue(const QString &line)
{
    const int first = line.indexOf(u'"');
    const int last = line.lastIndexOf(u'"');
    return first >= 0 && last > first ? line.mid(first + 1, last - first - 1) : QString();
}

quint32 numberValue(const QString &line)
{
    return line.trimmed().section(u' ', -1).toUInt();
}

} // namespace

QList<RecordedNotify> NotifyRecorder::parse(const QByteArray &monitorText)
{
    // Messages: a header line, then their arguments indented. A string with line breaks goes
    // on over the lines after it (its quote closes on the last): they belong to that argument.
    QList<QStringList> messages;
    bool inString = false;
    for (const QString &line : QString::fromUtf8(monitorText).split(u'\n')) {
        const bool oddQuotes = line.count(u'"') % 2 == 1;
        if (inString) {
            messages.last().last() += u'\n' + line;
            inString = !oddQuotes;
            continue;
        }
        if (line.isEmpty())
            continue;
        if (!line.startsWith(u' ') || messages.isEmpty())
            messages.append({line});
        else
            messages.last().append(line);
        inString = oddQuotes;
    }
    QList<RecordedNotify> calls;
    QHash<QString, qsizetype> bySenderSerial;
    for (const QStringList &message : std::as_const(messages)) {
        const QString &header = message.first();
        if (header.startsWith(u"method call") && header.contains(u"member=Notify")
            && message.size() >= 9) {
            RecordedNotify call;
            call.sender = field(header, QStringLiteral("sender"));
            call.serial = field(header, QStringLiteral("serial")).toUInt();
            call.appName = stringValue(message.at(1));
            call.replacesId = numberValue(message.at(2));
            call.icon = stringValue(message.at(3));
            call.summary = stringValue(message.at(4));
            call.body = stringValue(message.at(5));
            int i = 6;
            // array [ string "key" string "label" ... ]
            for (++i; i < message.size() && !message.at(i).trimmed().startsWith(u']'); ++i)
                call.actions.append(stringValue(message.at(i)));
            // array [ dict entry( string "name" variant <type> value ) ... ]
            for (++i; i < message.size() && !message.at(i).trimmed().startsWith(u']'); ++i) {
                if (message.at(i).trimmed() == u"string \"urgency\"" && i + 1 < message.size())
                    call.urgency = int(numberValue(message.at(i + 1)));
            }
            if (i + 1 < message.size())
                call.expireTimeout = message.at(i + 1).trimmed().section(u' ', -1).toInt();
            bySenderSerial.insert(call.sender + u'#' + QString::number(call.serial), calls.size());
            calls.append(call);
        } else if (header.startsWith(u"method return") || header.startsWith(u"error")) {
            const QString key = field(header, QStringLiteral("destination")) + u'#'
                                + field(header, QStringLiteral("reply_serial"));
            const auto it = bySenderSerial.constFind(key);
            if (it == bySenderSerial.constEnd())
                continue;
            if (header.startsWith(u"error"))
                calls[*it].error = field(header, QStringLiteral("error_name"));
            else if (message.size() > 1)
                calls[*it].returnedId = numberValue(message.at(1));
        }
    }
    return calls;
}
