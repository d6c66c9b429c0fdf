// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd {

// The version of ReleaseDesk itself, as the CLI's --version and the GUI's About box show it.
QString applicationVersion();

} // namespace rd
