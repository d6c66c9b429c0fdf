// SPDX-License-Identifier: GPL-3.0-or-later
#include "githubforge.h"

#include "forge/forgejson.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace rd {

GitHubForge::GitHubForge(ForgeLocation location, net::HttpClient &client, QString token)
    : Forge(std::move(location), client, std::move(token))
{}

RunState GitHubForge::state(const QString &status, const QString &conclusion)
{
    if (status == u"in_progress")
        return RunState::Running;
    if (status != u"completed")
        return RunState::Queued; // queued, requested, waiting, pending
    if (conclusion == u"success" || conclusion == u"neutral")
        return RunState::Success;
    if (conclusion == u"cancelled")
        return RunState::Cancelled;
    if (conclusion == u"skipped" || conclusion == u"stale")
        return RunState::Skipped;
    return RunState::Failed; // failure, timed_out, action_required, startup_failure
}

QUrl GitHubForge::url(const QString &path) const
{
    QUrl url = m_location.api;
    url.setPath(url.path() + QStringLiteral("/repos/") + m_location.project + path);
    return url;
}

net::HttpRequest GitHubForge::apiRequest(const QByteArray &method,
                                         const QUrl &url,
                                         const QString &token)
{
    net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.token = token;
    request.headers = {{"Accept", "application/vnd.github+json"},
                       {"X-GitHub-Api-Version", "2022-11-28"}};
    return request;
}

net::HttpRequest GitHubForge::request(const QByteArray &method, const QUrl &url) const
{
    return apiRequest(method, url, m_token);
}

Result<QList<PipelineRun>> GitHubForge::runs(const RunFilter &filter)
{
    QUrl listUrl = url(QStringLiteral("/actions/runs"));
    QUrlQuery query;
    const int perPage = qBound(1, filter.limit, 100);
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    // A tag's runs carry the tag in head_branch, so the branch filter finds them too.
    if (filter.kind == RunFilter::Kind::Branch || filter.kind == RunFilter::Kind::Tag)
        query.addQueryItem(QStringLiteral("branch"), filter.value);
    else if (filter.kind == RunFilter::Kind::Commit)
        query.addQueryItem(QStringLiteral("head_sha"), filter.value);
    listUrl.setQuery(query);
    auto items = m_client.getAllPages(
            request("GET", listUrl),
            [](const QJsonDocument &page) {
                return page.object().value(u"workflow_runs").toArray();
            },
            (filter.limit + perPage - 1) / perPage);
    if (!items)
        return fail(items.error());
    QList<PipelineRun> runs;
    for (const QJsonValue &item : std::as_const(*items)) {
        const QJsonObject object = item.toObject();
        PipelineRun run;
        run.id = object.value(u"id").toInteger();
        run.workflow = object.value(u"name").toString();
        run.workflowPath = object.value(u"path").toString();
        run.ref = object.value(u"head_branch").toString();
        run.sha = object.value(u"head_sha").toString();
        run.event = object.value(u"event").toString();
        run.actor = object.value(u"actor").toObject().value(u"login").toString();
        run.state = state(object.value(u"status").toString(),
                          object.value(u"conclusion").toString());
        run.url = QUrl(object.value(u"html_url").toString());
        run.started = forgejson::time(object.value(u"run_started_at"));
        if (!isPending(run.state))
            run.finished = forgejson::time(object.value(u"updated_at"));
        runs.append(run);
        if (runs.size() >= filter.limit)
            break;
    }
    return runs;
}

Result<QList<PipelineJob>> GitHubForge::jobs(const PipelineRun &run)
{
    QUrl jobsUrl = url(QStringLiteral("/actions/runs/%1/jobs").arg(run.id));
    jobsUrl.setQuery(QStringLiteral("per_page=100"));
    auto items = m_client.getAllPages(request("GET", jobsUrl), [](const QJsonDocument &page) {
        return page.object().value(u"jobs").toArray();
    });
    if (!items)
        return fail(items.error());
    QList<PipelineJob> jobs;
    for (const QJsonValue &item : std::as_const(*items)) {
        const QJsonObject object = item.toObject();
        PipelineJob job;
        job.id = object.value(u"id").toInteger();
        job.name = object.value(u"name").toString();
        job.state = state(object.value(u"status").toString(),
                          object.value(u"conclusion").toString());
        job.url = QUrl(object.value(u"html_url").toString());
        if (job.state != RunState::Queued)
            job.started = forgejson::time(object.value(u"started_at"));
        job.finished = forgejson::time(object.value(u"completed_at"));
        jobs.append(job);
    }
    return jobs;
}

Status GitHubForge::post(const QString &path, const QJsonObject &body, const QString &what)
{
    net::HttpRequest post = request("POST", url(path));
    post.setJsonBody(QJsonDocument(body));
    return send(post, what);
}

Status GitHubForge::trigger(const QString &workflow, const QString &ref, const Inputs &inputs)
{
    QJsonObject values;
    for (const auto &[key, value] : inputs)
        values.insert(key, value);
    QJsonObject body{{QStringLiteral("ref"), ref}};
    if (!values.isEmpty())
        body.insert(QStringLiteral("inputs"), values);
    return post(QStringLiteral("/actions/workflows/%1/dispatches")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(workflow))),
                body,
                QCoreApplication::translate("rd::forge", "Running workflow %1 on %2")
                        .arg(workflow, ref));
}

Status GitHubForge::rerunFailed(const PipelineRun &run)
{
    return post(QStringLiteral("/actions/runs/%1/rerun-failed-jobs").arg(run.id),
                {},
                QCoreApplication::translate("rd::forge", "Re-running the failed jobs of run %1")
                        .arg(run.id));
}

Status GitHubForge::cancel(const PipelineRun &run)
{
    return post(QStringLiteral("/actions/runs/%1/cancel").arg(run.id),
                {},
                QCoreApplication::translate("rd::forge", "Cancelling run %1").arg(run.id));
}

Result<QString> GitHubForge::signedInLogin()
{
    QUrl user = m_location.api;
    user.setPath(user.path() + QStringLiteral("/user"));
    return userLogin(request("GET", user), u"login");
}

} // namespace rd
