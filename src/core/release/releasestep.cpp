// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasestep.h"

namespace rd {

QJsonObject ReleaseStep::describe() const
{
    return QJsonObject{{QStringLiteral("id"), id()},
                       {QStringLiteral("kind"), kind()},
                       {QStringLiteral("title"), title()},
                       {QStringLiteral("remote"), changesRemote()},
                       {QStringLiteral("data"), toJson()}};
}

} // namespace rd
