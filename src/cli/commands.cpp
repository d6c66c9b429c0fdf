// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace rd::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {"next", "Show the current and next version and the commits that decide it", runNext},
            {"commits",
             "List the commits since the last release with their classification",
             runCommits},
    };
    return list;
}

} // namespace rd::cli
