// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasepresenter.h"

namespace rd::cli {

namespace {

QString statusLabel(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return QStringLiteral("pass");
    case CheckResult::Status::Warn:
        return QStringLiteral("warn");
    case CheckResult::Status::Fail:
        return QStringLiteral("FAIL");
    }
    return {};
}

} // namespace

void printVersion(QTextStream &out,
                  const NextVersion &next,
                  const QString &tag,
                  const std::optional<ReleaseTag> &previous)
{
    out << "Release " << next.version.toString() << " (tag " << tag << ")";
    if (previous)
        out << ", after " << previous->version.toString() << " (tag " << previous->name << ")";
    else
        out << ", the first release";
    out << '\n';
    for (const QString &step : next.steps)
        out << "  " << step << '\n';
}

void printChecks(QTextStream &out, const QList<CheckResult> &results)
{
    out << "\nPre-flight checks:\n";
    for (const CheckResult &result : results) {
        out << "  " << statusLabel(result.status).leftJustified(5) << ' ' << result.title << ": "
            << result.message << '\n';
        if (result.fix)
            out << "        hint: " << result.fix->label << '\n';
    }
}

QJsonObject toJson(const CheckResult &result)
{
    return QJsonObject{{QStringLiteral("id"), result.id},
                       {QStringLiteral("title"), result.title},
                       {QStringLiteral("status"), CheckResult::statusName(result.status)},
                       {QStringLiteral("message"), result.message},
                       {QStringLiteral("fix"),
                        result.fix ? QJsonValue(result.fix->label) : QJsonValue()}};
}

QJsonArray toJson(const QList<CheckResult> &results)
{
    QJsonArray array;
    for (const CheckResult &result : results)
        array.append(toJson(result));
    return array;
}

QJsonObject toJsonSummary(const Journal &journal)
{
    // Titles come from the plan's step descriptions, which the journal keeps.
    const QJsonArray planSteps = journal.plan.value(QLatin1String("steps")).toArray();
    QJsonArray steps;
    for (qsizetype i = 0; i < journal.steps.size(); ++i) {
        const Journal::Step &step = journal.steps.at(i);
        QJsonObject object{{QStringLiteral("id"), step.id},
                           {QStringLiteral("title"),
                            planSteps.at(i).toObject().value(QLatin1String("title")).toString()},
                           {QStringLiteral("state"), Journal::stepStateName(step.state)}};
        if (!step.errorMessage.isEmpty())
            object.insert(QStringLiteral("error"), step.errorMessage);
        steps.append(object);
    }
    return QJsonObject{{QStringLiteral("state"), Journal::stateName(journal.state)},
                       {QStringLiteral("version"), journal.plan.value(QLatin1String("version"))},
                       {QStringLiteral("tag"), journal.plan.value(QLatin1String("tag"))},
                       {QStringLiteral("started"), journal.started},
                       {QStringLiteral("updated"), journal.updated},
                       {QStringLiteral("steps"), steps}};
}

QString describeUnfinished(const Journal &journal)
{
    const QString version = journal.plan.value(QLatin1String("version")).toString();
    const QString tag = journal.plan.value(QLatin1String("tag")).toString();
    const QJsonArray planSteps = journal.plan.value(QLatin1String("steps")).toArray();
    qsizetype stopped = -1;
    for (qsizetype i = 0; i < journal.steps.size(); ++i) {
        if (journal.steps.at(i).state != Journal::StepState::Done) {
            stopped = i;
            break;
        }
    }
    QString text = QStringLiteral("%1 (tag %2)").arg(version, tag);
    if (stopped >= 0)
        text += QStringLiteral(", stopped at step %1 of %2 (%3)")
                        .arg(stopped + 1)
                        .arg(journal.steps.size())
                        .arg(planSteps.at(stopped)
                                     .toObject()
                                     .value(QLatin1String("title"))
                                     .toString());
    return text;
}

} // namespace rd::cli
