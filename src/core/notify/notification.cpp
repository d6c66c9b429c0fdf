// SPDX-License-Identifier: GPL-3.0-or-later
#include "notification.h"

#include "runevent.h"

#include <QCoreApplication>
#include <QCryptographicHash>

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

Notification Notification::forRelease(const QString &project,
                                      const QString &tag,
                                      bool released,
                                      const QStringList &verified,
                                      const QString &problem)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("rd::notify::Notification", text);
    };
    Notification notification;
    const QString outcome = !released            ? QStringLiteral("stopped")
                            : !problem.isEmpty() ? QStringLiteral("publish-stopped")
                            : verified.isEmpty() ? QStringLiteral("released")
                                                 : QStringLiteral("published");
    // A later, different stop of the same release is news too.
    const QByteArray problemId
            = QCryptographicHash::hash(problem.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    notification.key = QStringLiteral("release:%1:%2:%3:%4")
                               .arg(project, tag, outcome, QString::fromLatin1(problemId));
    if (!released) {
        notification.summary = tr("The release %1 stopped").arg(tag);
        notification.body = problem;
    } else if (!problem.isEmpty()) {
        notification.summary = tr("%1 is released; publishing it stopped").arg(tag);
        notification.body = problem;
    } else if (!verified.isEmpty()) {
        notification.summary = tr("%1 is on every registry").arg(tag);
        notification.body = verified.join(u'\n');
    } else {
        notification.summary = tr("%1 is released").arg(tag);
    }
    const bool failed = !released || !problem.isEmpty();
    notification.icon = failed ? QStringLiteral("dialog-error") : QStringLiteral("emblem-default");
    notification.urgency = failed ? Urgency::Critical : Urgency::Normal;
    return notification;
}

} // namespace rd::notify
