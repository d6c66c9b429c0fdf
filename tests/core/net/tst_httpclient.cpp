// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgedouble.h"

#include "net/filevalidatorcache.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rd::net;

namespace {

const QString token = QStringLiteral("ghp_SeCrEtT0kenForTests1234567890");

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void secondPollIsA304EvenAfterARestart();
    void githubPagesFollowTheLinkHeader();
    void gitlabPagesFollowXNextPage();
    void rateLimitWaitsAndSaysSo_data();
    void rateLimitWaitsAndSaysSo();
    void rateLimitLongerThanTheMaximumIsAnError();
    void serverErrorIsRetriedForGet();
    void serverErrorIsNotRetriedForPost();
    void eachFaultHasItsOwnMessage_data();
    void eachFaultHasItsOwnMessage();
    void hungConnectionTimesOut();
    void malformedJsonIsReported();
    void selfSignedCertificateIsATlsError();
    void cancelAbortsAWaitingRequest();
    void tokenNeverSentOverPlainHttpToAnotherHost();
    void tokenIsSentAndNeverShown();
    void rateLimitHeadersAreRead();

private:
    QUrl runsUrl(const QString &project = QStringLiteral("octo/app")) const;
    HttpRequest runsRequest() const;
    ForgeDouble m_double;
    QStringList m_messages; // every error and notice the tests saw, checked for the token
};

void TestHttpClient::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
}

void TestHttpClient::init()
{
    m_double.reset();
}

void TestHttpClient::cleanupTestCase()
{
    QVERIFY(!m_messages.isEmpty());
    for (const QString &message : std::as_const(m_messages))
        QVERIFY2(!message.contains(token), qPrintable(message));
    // No answer of the double disagreed with GitHub's OpenAPI description.
    QVERIFY2(!m_double.log().contains("SCHEMA MISMATCH"), m_double.log().constData());
}

QUrl TestHttpClient::runsUrl(const QString &project) const
{
    QUrl url = m_double.url();
    url.setPath(QStringLiteral("/repos/%1/actions/runs").arg(project));
    return url;
}

HttpRequest TestHttpClient::runsRequest() const
{
    HttpRequest request = HttpRequest::get(runsUrl());
    request.token = token;
    return request;
}

void TestHttpClient::secondPollIsA304EvenAfterARestart()
{
    m_double.addRuns(QStringLiteral("github"), QStringLiteral("octo/app"), {QJsonObject{}});
    QTemporaryDir cacheDir;
    HttpClientOptions options;
    options.cache = std::make_shared<FileValidatorCache>(cacheDir.path());
    {
        HttpClient client(options);
        auto first = client.send(runsRequest());
        QVERIFY_OK(first);
        QCOMPARE(first->status, 200);
        QVERIFY(!first->fromCache);
        auto second = client.send(runsRequest());
        QVERIFY_OK(second);
        QVERIFY(second->fromCache);
        QCOMPARE(second->body, first->body);
    }
    // A new client on a new cache object over the same folder: as after a restart.
    HttpClientOptions restarted;
    restarted.cache = std::make_shared<FileValidatorCache>(cacheDir.path());
    HttpClient client(restarted);
    auto third = client.send(runsRequest());
    QVERIFY_OK(third);
    QVERIFY(third->fromCache);
    QCOMPARE(third->json()->object().value(u"total_count").toInt(), 1);

    const QJsonArray requests = m_double.requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(!requests[0].toObject()[u"headers"].toObject().contains(u"if-none-match"));
    for (int i : {1, 2})
        QVERIFY(requests[i]
                        .toObject()[u"headers"]
                        .toObject()[u"if-none-match"]
                        .toString()
                        .startsWith(u"W/\""));

    // A change on the server is a 200 with the new body, not the remembered one.
    m_double.advance();
    auto changed = client.send(runsRequest());
    QVERIFY(changed);
    QVERIFY(!changed->fromCache);
    QCOMPARE(changed->json()->object()[u"workflow_runs"][0][u"status"].toString(),
             QStringLiteral("in_progress"));
}

