// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "store/store.h"

namespace rd::gui {

store::Store &historyStore()
{
    static store::Store store;
    return store;
}

namespace {
WatchTray *tray = nullptr;
} // namespace

WatchTray *applicationTray()
{
    return tray;
}

void setApplicationTray(WatchTray *applicationTray)
{
    tray = applicationTray;
}

} // namespace rd::gui
