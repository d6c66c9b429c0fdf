// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandstep.h"

#include "publish/shellcommand.h"

#include "git/repository.h"
#include "release/stepcontext.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

CommandStep::CommandStep(int index, QString command)
    : m_index(index)
    , m_command(std::move(command))
{}

Result<std::unique_ptr<ReleaseStep>> CommandStep::fromJson(const QJsonObject &json)
{
    const QString command = json.value(QLatin1String("command")).toString();
    const int index = json.value(QLatin1String("index")).toInt(-1);
    if (command.trimmed().isEmpty() || index < 0)
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::publish",
                                                "A command step lacks its command or index."));
    return std::unique_ptr<ReleaseStep>(std::make_unique<CommandStep>(index, command));
}

QString CommandStep::title() const
{
    return QCoreApplication::translate("rd::publish", "Run %1").arg(m_command);
}

QString CommandStep::details() const
{
    return QCoreApplication::translate("rd::publish",
                                       "Command: %1\nIn the work tree, through /bin/sh; run again "
                                       "when a stopped release is resumed.")
            .arg(m_command);
}

QJsonObject CommandStep::toJson() const
{
    return QJsonObject{{QStringLiteral("index"), m_index}, {QStringLiteral("command"), m_command}};
}

Result<std::optional<QJsonObject>> CommandStep::checkDone(StepContext &) const
{
    return std::optional<QJsonObject>(); // nothing records that a command ran
}

Result<QJsonObject> CommandStep::execute(StepContext &context)
{
    const QString root = QDir::cleanPath(context.repository.workdir());
    if (auto ran = runShellCommand(m_command, root, context.progress); !ran)
        return std::unexpected(ran.error());
    return QJsonObject{{QStringLiteral("command"), m_command}};
}

Status CommandStep::undoLocal(StepContext &context, const QJsonObject &)
{
    if (context.progress)
        context.progress->log(QCoreApplication::translate("rd::publish",
                                                          "“%1” ran and is not undone: undo "
                                                          "what it did by hand if needed.")
                                      .arg(m_command));
    return {};
}

} // namespace rd
