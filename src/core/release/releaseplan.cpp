// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaseplan.h"

#include "release/jsonbytes.h"
#include "release/stepfactory.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

namespace {
constexpr int planFormat = 1;
}

qsizetype ReleasePlan::indexOf(const QString &id) const
{
    for (size_t i = 0; i < m_steps.size(); ++i)
        if (m_steps[i]->id() == id)
            return qsizetype(i);
    return -1;
}

Status ReleasePlan::append(std::unique_ptr<ReleaseStep> step)
{
    return insert(size(), std::move(step));
}

Status ReleasePlan::insert(qsizetype index, std::unique_ptr<ReleaseStep> step)
{
    if (!step)
        return fail(errc::invalidArgument,
                    QCoreApplication::translate("rd::release", "No step to add."));
    if (indexOf(step->id()) >= 0)
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::release",
                                                "The plan already has a step \"%1\".")
                            .arg(step->id()));
    index = std::clamp<qsizetype>(index, 0, size());
    m_steps.insert(m_steps.begin() + index, std::move(step));
    return {};
}

QJsonObject ReleasePlan::toJson() const
{
    QJsonArray steps;
    for (const auto &step : m_steps)
        steps.append(step->describe());
    return QJsonObject{{QStringLiteral("format"), planFormat},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("tag"), tagName},
                       {QStringLiteral("branch"), branch},
                       {QStringLiteral("base"), JsonBytes::oid(base)},
                       {QStringLiteral("steps"), steps}};
}

Result<ReleasePlan> ReleasePlan::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("format")).toInt() != planFormat)
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::release",
                            "The release plan has format %1; this ReleaseDesk reads %2.")
                            .arg(json.value(QLatin1String("format")).toInt())
                            .arg(planFormat));
    ReleasePlan plan;
    plan.version = json.value(QLatin1String("version")).toString();
    plan.tagName = json.value(QLatin1String("tag")).toString();
    plan.branch = json.value(QLatin1String("branch")).toString();
    plan.base = JsonBytes::oid(json.value(QLatin1String("base"))).value_or(git::Oid());
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &value : steps) {
        auto step = StepFactory::create(value.toObject());
        if (!step)
            return std::unexpected(step.error());
        if (auto added = plan.append(std::move(*step)); !added)
            return std::unexpected(added.error());
    }
    return plan;
}

QString ReleasePlan::dryRunText() const
{
    QString text = QCoreApplication::translate("rd::release",
                                               "Release %1 (tag %2) from %3 at %4: %n step(s)\n",
                                               nullptr,
                                               int(size()))
                           .arg(version, tagName, branch, base.toShortString());
    int number = 1;
    for (const auto &step : m_steps) {
        text += QStringLiteral("\n%1. %2%3\n")
                        .arg(number++)
                        .arg(step->title(),
                             step->changesRemote()
                                     ? QCoreApplication::translate("rd::release",
                                                                   " [changes the remote]")
                                     : QString());
        QString details = step->details();
        if (!details.endsWith(u'\n'))
            details += u'\n';
        for (const QString &line : details.split(u'\n')) {
            if (!line.isEmpty())
                text += QStringLiteral("    ") + line;
            text += u'\n';
        }
        text.chop(1);
    }
    return text;
}

} // namespace rd
