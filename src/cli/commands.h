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
};

// Every command, in the order `releasedesk-cli --help` lists them.
const QList<Command> &commands();

int runNext(Context &context);
int runCommits(Context &context);

} // namespace rd::cli
