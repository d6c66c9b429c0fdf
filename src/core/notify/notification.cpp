// SPDX-License-Identifier: GPL-3.0-or-later
#include "notification.h"

#include "runevent.h"

namespace rd::notify {

Notification Notification::forEvent(const RunEvent &event)
{
    Notification notification;
    notification.key = event.key();
    notification.repository = event.repository;
    notification.runId = event.run.id;
    notification.summary = event.summary();
    notification.body = event.body();
    notification.runUrl = event.run.url;
    using Kind = RunEvent::Kind;
    switch (event.kind) {
    case Kind::Started:
        notification.icon = QStringLiteral("media-playback-start");
        notification.urgency = Urgency::Low;
        break;
    case Kind::Succeeded:
    case Kind::Fixed:
        notification.icon = QStringLiteral("emblem-default");
        break;
    case Kind::Failed:
    case Kind::StillFailing:
        notification.icon = QStringLiteral("dialog-error");
        notification.urgency = Urgency::Critical;
        break;
    case Kind::Cancelled:
        notification.icon = QStringLiteral("process-stop");
        notification.urgency = Urgency::Critical;
        break;
    case Kind::AllFinished: {
        const auto failed = event.firstFailedRun();
        notification.icon = failed ? QStringLiteral("dialog-error")
                                   : QStringLiteral("emblem-default");
        notification.urgency = failed ? Urgency::Critical : Urgency::Normal;
        if (failed) {
            notification.runUrl = failed->url;
            for (const PipelineJob &job : failed->jobs) {
                if (job.state == RunState::Failed || job.state == RunState::Cancelled) {
                    notification.runUrl = job.url;
                    break;
                }
            }
        } else if (!event.runs.isEmpty()) {
            notification.runUrl = event.runs.first().url;
        }
        break;
    }
    }
    return notification;
}

} // namespace rd::notify
