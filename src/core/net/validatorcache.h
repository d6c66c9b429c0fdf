// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace rd::net {

// What a conditional request needs from an earlier 200: its validators (ETag, Last-Modified),
// and the body and paging headers to hand out again when the server answers 304.
struct CachedResponse
{
    QByteArray etag;
    QByteArray lastModified;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Link, X-Next-Page, ...
};

// Where validators are kept between requests and between runs. Keys are opaque strings the
// client makes from the request (method, URL and who asks, never the token itself).
class ValidatorCache
{
public:
    virtual ~ValidatorCache() = default;
    virtual std::optional<CachedResponse> find(const QString &key) = 0;
    virtual void store(const QString &key, const CachedResponse &response) = 0;
};

} // namespace rd::net
