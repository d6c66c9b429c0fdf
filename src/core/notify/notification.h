// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace rd::notify {

struct RunEvent;

// A desktop notification as ReleaseDesk sends it: text, an icon and an urgency per outcome,
// and the run it belongs to (a run's notifications replace each other instead of stacking).
struct Notification
{
    enum class Urgency : quint8 { Low = 0, Normal = 1, Critical = 2 };

    QString key;           // one per state change (RunEvent::key); sent once
    qint64 repository = 0; // with runId: whose earlier notification this one replaces
    qint64 runId = 0;      // 0 for the summary of a watch (it replaces its own kind only)
    QString summary;
    QString body;
    QString icon; // a freedesktop icon name
    Urgency urgency = Urgency::Normal;
    QUrl runUrl; // "Open run"

    static Notification forEvent(const RunEvent &event);
    // A release run that finished: `released` with `verified` ("✓ Publish …" lines, one per
    // registry read back) and `problem` (its publishing stopped), or not released (`problem`
    // says why). One per project, tag and outcome.
    static Notification forRelease(const QString &project,
                                   const QString &tag,
                                   bool released,
                                   const QStringList &verified,
                                   const QString &problem);
};

} // namespace rd::notify
