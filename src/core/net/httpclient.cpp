// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

namespace rd::net {

namespace {

// The environment's proxy (http_proxy, https_proxy, no_proxy), but loopback always direct:
// the local mirrors and test servers on 127.0.0.1 must never go through a proxy.
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopback(query.url()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

// The readable part of an error answer: GitHub and GitLab put it in "message" (GitLab
// sometimes an object), OAuth errors in "error_description"/"error".
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString text;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (const auto key : {u"message", u"error_description", u"error"}) {
            const QJsonValue value = object.value(key);
            if (value.isString())
                text = value.toString();
            else if (value.isObject() || value.isArray())
                text = QString::fromUtf8(
                        value.isObject()
                                ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            if (!text.isEmpty())
                break;
        }
    }
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(300) + u'…';
    return text;
}

QString said(const QString &message)
{
    return message.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("rd::net", " The server said: “%1”.").arg(message);
}

QString seconds(qint64 milliseconds)
{
    return QStringLiteral("%1 s").arg((milliseconds + 999) / 1000);
}

} // namespace

QString displayUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

QString redact(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("[token]"));
    return text;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpClient::HttpClient(HttpClientOptions options)
    : m_options(std::move(options))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_manager->setProxyFactory(new EnvironmentProxyFactory);
}

HttpClient::~HttpClient() = default;

void HttpClient::tell(const HttpRequest &request, const QString &text) const
{
    if (m_options.notice)
        m_options.notice(redact(text, request.token));
}

bool HttpClient::wait(int milliseconds)
{
    if (milliseconds <= 0)
        return !cancelled();
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            loop.quit();
    });
    done.start(milliseconds);
    poll.start(50);
    loop.exec();
    return !cancelled();
}

