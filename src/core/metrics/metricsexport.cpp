// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsexport.h"

#include "metrics/deliverymetrics.h"
#include "metrics/pipelinehealth.h"

#include <QJsonArray>

namespace rd {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue orNull(bool has, double value)
{
    return has ? QJsonValue(value) : QJsonValue();
}

QJsonObject distribution(const Distribution &values, const QString &noData)
{
    QJsonObject object{{QStringLiteral("median"), orNull(!values.isEmpty(), values.median)},
                       {QStringLiteral("p90"), orNull(!values.isEmpty(), values.p90)}};
    if (values.isEmpty())
        object.insert(QStringLiteral("no_data"), noData);
    return object;
}

QJsonObject deployments(const DeliveryMetrics &metrics)
{
    QJsonArray items;
    for (const Deployment &deployment : metrics.deployments) {
        items.append(QJsonObject{
                {QStringLiteral("tag"), deployment.tag.name},
                {QStringLiteral("version"), deployment.tag.version.toString()},
                {QStringLiteral("commit"), deployment.tag.commit.toString()},
                {QStringLiteral("time"), iso(deployment.tag.date)},
                {QStringLiteral("time_source"),
                 deployment.tag.annotated ? QStringLiteral("tagger") : QStringLiteral("commit")},
                {QStringLiteral("previous"),
                 deployment.previous.isEmpty() ? QJsonValue() : QJsonValue(deployment.previous)},
                {QStringLiteral("commits"), deployment.commits.size()},
                {QStringLiteral("undone"), deployment.undone},
        });
    }
    QJsonObject object{{QStringLiteral("count"), metrics.deployments.size()},
                       {QStringLiteral("per_week"), metrics.perWeek},
                       {QStringLiteral("band"), bandName(metrics.band.band)},
                       {QStringLiteral("band_rule"), metrics.band.rule},
                       {QStringLiteral("tag_pattern"), metrics.tagPattern},
                       {QStringLiteral("items"), items}};
    if (!metrics.noData.isEmpty())
        object.insert(QStringLiteral("no_data"), metrics.noData);
    return object;
}

QJsonObject leadTime(const DeliveryMetrics &metrics)
{
    QJsonObject object = distribution(metrics.leadTime, metrics.leadTimeNoData);
    object.insert(QStringLiteral("commits"), metrics.leadTime.count);
    QJsonArray series;
    QJsonArray items;
    for (const Deployment &deployment : metrics.deployments) {
        if (deployment.commits.isEmpty())
            continue;
        series.append(QJsonObject{{QStringLiteral("tag"), deployment.tag.name},
                                  {QStringLiteral("time"), iso(deployment.tag.date)},
                                  {QStringLiteral("median"), deployment.leadTime.median},
                                  {QStringLiteral("p90"), deployment.leadTime.p90},
                                  {QStringLiteral("commits"), deployment.commits.size()}});
        for (const LeadCommit &commit : deployment.commits) {
            items.append(QJsonObject{{QStringLiteral("deployment"), deployment.tag.name},
                                     {QStringLiteral("commit"), commit.id.toString()},
                                     {QStringLiteral("header"), commit.header},
                                     {QStringLiteral("committed"), iso(commit.committedTime())},
                                     {QStringLiteral("lead_s"), commit.seconds}});
        }
    }
    object.insert(QStringLiteral("per_deployment"), series);
    object.insert(QStringLiteral("items"), items);
    return object;
}

QJsonObject failureRate(const DeliveryMetrics &metrics)
{
    QJsonArray items;
    for (const DeploymentFailure &failure : metrics.failures) {
        QJsonArray reasons;
        for (const FailureReason &reason : failure.reasons)
            reasons.append(QJsonObject{{QStringLiteral("rule"), failureRuleName(reason.rule)},
                                       {QStringLiteral("text"), reason.text},
                                       {QStringLiteral("evidence"), reason.evidence},
                                       {QStringLiteral("detected"), iso(reason.detected)}});
        items.append(QJsonObject{{QStringLiteral("tag"), failure.tag},
                                 {QStringLiteral("time"), iso(failure.deployed)},
                                 {QStringLiteral("reasons"), reasons}});
    }
    QJsonArray rules;
    for (const FailureRuleStatus &rule : metrics.rules)
        rules.append(QJsonObject{{QStringLiteral("rule"), failureRuleName(rule.rule)},
                                 {QStringLiteral("enabled"), rule.enabled},
                                 {QStringLiteral("description"), rule.note}});
    const auto rate = metrics.failureRate();
    QJsonObject object{{QStringLiteral("rate"), rate ? QJsonValue(*rate) : QJsonValue()},
                       {QStringLiteral("failed"), metrics.failures.size()},
                       {QStringLiteral("total"), metrics.deployments.size()},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("rules"), rules}};
    if (!rate)
        object.insert(QStringLiteral("no_data"), metrics.noData);
    return object;
}

QJsonObject timeToRestore(const DeliveryMetrics &metrics)
{
    QJsonObject object = distribution(metrics.restore, metrics.restoreNoData);
    QJsonArray items;
    for (const DeploymentFailure &failure : metrics.failures) {
        const auto seconds = failure.restoreSeconds();
        items.append(QJsonObject{{QStringLiteral("tag"), failure.tag},
                                 {QStringLiteral("restored_by"),
                                  seconds ? QJsonValue(failure.restoredBy) : QJsonValue()},
                                 {QStringLiteral("seconds"),
                                  seconds ? QJsonValue(double(*seconds)) : QJsonValue()}});
    }
    object.insert(QStringLiteral("items"), items);
    return object;
}

