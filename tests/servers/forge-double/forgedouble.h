// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

// Checks that an expected<T, Error> holds a value, else fails with the error. `expression` is
// evaluated once.
#define QVERIFY_OK(expression) \
    do { \
        const auto &result_ = (expression); \
        QVERIFY2(bool(result_), result_ ? "" : qPrintable(result_.error().toString())); \
    } while (false)

// The tests' handle on the running forge double (server.js): its addresses and its control
// endpoint. Talks to it with a plain QNetworkAccessManager, not with the client under test.
class ForgeDouble
{
public:
    // From RELEASEDESK_TEST_FORGE; an invalid double (isValid() false) when it is not running.
    ForgeDouble();
    bool isValid() const { return m_url.isValid(); }
    QString skipReason() const;

    QUrl url() const { return m_url; }       // http://127.0.0.1:PORT
    QUrl tlsUrl() const { return m_tlsUrl; } // https://127.0.0.1:PORT, self-signed
    // The double's log (SCHEMA MISMATCH lines...).
    QByteArray log() const;

    // A run for addRuns(): its commit, workflow name, script of states (queued, running,
    // success, failure, cancelled, skipped) and jobs (jobSpec()), on branch main.
    static QJsonObject runSpec(const QString &sha,
                               const QString &workflow,
                               const QStringList &states,
                               const QJsonArray &jobs = {});
    static QJsonObject jobSpec(const QString &name, const QStringList &states, int duration = 60);
    static QStringList passing(); // queued, running, success
    static QStringList failing(); // queued, running, failure

    void reset();
    // Runs for `project` on "github" or "gitlab"; returns their ids in order.
    QList<qint64> addRuns(const QString &forge, const QString &project, const QJsonArray &runs);
    void advance();
    // A fault switch: {kind: status|hang|malformed|drop, status, retryAfter, resetIn, count,
    // path, method, skip}; drop cuts the connection without an answer; it applies to requests
    // of `method` under `path`, after letting `skip` of them through.
    void fault(const QJsonObject &fault);
    // What clients sent since the last reset: [{method, url, headers, body}].
    QJsonArray requests();
    // Sets what the rate-limit headers announce as left (5000 after a reset).
    void setRateRemaining(int remaining);
    // Whom GET /user names for each token ({TOKEN: login}); any other token gets a 401.
    void setUsers(const QJsonObject &tokens);
    // Counts since the last reset: {requests, answered: {"200": n, "304": n, ...}}.
    QJsonObject stats();
    // GitHub releases: {project, tag, immutable: true} makes that release immutable; {after:
    // create|upload|publish, status} stores the next such write, then answers `status` (5xx).
    void releaseSwitch(const QJsonObject &change);
    // Every GitHub release of `project` (drafts too) as the API lists them, with their assets.
    QJsonArray releaseState(const QString &project);
    // A GitLab project's releases and generic packages as the API shows them: {releases: [...],
    // packages: [{name, version, files: [{file_name, size, file_sha256...}]}]}. The after-store
    // switch of releaseSwitch() covers GitLab's create and upload (package file PUT) too.
    QJsonObject gitlabState(const QString &project);

private:
    QJsonObject control(const QString &path, const QJsonObject &body = {});
    QString m_state;
    QUrl m_url;
    QUrl m_tlsUrl;
};