Result<HttpResponse> HttpClient::sendOnce(const HttpRequest &request,
                                          const QString &cacheKey,
                                          const std::optional<CachedResponse> &cached)
{
    const QString where = displayUrl(request.url);
    QNetworkRequest qrequest(request.url);
    // Redirects only within the same server: the token must not follow a redirect elsewhere.
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::SameOriginRedirectPolicy);
    qrequest.setRawHeader("User-Agent", m_options.userAgent);
    qrequest.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : request.headers)
        qrequest.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        qrequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!request.token.isEmpty()) {
        if (request.url.scheme() != u"https" && !isLoopback(request.url))
            return fail(errc::netInsecure,
                        QCoreApplication::translate(
                                "rd::net",
                                "Refusing to send the access token over plain http to %1: "
                                "anyone on the way could read it. Use an https:// API "
                                "address (plain http is only allowed for 127.0.0.1 and "
                                "localhost).")
                                .arg(request.url.host()),
                        where);
        if (request.tokenHeader.isEmpty())
            qrequest.setRawHeader("Authorization",
                                  request.authScheme + ' ' + request.token.toUtf8());
        else
            qrequest.setRawHeader(request.tokenHeader, request.token.toUtf8());
    }
    if (cached) {
        if (!cached->etag.isEmpty())
            qrequest.setRawHeader("If-None-Match", cached->etag);
        if (!cached->lastModified.isEmpty())
            qrequest.setRawHeader("If-Modified-Since", cached->lastModified);
    }

    // HEAD through head(): as a custom verb Qt waits for the body the headers announce.
    std::unique_ptr<QNetworkReply> reply(
            request.method == "HEAD"
                    ? m_manager->head(qrequest)
                    : m_manager->sendCustomRequest(qrequest, request.method, request.body));
    QStringList sslErrors;
    bool timedOut = false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QTimer poll;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Recorded, never ignored: the handshake then fails and the request with it.
    QObject::connect(reply.get(),
                     &QNetworkReply::sslErrors,
                     &loop,
                     [&](const QList<QSslError> &errors) {
                         for (const QSslError &error : errors)
                             sslErrors.append(error.errorString());
                     });
    // The timeout counts time without progress, so a slow but moving download is not cut off.
    const auto progressed = [&] { timeout.start(m_options.timeoutMs); };
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, progressed);
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop, progressed);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            reply->abort();
    });
    timeout.start(m_options.timeoutMs);
    poll.start(50);
    if (!reply->isFinished())
        loop.exec();
    timeout.stop();
    poll.stop();
    reply->disconnect(&loop);

    if (cancelled())
        return fail(errc::cancelled,
                    QCoreApplication::translate("rd::net", "Cancelled %1 %2.")
                            .arg(QString::fromLatin1(request.method), where),
                    where);
    if (timedOut)
        return fail(errc::netTimeout,
                    QCoreApplication::translate(
                            "rd::net",
                            "No answer from %1 within %2 (%3 %4). Check the network and "
                            "the API address; the server may be down.")
                            .arg(request.url.host(),
                                 seconds(m_options.timeoutMs),
                                 QString::fromLatin1(request.method),
                                 where),
                    where);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
        return fail(errc::netTls,
                    QCoreApplication::translate(
                            "rd::net",
                            "TLS error talking to %1: %2. The connection was refused "
                            "because the certificate cannot be trusted; ReleaseDesk never "
                            "ignores this. If the server uses a private certificate "
                            "authority, add it to the system's trusted certificates.")
                            .arg(request.url.host(),
                                 sslErrors.isEmpty() ? reply->errorString()
                                                     : sslErrors.join(QStringLiteral("; "))),
                    where);
    if (status == 0)
        return fail(
                errc::netConnection,
                QCoreApplication::translate("rd::net",
                                            "Could not reach %1: %2. Check the network, the proxy "
                                            "settings (https_proxy) and the API address.")
                        .arg(request.url.host(), redact(reply->errorString(), request.token)),
                where);

    HttpResponse response;
    response.url = request.url;
    response.status = status;
    response.headers = HttpHeaders(reply->rawHeaderPairs());
    response.body = reply->readAll();
    if (status == 304 && cached) {
        // The remembered body and paging headers stand for the unchanged resource.
        QList<QPair<QByteArray, QByteArray>> headers = cached->headers;
        headers += response.headers.pairs();
        response.headers = HttpHeaders(headers);
        response.body = cached->body;
        response.status = 200;
        response.fromCache = true;
    } else if (status == 200 && !cacheKey.isEmpty()) {
        CachedResponse entry{response.headers.value("etag"),
                             response.headers.value("last-modified"),
                             response.body,
                             {}};
        for (const char *name : {"link", "x-next-page", "x-total", "x-total-pages"}) {
            if (response.headers.contains(name))
                entry.headers.append({QByteArray(name), response.headers.value(name)});
        }
        if (!entry.etag.isEmpty() || !entry.lastModified.isEmpty())
            m_options.cache->store(cacheKey, entry);
    }
    return response;
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    const QString where = displayUrl(request.url);
    const QString method = QString::fromLatin1(request.method);
    // Who asks is part of the key (a hash, never the token): another account may see more.
    QString cacheKey;
    if (m_options.cache && request.method == "GET")
        cacheKey = method + u' ' + request.url.toString(QUrl::FullyEncoded) + u' '
                   + QString::fromLatin1(QCryptographicHash::hash(request.token.toUtf8(),
                                                                  QCryptographicHash::Sha256)
                                                 .toHex()
                                                 .left(16));
    int attempt = 0;
    int rateWaits = 0;
    for (;;) {
        ++attempt;
        const std::optional<CachedResponse> cached = cacheKey.isEmpty()
                                                             ? std::nullopt
                                                             : m_options.cache->find(cacheKey);
        auto result = sendOnce(request, cacheKey, cached);
        if (!result) {
            Error error = result.error();
            error.message = redact(error.message, request.token);
            return fail(error);
        }
        HttpResponse &response = *result;
        const RateLimit limit = response.rateLimit();
        if (limit.isKnown())
            m_lastRateLimit = limit;
        const int status = response.status;
        if ((status >= 200 && status < 300) || request.passStatuses.contains(status))
            return std::move(response);

        const QString message = redact(serverMessage(response.body), request.token);
        const auto statusError = [&](QStringView code, const QString &text) {
            return fail(code, redact(text, request.token), where);
        };

        // Rate limits: Retry-After, or a spent budget with its reset time.
        if (status == 429 || status == 403) {
            qint64 waitMs = -1;
            if (limit.retryAfterSeconds)
                waitMs = *limit.retryAfterSeconds * 1000;
            else if (limit.isSpent() && limit.reset.isValid())
                waitMs = qMax<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(limit.reset));
            if (waitMs >= 0) {
                if (waitMs <= m_options.maxRateLimitWaitMs && rateWaits < 3) {
                    ++rateWaits;
                    tell(request,
                         QCoreApplication::translate(
                                 "rd::net",
                                 "%1 is rate limited (HTTP %2%3); waiting %4 before trying "
                                 "%5 again.")
                                 .arg(request.url.host())
                                 .arg(status)
                                 .arg(limit.isKnown() ? QStringLiteral(", ") + limit.describe()
                                                      : QString())
                                 .arg(seconds(waitMs), where));
                    if (!wait(int(waitMs)))
                        return fail(errc::cancelled,
                                    QCoreApplication::translate(
                                            "rd::net",
                                            "Cancelled while waiting for the rate limit "
                                            "of %1.")
                                            .arg(request.url.host()),
                                    where);
                    --attempt;
                    continue;
                }
                return statusError(
                        errc::netRateLimited,
                        QCoreApplication::translate("rd::net",
                                                    "%1 is rate limited (HTTP %2) and asks to wait "
                                                    "%3, longer than the %4 ReleaseDesk waits. Try "
                                                    "again later%5.%6")
                                .arg(request.url.host())
                                .arg(status)
                                .arg(seconds(waitMs),
                                     seconds(m_options.maxRateLimitWaitMs),
                                     limit.reset.isValid()
                                             ? QCoreApplication::translate("rd::net",
                                                                           " (after %1 UTC)")
                                                       .arg(limit.reset.toUTC().toString(
                                                               u"HH:mm:ss"))
                                             : QString(),
                                     said(message)));
            }
        }
        if (status >= 500 && status < 600) {
            if (request.isSafe() && attempt < m_options.maxAttempts) {
                const int delay = m_options.retryDelayMs * (1 << (attempt - 1));
                tell(request,
                     QCoreApplication::translate("rd::net",
                                                 "%1 answered HTTP %2 to %3 %4; trying again in %5 "
                                                 "(attempt %6 of %7).")
                             .arg(request.url.host())
                             .arg(status)
                             .arg(method, where, seconds(delay))
                             .arg(attempt + 1)
                             .arg(m_options.maxAttempts));
                if (!wait(delay))
                    return fail(errc::cancelled,
                                QCoreApplication::translate("rd::net",
                                                            "Cancelled while waiting to retry %1.")
                                        .arg(where),
                                where);
                continue;
            }
            return statusError(
                    errc::netServer,
                    request.isSafe()
                            ? QCoreApplication::translate(
                                      "rd::net",
                                      "%1 failed with HTTP %2 on %3 %4, %5 times in a row. "
                                      "The server has a problem; try again later.%6")
                                      .arg(request.url.host())
                                      .arg(status)
                                      .arg(method, where)
                                      .arg(attempt)
                                      .arg(said(message))
                            : QCoreApplication::translate(
                                      "rd::net",
                                      "%1 failed with HTTP %2 on %3 %4. It was not tried "
                                      "again because it may have taken effect; check on "
                                      "the forge before repeating it.%5")
                                      .arg(request.url.host())
                                      .arg(status)
                                      .arg(method, where, said(message)));
        }
        switch (status) {
        case 401:
            return statusError(errc::netUnauthorized,
                               QCoreApplication::translate(
                                       "rd::net",
                                       "%1 refused the credentials (HTTP 401 Unauthorized) "
                                       "for %2 %3: the token is missing, expired or "
                                       "revoked. Store a valid token in the keychain or "
                                       "set it in the environment.%4")
                                       .arg(request.url.host(), method, where, said(message)));
        case 403:
            return statusError(
                    errc::netForbidden,
                    QCoreApplication::translate("rd::net",
                                                "%1 denied %2 %3 (HTTP 403 Forbidden): the token "
                                                "lacks the permission (scope) this needs, or the "
                                                "account has no access. Use a token with the "
                                                "needed scope.%4")
                            .arg(request.url.host(), method, where, said(message)));
        case 404:
            return statusError(
                    errc::netNotFound,
                    QCoreApplication::translate("rd::net",
                                                "%1 has nothing at %2 (HTTP 404 Not Found). Check "
                                                "the project path and the API address; a private "
                                                "project also looks like this without a token "
                                                "that can see it.%3")
                            .arg(request.url.host(), where, said(message)));
        case 409:
            return statusError(errc::netConflict,
                               QCoreApplication::translate(
                                       "rd::net",
                                       "%1 refused %2 %3 because of a conflict (HTTP 409): "
                                       "the resource is not in a state that allows it "
                                       "(e.g. the run already finished). Reload and try "
                                       "again.%4")
                                       .arg(request.url.host(), method, where, said(message)));
        case 422:
            return statusError(
                    errc::netInvalid,
                    QCoreApplication::translate("rd::net",
                                                "%1 rejected %2 %3 as invalid (HTTP 422 "
                                                "Unprocessable Entity). Check the ref and the "
                                                "inputs.%4")
                            .arg(request.url.host(), method, where, said(message)));
        case 429:
            return statusError(
                    errc::netRateLimited,
                    QCoreApplication::translate("rd::net",
                                                "%1 is rate limited (HTTP 429 Too Many Requests) "
                                                "and did not say for how long. Wait a while and "
                                                "try again.%2")
                            .arg(request.url.host(), said(message)));
        default:
            return statusError(errc::netHttp,
                               QCoreApplication::translate("rd::net",
                                                           "%1 answered HTTP %2 to %3 %4.%5")
                                       .arg(request.url.host())
                                       .arg(status)
                                       .arg(method, where, said(message)));
        }
    }
}

