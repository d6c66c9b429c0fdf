// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimit.h"

#include "net/httpresponse.h"

#include <QCoreApplication>

namespace rd::net {

namespace {

std::optional<qint64> number(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// GitHub's x-ratelimit-* first, then the RateLimit-* of GitLab (the same names, other prefix).
QByteArray either(const HttpHeaders &headers, QByteArrayView name)
{
    const QByteArray github = headers.value(QByteArray(QByteArray("x-ratelimit-") + name));
    return github.isEmpty() ? headers.value(QByteArray(QByteArray("ratelimit-") + name)) : github;
}

} // namespace

RateLimit RateLimit::fromHeaders(const HttpHeaders &headers)
{
    RateLimit limit;
    limit.limit = number(either(headers, "limit"));
    limit.remaining = number(either(headers, "remaining"));
    if (const auto reset = number(either(headers, "reset")))
        limit.reset = QDateTime::fromSecsSinceEpoch(*reset, Qt::UTC);
    const QByteArray retryAfter = headers.value("retry-after");
    if (const auto seconds = number(retryAfter)) {
        limit.retryAfterSeconds = *seconds;
    } else if (!retryAfter.isEmpty()) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter),
                                                     Qt::RFC2822Date);
        if (when.isValid())
            limit.retryAfterSeconds = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when));
    }
    return limit;
}

QString RateLimit::describe() const
{
    if (!isKnown())
        return {};
    QString text = remaining && limit
                           ? QCoreApplication::translate("rd::net", "%1 of %2 requests left")
                                     .arg(*remaining)
                                     .arg(*limit)
                   : remaining ? QCoreApplication::translate("rd::net", "%1 requests left")
                                         .arg(*remaining)
                               : QCoreApplication::translate("rd::net", "a limit of %1 requests")
                                         .arg(*limit);
    if (reset.isValid())
        text += QCoreApplication::translate("rd::net", ", resets at ")
                + reset.toUTC().toString(u"HH:mm:ss") + u" UTC";
    return text;
}

} // namespace rd::net
