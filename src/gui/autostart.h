// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

namespace rd::gui {

// Starting at login through an XDG autostart entry ($XDG_CONFIG_HOME/autostart/
// releasedesk.desktop): the desktop starts `releasedesk --background`, which goes to the tray
// and watches without opening its window.
class Autostart
{
public:
    static QString desktopFilePath();
    // True when the entry is there and not hidden.
    static bool isEnabled();
    // Writes the entry (atomically; the folder is made when missing) or removes it.
    static Status setEnabled(bool enabled, const QString &program);
};

} // namespace rd::gui
