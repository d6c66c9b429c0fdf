// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinerun.h"

namespace rd {

namespace {

std::optional<qint64> span(const QDateTime &started, const QDateTime &finished)
{
    if (!started.isValid())
        return std::nullopt;
    const QDateTime end = finished.isValid() ? finished : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, started.secsTo(end));
}

} // namespace

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Queued:
        return QStringLiteral("queued");
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Success:
        return QStringLiteral("success");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<qint64> PipelineJob::durationSeconds() const
{
    return span(started, finished);
}

std::optional<qint64> PipelineRun::durationSeconds() const
{
    return span(started, finished);
}

} // namespace rd
