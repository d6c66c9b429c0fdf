// SPDX-License-Identifier: GPL-3.0-or-later
#include "core.h"

namespace rd {

QString applicationVersion()
{
    return QStringLiteral(RELEASEDESK_VERSION);
}

} // namespace rd
