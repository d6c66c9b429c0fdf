// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

namespace rd::net {

HttpRequest HttpRequest::json(const QByteArray &method, const QUrl &url, const QJsonDocument &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body.toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return request;
}

} // namespace rd::net
