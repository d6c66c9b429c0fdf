// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rd::store {
class Store;
}

namespace rd::gui {

// The application's history database (the default path in the XDG data folder), opened on
// first use. Its problem(), if any, is the views' to show.
store::Store &historyStore();

class WatchTray;
// The application's tray icon (set by main() where the desktop has a tray); null without.
WatchTray *applicationTray();
void setApplicationTray(WatchTray *tray);

} // namespace rd::gui
