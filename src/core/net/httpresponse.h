// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ratelimit.h"
#include "util/error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

namespace rd::net {

// Response headers, looked up without regard to case.
class HttpHeaders
{
public:
    HttpHeaders() = default;
    explicit HttpHeaders(QList<QPair<QByteArray, QByteArray>> pairs)
        : m_pairs(std::move(pairs))
    {}
    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    const QList<QPair<QByteArray, QByteArray>> &pairs() const { return m_pairs; }

private:
    QList<QPair<QByteArray, QByteArray>> m_pairs;
};

struct HttpResponse
{
    QUrl url;
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    // The server answered 304 Not Modified and `body` and the paging headers are the ones
    // remembered from the earlier 200.
    bool fromCache = false;

    RateLimit rateLimit() const { return RateLimit::fromHeaders(headers); }
    // The next page: Link rel="next" (GitHub, GitLab), else GitLab's X-Next-Page applied to
    // this URL's `page` parameter. Empty on the last page.
    QUrl nextPage() const;
    // The body as JSON; malformed JSON is an error naming the URL and the offset.
    Result<QJsonDocument> json() const;
};

} // namespace rd::net
