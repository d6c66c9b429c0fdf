// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationpolicy.h"

#include "runevent.h"

namespace rd::notify {

bool allows(const store::NotifySettings &settings, const RunEvent &event)
{
    if (!settings.enabled)
        return false;
    if (settings.failuresOnly && !event.isFailure())
        return false;
    if (settings.releaseTagsOnly && !event.targetIsTag)
        return false;
    if (settings.myRunsOnly) {
        if (event.kind == RunEvent::Kind::AllFinished)
            return std::any_of(event.runs.begin(), event.runs.end(), [&](const PipelineRun &run) {
                return run.actor.compare(settings.myLogin, Qt::CaseInsensitive) == 0;
            });
        return !settings.myLogin.isEmpty()
               && event.run.actor.compare(settings.myLogin, Qt::CaseInsensitive) == 0;
    }
    return true;
}

} // namespace rd::notify