Result<QJsonDocument> HttpClient::sendJson(const HttpRequest &request)
{
    auto response = send(request);
    if (!response)
        return fail(response.error());
    return response->json();
}

Result<std::optional<QJsonDocument>> HttpClient::findJson(HttpRequest request)
{
    request.passStatuses.append(404);
    auto response = send(request);
    if (!response)
        return fail(response.error());
    if (response->status == 404)
        return std::optional<QJsonDocument>();
    auto json = response->json();
    if (!json)
        return fail(json.error());
    return std::optional<QJsonDocument>(*json);
}

Result<QJsonArray> HttpClient::getAllPages(
        const HttpRequest &request,
        const std::function<QJsonArray(const QJsonDocument &)> &items,
        int maxPages)
{
    QJsonArray all;
    HttpRequest page = request;
    for (int n = 0; n < maxPages && page.url.isValid(); ++n) {
        auto response = send(page);
        if (!response)
            return fail(response.error());
        auto document = response->json();
        if (!document)
            return fail(document.error());
        const QJsonArray pageItems = items ? items(*document) : document->array();
        for (const QJsonValue &item : pageItems)
            all.append(item);
        const QUrl next = response->nextPage();
        if (next.isEmpty() || pageItems.isEmpty())
            break;
        if (next.scheme() != request.url.scheme() || next.host() != request.url.host()
            || next.port() != request.url.port())
            return fail(errc::netHttp,
                        QCoreApplication::translate(
                                "rd::net",
                                "The next page of %1 is on another server (%2); not "
                                "following it with the token.")
                                .arg(displayUrl(request.url), next.host()),
                        displayUrl(next));
        page.url = next;
    }
    return all;
}

} // namespace rd::net
