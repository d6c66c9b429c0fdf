// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitlabforge.h"

#include "forge/forgejson.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace rd {

namespace {

void readTimes(const QJsonObject &object, QDateTime &started, QDateTime &finished)
{
    started = forgejson::time(object.value(u"started_at"));
    finished = forgejson::time(object.value(u"finished_at"));
}

} // namespace

GitLabForge::GitLabForge(ForgeLocation location, net::HttpClient &client, QString token)
    : Forge(std::move(location), client, std::move(token))
{}

RunState GitLabForge::state(const QString &status)
{
    if (status == u"running")
        return RunState::Running;
    if (status == u"success")
        return RunState::Success;
    if (status == u"failed")
        return RunState::Failed;
    if (status == u"canceled" || status == u"canceling")
        return RunState::Cancelled;
    if (status == u"skipped")
        return RunState::Skipped;
    return RunState::Queued; // created, waiting_for_resource, preparing, pending, scheduled, manual
}

QUrl GitLabForge::url(const QString &path, const QString &query) const
{
    // The project is addressed by its URL-encoded path ("group%2Fsub%2Fname").
    QUrl url = m_location.api;
    url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/projects/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(m_location.project)) + path,
                QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

net::HttpRequest GitLabForge::request(const QByteArray &method, const QUrl &url) const
{
    net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.token = m_token; // personal, project and OAuth tokens all work as Bearer
    return request;
}

Result<QList<PipelineRun>> GitLabForge::runs(const RunFilter &filter)
{
    QUrlQuery query;
    const int perPage = qBound(1, filter.limit, 100);
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("desc"));
    if (filter.kind == RunFilter::Kind::Branch || filter.kind == RunFilter::Kind::Tag)
        query.addQueryItem(QStringLiteral("ref"), filter.value);
    else if (filter.kind == RunFilter::Kind::Commit)
        query.addQueryItem(QStringLiteral("sha"), filter.value);
    auto items = m_client.getAllPages(request("GET",
                                              url(QStringLiteral("/pipelines"),
                                                  query.toString(QUrl::FullyEncoded))),
                                      {},
                                      (filter.limit + perPage - 1) / perPage);
    if (!items)
        return fail(items.error());
    QList<PipelineRun> runs;
    for (const QJsonValue &item : std::as_const(*items)) {
        QJsonObject object = item.toObject();
        PipelineRun run;
        run.id = object.value(u"id").toInteger();
        // The list leaves out the times; the pipeline itself has them (a 304 when unchanged).
        if (!object.contains(u"started_at")) {
            auto detail = m_client.sendJson(
                    request("GET", url(QStringLiteral("/pipelines/%1").arg(run.id))));
            if (!detail)
                return fail(detail.error());
            object = detail->object();
        }
        const QString name = object.value(u"name").toString();
        run.event = object.value(u"source").toString();
        run.workflow = name.isEmpty() ? run.event : name;
        run.ref = object.value(u"ref").toString();
        run.sha = object.value(u"sha").toString();
        run.actor = object.value(u"user").toObject().value(u"username").toString();
        run.state = state(object.value(u"status").toString());
        run.url = QUrl(object.value(u"web_url").toString());
        readTimes(object, run.started, run.finished);
        runs.append(run);
        if (runs.size() >= filter.limit)
            break;
    }
    return runs;
}

Result<QList<PipelineJob>> GitLabForge::jobs(const PipelineRun &run)
{
    auto items = m_client.getAllPages(request("GET",
                                              url(QStringLiteral("/pipelines/%1/jobs").arg(run.id),
                                                  QStringLiteral("per_page=100"))));
    if (!items)
        return fail(items.error());
    QList<PipelineJob> jobs;
    for (const QJsonValue &item : std::as_const(*items)) {
        const QJsonObject object = item.toObject();
        PipelineJob job;
        job.id = object.value(u"id").toInteger();
        job.name = object.value(u"name").toString();
        const QString status = object.value(u"status").toString();
        // A manual job that nobody started does not run: it is skipped, not waiting.
        job.state = status == u"manual" ? RunState::Skipped : state(status);
        job.url = QUrl(object.value(u"web_url").toString());
        readTimes(object, job.started, job.finished);
        jobs.append(job);
    }
    return jobs;
}

Status GitLabForge::post(const QString &path, const QJsonObject &body, const QString &what)
{
    net::HttpRequest post = request("POST", url(path));
    post.setJsonBody(QJsonDocument(body));
    return send(post, what);
}

Status GitLabForge::trigger(const QString &, const QString &ref, const Inputs &inputs)
{
    QJsonArray variables;
    for (const auto &[key, value] : inputs)
        variables.append(
                QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    QJsonObject body{{QStringLiteral("ref"), ref}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    return post(QStringLiteral("/pipeline"),
                body,
                QCoreApplication::translate("rd::forge", "Starting a pipeline on %1").arg(ref));
}

Status GitLabForge::rerunFailed(const PipelineRun &run)
{
    return post(QStringLiteral("/pipelines/%1/retry").arg(run.id),
                {},
                QCoreApplication::translate("rd::forge", "Retrying the failed jobs of pipeline %1")
                        .arg(run.id));
}

Status GitLabForge::cancel(const PipelineRun &run)
{
    return post(QStringLiteral("/pipelines/%1/cancel").arg(run.id),
                {},
                QCoreApplication::translate("rd::forge", "Cancelling pipeline %1").arg(run.id));
}

Result<QString> GitLabForge::signedInLogin()
{
    QUrl user = m_location.api;
    user.setPath(user.path() + QStringLiteral("/user"));
    return userLogin(request("GET", user), u"username");
}

} // namespace rd
