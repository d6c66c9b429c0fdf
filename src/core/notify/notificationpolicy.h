// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/notificationlog.h"

namespace rd::notify {

struct RunEvent;

// Whether `event` is worth a notification under a repository's settings: off, failures only
// (failed, still failing, cancelled, and a watch that ended with a failure), release tags
// only, my runs only (runs whose actor is the settings' login).
bool allows(const store::NotifySettings &settings, const RunEvent &event);

} // namespace rd::notify
