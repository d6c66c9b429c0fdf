// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace rd {

QString Error::toString() const
{
    if (source.isEmpty())
        return message;
    return source + u": " + message;
}

} // namespace rd
