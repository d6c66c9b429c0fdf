// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include <QList>

namespace rd::cli {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(Context &context);
    int order; // position in `releasedesk-cli --help`
};

// Every command, in help order. Each command's file registers itself:
//     static const CommandRegistration registration{{"next", "...", runNext, 10}};
const QList<Command> &commands();

struct CommandRegistration
{
    explicit CommandRegistration(const Command &command);
};

} // namespace rd::cli