void TestHttpClient::githubPagesFollowTheLinkHeader()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     QJsonArray{QJsonObject{},
                                QJsonObject{},
                                QJsonObject{},
                                QJsonObject{},
                                QJsonObject{}});
    HttpClient client;
    HttpRequest request = runsRequest();
    request.url.setQuery(QStringLiteral("per_page=2"));
    auto runs = client.getAllPages(request, [](const QJsonDocument &page) {
        return page.object().value(u"workflow_runs").toArray();
    });
    QVERIFY_OK(runs);
    QCOMPARE(runs->size(), 5);
    QCOMPARE(m_double.requests().size(), 3);
}

void TestHttpClient::gitlabPagesFollowXNextPage()
{
    m_double.addRuns(QStringLiteral("gitlab"),
                     QStringLiteral("grp/sub/app"),
                     QJsonArray{QJsonObject{}, QJsonObject{}, QJsonObject{}});
    HttpClient client;
    QUrl url = m_double.url();
    url.setPath(QStringLiteral("/api/v4/projects/grp%2Fsub%2Fapp/pipelines"), QUrl::TolerantMode);
    url.setQuery(QStringLiteral("per_page=2"));
    auto pipelines = client.getAllPages(HttpRequest::get(url));
    QVERIFY_OK(pipelines);
    QCOMPARE(pipelines->size(), 3);
    const QJsonArray requests = m_double.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests[1].toObject()[u"url"].toString().contains(u"page=2"));
}

void TestHttpClient::rateLimitWaitsAndSaysSo_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("429 Retry-After")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), 429},
                           {QStringLiteral("retryAfter"), 1}};
    QTest::newRow("403 spent, reset")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), 403},
                           {QStringLiteral("resetIn"), 1}};
    QTest::newRow("gitlab 429 spent")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), 429},
                           {QStringLiteral("resetIn"), 1},
                           {QStringLiteral("path"), QStringLiteral("/api/v4/")}};
}

void TestHttpClient::rateLimitWaitsAndSaysSo()
{
    QFETCH(QJsonObject, fault);
    m_double.fault(fault);
    QStringList notices;
    HttpClientOptions options;
    options.maxRateLimitWaitMs = 5000;
    options.notice = [&](const QString &text) { notices.append(text); };
    HttpClient client(options);
    HttpRequest request = runsRequest();
    if (fault.contains(u"path"))
        request.url.setPath(QStringLiteral("/api/v4/projects/grp%2Fapp/pipelines"),
                            QUrl::TolerantMode);
    QElapsedTimer timer;
    timer.start();
    auto response = client.send(request);
    QVERIFY_OK(response);
    QCOMPARE(response->status, 200);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices[0].contains(u"rate limited") && notices[0].contains(u"waiting"),
             qPrintable(notices[0]));
    QCOMPARE(m_double.requests().size(), 2);
    m_messages += notices;
}

void TestHttpClient::rateLimitLongerThanTheMaximumIsAnError()
{
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 403},
                    {QStringLiteral("resetIn"), 3600}});
    HttpClientOptions options;
    options.maxRateLimitWaitMs = 500;
    HttpClient client(options);
    QElapsedTimer timer;
    timer.start();
    auto response = client.send(runsRequest());
    QVERIFY(!response);
    QCOMPARE(response.error().code, rd::errc::netRateLimited.toString());
    QVERIFY2(response.error().message.contains(u"Try again later"),
             qPrintable(response.error().message));
    QVERIFY(timer.elapsed() < 3000);
    m_messages += response.error().toString();
}

