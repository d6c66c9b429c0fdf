// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releasestep.h"

namespace rd {

// A configured command of the publish: section (publish.commands), run through /bin/sh in the
// work tree once the registries have the release: announcing it, a `cargo publish`, a deploy
// hook. {version}, {tag}, {major}, {minor} and {patch} are replaced when the release is planned,
// so the review shows the exact command line. Nothing can tell whether a command that was
// interrupted had finished, so a resumed release runs it again: commands should be safe to
// repeat. A command is not undone by an abort (it says so in the log).
class CommandStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"command";

    CommandStep(int index, QString command);
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);

    const QString &command() const { return m_command; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind() + u':' + QString::number(m_index); }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;

    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    // Result: {"command"}.
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;

private:
    int m_index = 0;
    QString m_command;
};

} // namespace rd
