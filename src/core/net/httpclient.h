// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httprequest.h"
#include "net/httpresponse.h"
#include "net/validatorcache.h"

#include <QJsonArray>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace rd::net {

struct HttpClientOptions
{
    int timeoutMs = 30000;   // a request that makes no progress for this long fails
    int maxAttempts = 4;     // safe requests answered with 5xx are tried this often in all
    int retryDelayMs = 1000; // back-off before the second attempt, doubled for each further
    int maxRateLimitWaitMs = 15 * 60 * 1000; // a longer rate-limit wait is an error instead
    QByteArray userAgent = "ReleaseDesk";
    // Remembers ETag/Last-Modified so unchanged GETs are 304s (null: no conditional requests).
    std::shared_ptr<ValidatorCache> cache;
    // Told about waits the user would otherwise wonder about (rate limits, retries).
    std::function<void(const QString &)> notice;
};

// HTTP on a QNetworkAccessManager of its own, created on (and used only from) the thread that
// makes the client: a worker thread or the CLI's main thread. send() looks synchronous: it
// runs a local event loop until the answer is in, so it must not be called on the GUI thread.
//
// Every request has a transfer timeout and can be cancelled through an atomic flag; TLS errors
// fail the request (they are never ignored); the proxy comes from the environment (http_proxy,
// https_proxy, no_proxy), loopback always direct. Rate-limited answers (403/429 with
// Retry-After or a spent budget) wait and try again when the wait is short enough; 5xx is
// retried with back-off for GET and HEAD only. The token of a request never appears in an
// error or notice.
class HttpClient
{
public:
    explicit HttpClient(HttpClientOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Checked while waiting: when it becomes true the request is aborted (error "cancelled").
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    const HttpClientOptions &options() const { return m_options; }

    // Any status other than 2xx (or a 304 answered from the cache) is an error with its own
    // code and message (see errc below).
    Result<HttpResponse> send(const HttpRequest &request);
    // send() and the body as JSON.
    Result<QJsonDocument> sendJson(const HttpRequest &request);
    // sendJson() for something that may not exist: a 404 is nullopt, not an error.
    Result<std::optional<QJsonDocument>> findJson(HttpRequest request);
    // Follows the pages of a GET and joins the arrays `items` picks from each page (the page
    // itself when it is an array). Stops after `maxPages`. The next page must be on the same
    // server, so the token never follows a link elsewhere.
    Result<QJsonArray> getAllPages(
            const HttpRequest &request,
            const std::function<QJsonArray(const QJsonDocument &)> &items = {},
            int maxPages = 20);

    // The budget the server announced with its last answer.
    const RateLimit &lastRateLimit() const { return m_lastRateLimit; }

private:
    struct Attempt;
    Result<HttpResponse> sendOnce(const HttpRequest &request,
                                  const QString &cacheKey,
                                  const std::optional<CachedResponse> &cached);
    bool wait(int milliseconds);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void tell(const HttpRequest &request, const QString &text) const;

    HttpClientOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    const std::atomic<bool> *m_cancel = nullptr;
    RateLimit m_lastRateLimit;
};

// The URL as it may be shown: no user info.
QString displayUrl(const QUrl &url);
// `text` with every occurrence of `secret` replaced (no-op for an empty secret).
QString redact(QString text, const QString &secret);
bool isLoopback(const QUrl &url);

} // namespace rd::net

namespace rd::errc {
inline constexpr QStringView netUnauthorized = u"net.unauthorized"; // 401
inline constexpr QStringView netForbidden = u"net.forbidden";       // 403
inline constexpr QStringView netNotFound = u"net.not-found";        // 404
inline constexpr QStringView netConflict = u"net.conflict";         // 409
inline constexpr QStringView netInvalid = u"net.unprocessable";     // 422
inline constexpr QStringView netRateLimited = u"net.rate-limited";  // 429, or 403 spent
inline constexpr QStringView netServer = u"net.server-error";       // 5xx
inline constexpr QStringView netHttp = u"net.http";                 // any other status
inline constexpr QStringView netTimeout = u"net.timeout";
inline constexpr QStringView netTls = u"net.tls";
inline constexpr QStringView netJson = u"net.malformed-json";
inline constexpr QStringView netConnection = u"net.connection";
inline constexpr QStringView netInsecure = u"net.insecure-token";
} // namespace rd::errc