void TestHttpClient::serverErrorIsRetriedForGet()
{
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 502},
                    {QStringLiteral("count"), 2}});
    QStringList notices;
    HttpClientOptions options;
    options.retryDelayMs = 20;
    options.notice = [&](const QString &text) { notices.append(text); };
    HttpClient client(options);
    auto response = client.send(runsRequest());
    QVERIFY_OK(response);
    QCOMPARE(m_double.requests().size(), 3);
    QCOMPARE(notices.size(), 2);
    QVERIFY2(notices[0].contains(u"HTTP 502") && notices[0].contains(u"attempt 2 of 4"),
             qPrintable(notices[0]));

    // Always failing: gives up after maxAttempts with the count in the message.
    m_double.reset();
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 503},
                    {QStringLiteral("count"), 10}});
    auto failed = client.send(runsRequest());
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, rd::errc::netServer.toString());
    QVERIFY2(failed.error().message.contains(u"4 times in a row"),
             qPrintable(failed.error().message));
    QCOMPARE(m_double.requests().size(), 4);
    m_messages += notices;
    m_messages += failed.error().toString();
}

void TestHttpClient::serverErrorIsNotRetriedForPost()
{
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 500},
                    {QStringLiteral("count"), 3}});
    HttpClientOptions options;
    options.retryDelayMs = 20;
    HttpClient client(options);
    QUrl url = m_double.url();
    url.setPath(QStringLiteral("/repos/octo/app/actions/workflows/deploy.yml/dispatches"));
    HttpRequest request = HttpRequest::json("POST",
                                            url,
                                            QJsonDocument(QJsonObject{{QStringLiteral("ref"),
                                                                       QStringLiteral("main")}}));
    request.token = token;
    auto response = client.send(request);
    QVERIFY(!response);
    QCOMPARE(response.error().code, rd::errc::netServer.toString());
    QVERIFY2(response.error().message.contains(u"not tried again"),
             qPrintable(response.error().message));
    QCOMPARE(m_double.requests().size(), 1);
    m_messages += response.error().toString();
}

void TestHttpClient::eachFaultHasItsOwnMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("401") << 401 << rd::errc::netUnauthorized.toString()
                         << QStringLiteral("expired or revoked");
    QTest::newRow("403") << 403 << rd::errc::netForbidden.toString()
                         << QStringLiteral("lacks the permission");
    QTest::newRow("404") << 404 << rd::errc::netNotFound.toString()
                         << QStringLiteral("Check the project path");
    QTest::newRow("409") << 409 << rd::errc::netConflict.toString()
                         << QStringLiteral("conflict (HTTP 409)");
    QTest::newRow("422") << 422 << rd::errc::netInvalid.toString()
                         << QStringLiteral("Check the ref and the inputs");
    QTest::newRow("429") << 429 << rd::errc::netRateLimited.toString()
                         << QStringLiteral("did not say for how long");
    QTest::newRow("500") << 500 << rd::errc::netServer.toString() << QStringLiteral("HTTP 500");
}

void TestHttpClient::eachFaultHasItsOwnMessage()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, phrase);
    // The server echoes the token in its message: the client must not repeat it.
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("count"), 10},
                    {QStringLiteral("message"), QStringLiteral("nope for ") + token}});
    HttpClientOptions options;
    options.retryDelayMs = 1;
    HttpClient client(options);
    auto response = client.send(runsRequest());
    QVERIFY(!response);
    QCOMPARE(response.error().code, code);
    QVERIFY2(response.error().message.contains(phrase), qPrintable(response.error().message));
    QVERIFY2(response.error().message.contains(u"nope for [token]"),
             qPrintable(response.error().message));
    QCOMPARE(response.error().source, runsUrl().toString());
    m_messages += response.error().toString();
}

void TestHttpClient::hungConnectionTimesOut()
{
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("hang")}});
    HttpClientOptions options;
    options.timeoutMs = 700;
    HttpClient client(options);
    QElapsedTimer timer;
    timer.start();
    auto response = client.send(runsRequest());
    QVERIFY(!response);
    QCOMPARE(response.error().code, rd::errc::netTimeout.toString());
    QVERIFY2(response.error().message.contains(u"No answer from 127.0.0.1 within 1 s"),
             qPrintable(response.error().message));
    QVERIFY(timer.elapsed() >= 650 && timer.elapsed() < 5000);
    m_messages += response.error().toString();
}

