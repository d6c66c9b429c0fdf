// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <algorithm>

namespace rd::cli {

namespace {

QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

} // namespace

CommandRegistration::CommandRegistration(const Command &command)
{
    QList<Command> &list = registry();
    list.insert(std::upper_bound(list.begin(),
                                 list.end(),
                                 command,
                                 [](const Command &a, const Command &b) {
                                     return a.order < b.order;
                                 }),
                command);
}

const QList<Command> &commands()
{
    return registry();
}

} // namespace rd::cli