QJsonArray pipelines(const PipelineHealth &health)
{
    QJsonArray workflows;
    for (const WorkflowHealth &workflow : health.workflows) {
        QJsonArray runs;
        for (const HealthRun &run : workflow.runs)
            runs.append(QJsonObject{{QStringLiteral("id"), double(run.id)},
                                    {QStringLiteral("ref"), run.ref},
                                    {QStringLiteral("sha"), run.sha},
                                    {QStringLiteral("state"), runStateName(run.state)},
                                    {QStringLiteral("started"), iso(run.started)},
                                    {QStringLiteral("duration_s"),
                                     run.durationSeconds ? QJsonValue(double(*run.durationSeconds))
                                                         : QJsonValue()},
                                    {QStringLiteral("queue_s"),
                                     run.queueSeconds ? QJsonValue(double(*run.queueSeconds))
                                                      : QJsonValue()},
                                    {QStringLiteral("url"), run.url.toString()}});
        QJsonArray flaky;
        for (const FlakyJob &job : workflow.flaky)
            flaky.append(QJsonObject{{QStringLiteral("job"), job.job},
                                     {QStringLiteral("sha"), job.sha},
                                     {QStringLiteral("failed_run"), double(job.failedRun)},
                                     {QStringLiteral("passed_run"), double(job.passedRun)}});
        QJsonArray weeks;
        for (const HealthWeek &week : workflow.weeks)
            weeks.append(QJsonObject{{QStringLiteral("week"), week.monday.toString(Qt::ISODate)},
                                     {QStringLiteral("runs"), week.runs},
                                     {QStringLiteral("succeeded"), week.succeeded},
                                     {QStringLiteral("failed"), week.failed},
                                     {QStringLiteral("duration_median_s"),
                                      orNull(!week.duration.isEmpty(), week.duration.median)}});
        const auto rate = workflow.successRate();
        workflows.append(
                QJsonObject{{QStringLiteral("workflow"), workflow.workflow},
                            {QStringLiteral("runs"), workflow.runs.size()},
                            {QStringLiteral("succeeded"), workflow.succeeded},
                            {QStringLiteral("failed"), workflow.failed},
                            {QStringLiteral("success_rate"),
                             rate ? QJsonValue(*rate) : QJsonValue()},
                            {QStringLiteral("duration_s"), distribution(workflow.duration, {})},
                            {QStringLiteral("queue_s"), distribution(workflow.queue, {})},
                            {QStringLiteral("time_to_green_s"),
                             distribution(workflow.timeToGreen, {})},
                            {QStringLiteral("flaky_jobs"), flaky},
                            {QStringLiteral("weeks"), weeks},
                            {QStringLiteral("items"), runs}});
    }
    return workflows;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QJsonObject metricsToJson(const DeliveryMetrics &metrics, const PipelineHealth *health)
{
    QJsonObject window{{QStringLiteral("since"), iso(metrics.window.since)},
                       {QStringLiteral("until"), iso(metrics.window.until)},
                       {QStringLiteral("weeks"), metrics.window.weeks()},
                       {QStringLiteral("default_since"), !metrics.window.sinceGiven},
                       {QStringLiteral("default_until"), !metrics.window.untilGiven}};
    QJsonObject object{{QStringLiteral("window"), window},
                       {QStringLiteral("package"),
                        metrics.package.isEmpty() ? QJsonValue() : QJsonValue(metrics.package)},
                       {QStringLiteral("deployments"), deployments(metrics)},
                       {QStringLiteral("lead_time_s"), leadTime(metrics)},
                       {QStringLiteral("change_failure_rate"), failureRate(metrics)},
                       {QStringLiteral("time_to_restore_s"), timeToRestore(metrics)},
                       {QStringLiteral("pipelines"),
                        health ? QJsonValue(pipelines(*health)) : QJsonValue()}};
    if (health && !health->noData.isEmpty())
        object.insert(QStringLiteral("pipelines_no_data"), health->noData);
    return object;
}

QString metricsToCsv(const DeliveryMetrics &metrics)
{
    QString csv = QStringLiteral("tag,time,previous,commits,lead_median_s,lead_p90_s,failed,"
                                 "reasons,restored_by,restore_s\r\n");
    for (const Deployment &deployment : metrics.deployments) {
        const DeploymentFailure *failure = metrics.failureOf(deployment);
        QStringList reasons;
        if (failure) {
            for (const FailureReason &reason : failure->reasons)
                reasons.append(failureRuleName(reason.rule) + QStringLiteral(": ") + reason.text);
        }
        const auto restore = failure ? failure->restoreSeconds() : std::nullopt;
        const bool lead = !deployment.leadTime.isEmpty();
        const QStringList fields{
                csvField(deployment.tag.name),
                iso(deployment.tag.date),
                csvField(deployment.previous),
                QString::number(deployment.commits.size()),
                lead ? QString::number(deployment.leadTime.median, 'f', 1) : QString(),
                lead ? QString::number(deployment.leadTime.p90, 'f', 0) : QString(),
                failure ? QStringLiteral("yes") : QStringLiteral("no"),
                csvField(reasons.join(QStringLiteral("; "))),
                restore ? csvField(failure->restoredBy) : QString(),
                restore ? QString::number(*restore) : QString(),
        };
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace rd