void TestHttpClient::malformedJsonIsReported()
{
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("malformed")}});
    HttpClient client;
    auto document = client.sendJson(runsRequest());
    QVERIFY(!document);
    QCOMPARE(document.error().code, rd::errc::netJson.toString());
    QVERIFY2(document.error().message.contains(u"not valid JSON"),
             qPrintable(document.error().message));
    QCOMPARE(document.error().source, runsUrl().toString());
    m_messages += document.error().toString();
}

void TestHttpClient::selfSignedCertificateIsATlsError()
{
    QVERIFY(m_double.tlsUrl().isValid());
    HttpClient client;
    HttpRequest request = runsRequest();
    request.url.setScheme(QStringLiteral("https"));
    request.url.setPort(m_double.tlsUrl().port());
    auto response = client.send(request);
    QVERIFY(!response);
    QCOMPARE(response.error().code, rd::errc::netTls.toString());
    QVERIFY2(response.error().message.contains(u"TLS error talking to 127.0.0.1")
                     && response.error().message.contains(u"never ignores"),
             qPrintable(response.error().message));
    QVERIFY(m_double.requests().isEmpty()); // the request never reached the server
    m_messages += response.error().toString();
}

void TestHttpClient::cancelAbortsAWaitingRequest()
{
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("hang")}});
    std::atomic<bool> cancel = false;
    HttpClient client;
    client.setCancelFlag(&cancel);
    QTimer::singleShot(200, [&] { cancel = true; });
    QElapsedTimer timer;
    timer.start();
    auto response = client.send(runsRequest());
    QVERIFY(!response);
    QCOMPARE(response.error().code, rd::errc::cancelled.toString());
    QVERIFY(timer.elapsed() < 5000);

    // Also while waiting out a rate limit.
    m_double.reset();
    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 429},
                    {QStringLiteral("retryAfter"), 60}});
    cancel = false;
    QTimer::singleShot(300, [&] { cancel = true; });
    timer.restart();
    response = client.send(runsRequest());
    QVERIFY(!response);
    QCOMPARE(response.error().code, rd::errc::cancelled.toString());
    QVERIFY(timer.elapsed() < 5000);
    m_messages += response.error().toString();
}

void TestHttpClient::tokenNeverSentOverPlainHttpToAnotherHost()
{
    HttpClient client;
    HttpRequest request = HttpRequest::get(
            QUrl(QStringLiteral("http://forge.example.invalid/api/v4/projects")));
    request.token = token;
    auto response = client.send(request);
    QVERIFY(!response);
    QCOMPARE(response.error().code, rd::errc::netInsecure.toString());
    QVERIFY2(response.error().message.contains(u"plain http to forge.example.invalid"),
             qPrintable(response.error().message));
    m_messages += response.error().toString();
}

void TestHttpClient::tokenIsSentAndNeverShown()
{
    HttpClient client;
    HttpRequest request = runsRequest();
    QVERIFY(client.send(request));
    request.token.clear();
    request.tokenHeader = "PRIVATE-TOKEN";
    request.token = token;
    request.url.setPath(QStringLiteral("/api/v4/projects/grp%2Fapp/pipelines"), QUrl::TolerantMode);
    QVERIFY(client.send(request));
    const QJsonArray requests = m_double.requests();
    QCOMPARE(requests[0].toObject()[u"headers"].toObject()[u"authorization"].toString(),
             QStringLiteral("Bearer ") + token);
    QCOMPARE(requests[1].toObject()[u"headers"].toObject()[u"private-token"].toString(), token);
    QVERIFY(!redact(QStringLiteral("a %1 b").arg(token), token).contains(token));
}

void TestHttpClient::rateLimitHeadersAreRead()
{
    HttpClient client;
    QVERIFY(client.send(runsRequest()));
    const RateLimit &limit = client.lastRateLimit();
    QCOMPARE(limit.limit.value_or(0), 5000);
    QVERIFY(limit.remaining.value_or(-1) >= 0);
    QVERIFY(limit.reset.isValid());
    QVERIFY2(limit.describe().contains(u"of 5000 requests left, resets at"),
             qPrintable(limit.describe()));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
