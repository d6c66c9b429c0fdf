// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsupport.h"

#include "net/httpclient.h"
#include "release/stepcontext.h"
#include "util/progress.h"

namespace rd::publish {

bool mayHaveLanded(const Error &error)
{
    return error.is(errc::netServer) || error.is(errc::netTimeout) || error.is(errc::netConnection)
           || error.is(errc::netConflict);
}

void log(const StepContext &context, const QString &line)
{
    if (context.progress)
        context.progress->log(line);
}

} // namespace rd::publish
