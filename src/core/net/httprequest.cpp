// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

namespace rd::net {

HttpRequest HttpRequest::json(const QByteArray &method, const QUrl &url, const QJsonDocument &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.setJsonBody(body);
    return request;
}

void HttpRequest::setJsonBody(const QJsonDocument &document)
{
    body = document.toJson(QJsonDocument::Compact);
    contentType = "application/json";
}

} // namespace rd::net
