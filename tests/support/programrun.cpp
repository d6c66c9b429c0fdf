// SPDX-License-Identifier: GPL-3.0-or-later
#include "programrun.h"

#include <QProcess>

namespace rd::test {

QByteArray programOutput(const QString &program,
                         const QStringList &arguments,
                         const QString &workDir,
                         bool quiet)
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        qWarning("%s timed out", qPrintable(program));
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!quiet)
            qWarning("%s %s: %s",
                     qPrintable(program),
                     qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

} // namespace rd::test
