// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellcommand.h"

#include "semver/version.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStringList>

namespace rd {

namespace {

constexpr int tailLines = 12;

// Sends each complete line of `buffer` to the log, keeping the rest for later.
void flushLines(QByteArray &buffer, Progress *progress, QStringList &tail, bool all)
{
    for (;;) {
        qsizetype end = buffer.indexOf('\n');
        if (end < 0 && !(all && !buffer.isEmpty()))
            return;
        if (end < 0)
            end = buffer.size();
        const QString line = QString::fromUtf8(buffer.left(end)).trimmed();
        buffer.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        if (progress)
            progress->log(line);
        tail.append(line);
        if (tail.size() > tailLines)
            tail.removeFirst();
    }
}

} // namespace

QString expandPlaceholders(QString text, const QString &version, const QString &tag)
{
    text.replace(QLatin1String("{version}"), version);
    text.replace(QLatin1String("{tag}"), tag);
    if (const auto parsed = Version::parse(version)) {
        text.replace(QLatin1String("{major}"), QString::number(parsed->major()));
        text.replace(QLatin1String("{minor}"), QString::number(parsed->minor()));
        text.replace(QLatin1String("{patch}"), QString::number(parsed->patch()));
    }
    return text;
}

Status runShellCommand(const QString &command, const QString &directory, Progress *progress)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    if (progress)
        progress->log(QStringLiteral("$ ") + command);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!process.waitForStarted(10000))
        return fail(errc::commandFailed,
                    QCoreApplication::translate("rd::publish", "Cannot start “%1”: %2")
                            .arg(command, process.errorString()),
                    directory);
    QByteArray buffer;
    QStringList tail;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        buffer += process.readAll();
        flushLines(buffer, progress, tail, false);
        if (cancelled(progress)) {
            process.terminate();
            if (!process.waitForFinished(3000)) {
                process.kill();
                process.waitForFinished();
            }
            return fail(errc::cancelled,
                        QCoreApplication::translate("rd::publish", "Cancelled while running “%1”.")
                                .arg(command));
        }
    }
    buffer += process.readAll();
    flushLines(buffer, progress, tail, true);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString how = process.exitStatus() != QProcess::NormalExit
                                    ? QCoreApplication::translate("rd::publish", "crashed")
                                    : QCoreApplication::translate("rd::publish",
                                                                  "exited with code %1")
                                              .arg(process.exitCode());
        QString message = QCoreApplication::translate("rd::publish",
                                                      "The command “%1” %2. Fix it and run "
                                                      "again.")
                                  .arg(command, how);
        if (!tail.isEmpty())
            message += u'\n' + tail.join(u'\n');
        return fail(errc::commandFailed, message, directory);
    }
    return {};
}

} // namespace rd
