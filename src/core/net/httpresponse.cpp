// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresponse.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>

namespace rd::net {

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const auto &[key, value] : m_pairs) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const auto &pair : m_pairs) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrl HttpResponse::nextPage() const
{
    // Link: <https://api.example/x?page=2>; rel="next", <...>; rel="last"
    static const QRegularExpression part(
            QStringLiteral(R"re(<([^>]*)>\s*;[^,]*rel="?([^",]*)"?)re"));
    const QString link = QString::fromLatin1(headers.value("link"));
    for (auto it = part.globalMatch(link); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(2).split(u' ').contains(u"next"))
            return url.resolved(QUrl(match.captured(1)));
    }
    const QByteArray nextPage = headers.value("x-next-page").trimmed();
    if (nextPage.isEmpty())
        return {};
    QUrl next = url;
    QUrlQuery query(next);
    query.removeAllQueryItems(QStringLiteral("page"));
    query.addQueryItem(QStringLiteral("page"), QString::fromLatin1(nextPage));
    next.setQuery(query);
    return next;
}

Result<QJsonDocument> HttpResponse::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(errc::netJson,
                    QCoreApplication::translate(
                            "rd::net",
                            "The answer is not valid JSON (%1 at byte %2 of %3): the "
                            "server, or a proxy in between, sent something else. Try "
                            "again; if it persists, check that the API address is right.")
                            .arg(error.errorString())
                            .arg(error.offset)
                            .arg(body.size()),
                    displayUrl(url));
    return document;
}

} // namespace rd::net
