// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "util/fileio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace rd {

namespace {

constexpr int journalFormat = 1;

const QStringList &stateNames()
{
    static const QStringList names{QStringLiteral("running"),
                                   QStringLiteral("failed"),
                                   QStringLiteral("completed"),
                                   QStringLiteral("aborted")};
    return names;
}

const QStringList &stepStateNames()
{
    static const QStringList names{QStringLiteral("pending"),
                                   QStringLiteral("running"),
                                   QStringLiteral("done"),
                                   QStringLiteral("failed"),
                                   QStringLiteral("undone")};
    return names;
}

} // namespace

QString Journal::stateName(State state)
{
    return stateNames().at(int(state));
}

QString Journal::stepStateName(StepState state)
{
    return stepStateNames().at(int(state));
}

QJsonObject Journal::toJson() const
{
    QJsonArray stepArray;
    for (const Step &step : steps) {
        QJsonObject object{{QStringLiteral("id"), step.id},
                           {QStringLiteral("state"), stepStateName(step.state)},
                           {QStringLiteral("result"), step.result}};
        if (!step.errorCode.isEmpty())
            object.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), step.errorCode},
                                      {QStringLiteral("message"), step.errorMessage}});
        stepArray.append(object);
    }
    return QJsonObject{{QStringLiteral("format"), journalFormat},
                       {QStringLiteral("state"), stateName(state)},
                       {QStringLiteral("started"), started},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("plan"), plan},
                       {QStringLiteral("steps"), stepArray}};
}

Result<Journal> Journal::fromJson(const QJsonObject &json, const QString &source)
{
    if (json.value(QLatin1String("format")).toInt() != journalFormat)
        return fail(errc::journal,
                    QCoreApplication::translate(
                            "rd::release",
                            "The release journal has an unknown format; it was written by "
                            "another ReleaseDesk version."),
                    source);
    Journal journal;
    const qsizetype state = stateNames().indexOf(json.value(QLatin1String("state")).toString());
    if (state < 0)
        return fail(errc::journal,
                    QCoreApplication::translate("rd::release",
                                                "The release journal has no valid state."),
                    source);
    journal.state = State(state);
    journal.started = json.value(QLatin1String("started")).toString();
    journal.updated = json.value(QLatin1String("updated")).toString();
    journal.plan = json.value(QLatin1String("plan")).toObject();
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject object = value.toObject();
        Step step;
        step.id = object.value(QLatin1String("id")).toString();
        const qsizetype s = stepStateNames().indexOf(
                object.value(QLatin1String("state")).toString());
        if (s < 0 || step.id.isEmpty())
            return fail(errc::journal,
                        QCoreApplication::translate(
                                "rd::release",
                                "The release journal has a step without id or state."),
                        source);
        step.state = StepState(s);
        step.result = object.value(QLatin1String("result")).toObject();
        const QJsonObject error = object.value(QLatin1String("error")).toObject();
        step.errorCode = error.value(QLatin1String("code")).toString();
        step.errorMessage = error.value(QLatin1String("message")).toString();
        journal.steps.append(step);
    }
    return journal;
}

QString Journal::path(const QString &gitDir)
{
    return QDir(gitDir).filePath(QStringLiteral("releasedesk/journal.json"));
}

Result<std::optional<Journal>> Journal::load(const QString &gitDir)
{
    const QString file = path(gitDir);
    if (!QFileInfo::exists(file))
        return std::optional<Journal>();
    auto bytes = readFile(file);
    if (!bytes)
        return std::unexpected(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject())
        return fail(errc::journal,
                    QCoreApplication::translate(
                            "rd::release",
                            "The release journal is not valid JSON (%1). It is written "
                            "atomically, so it was edited by hand or the disk is damaged.")
                            .arg(parseError.errorString()),
                    file);
    auto journal = fromJson(document.object(), file);
    if (!journal)
        return std::unexpected(journal.error());
    return std::optional<Journal>(*journal);
}

Status Journal::save(const QString &gitDir)
{
    updated = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (started.isEmpty())
        started = updated;
    const QString file = path(gitDir);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fail(errc::io,
                    QCoreApplication::translate("rd::release", "Cannot create the journal folder."),
                    file);
    return writeFileAtomically(file, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

} // namespace rd
