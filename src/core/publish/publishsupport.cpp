// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsupport.h"

#include "net/httpclient.h"
#include "release/stepcontext.h"
#include "util/progress.h"

#include <QDeadlineTimer>
#include <QThread>

namespace rd::publish {

void log(const StepContext &context, const QString &line)
{
    if (context.progress)
        context.progress->log(line);
}

bool mayHaveLanded(const Error &error)
{
    return error.is(errc::netServer) || error.is(errc::netTimeout) || error.is(errc::netConnection)
           || error.is(errc::netConflict);
}

Result<QJsonObject> verify(int timeoutMs,
                           const std::function<Result<std::optional<QJsonObject>>()> &check,
                           const std::function<Error()> &notVerified)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        auto done = check();
        if (!done)
            return std::unexpected(done.error());
        if (*done) {
            QJsonObject result = **done;
            result.insert(QStringLiteral("verified"), true);
            return result;
        }
        if (deadline.hasExpired())
            return std::unexpected(notVerified());
        QThread::msleep(500);
    }
}

} // namespace rd::publish
