// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/runevent.h"

#include <QIcon>

namespace rd::gui {

// How a watch looks: a coloured dot per outcome (grey idle, blue running, green passed, red
// failed), the same in the tray, its menu and the Activity list.
enum class WatchState { Idle, Running, Green, Red };

QIcon watchIcon(WatchState state);
WatchState stateOf(RunState state);
WatchState stateOf(const notify::RunEvent &event);
// "queued", "running", "passed", "failed", "cancelled", "skipped"
QString runStateText(RunState state);
// "Idle", "Running", "All green", "Something failed"
QString watchStateText(WatchState state);

} // namespace rd::gui
