// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

namespace rd::net {

// One HTTP request. The token is kept apart from the headers so that the client alone puts it
// on the wire (never over plain http to a host other than loopback) and scrubs it from every
// message.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    // Sent as "Authorization: <authScheme> <token>" ("Bearer"), or in `tokenHeader` when set
    // (GitLab's "PRIVATE-TOKEN").
    QString token;
    QByteArray authScheme = "Bearer";
    QByteArray tokenHeader;
    // Statuses the caller handles itself: answered as a response, not as an error (a registry
    // reader reads the challenge of a 401, a 404 means "not published yet").
    QList<int> passStatuses;

    static HttpRequest get(const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        return request;
    }
    // A request with a JSON body.
    static HttpRequest json(const QByteArray &method, const QUrl &url, const QJsonDocument &body);
    void setJsonBody(const QJsonDocument &document);

    // GET and HEAD change nothing on the server, so they may be repeated after a failure.
    bool isSafe() const { return method == "GET" || method == "HEAD"; }
};

} // namespace rd::net
