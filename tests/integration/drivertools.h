// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scratchrepository.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace rd::test {

// Runs the releasedriver (its path comes from RELEASEDESK_DRIVER) and waits for it.
struct DriverRun
{
    bool crashed = false;
    int exitCode = -1;
    QString output; // stderr
};

inline DriverRun runDriver(const QStringList &arguments,
                           const QProcessEnvironment &extra = QProcessEnvironment())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("RELEASEDESK_DRIVER"), arguments);
    DriverRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("driver timed out");
        run.crashed = true;
        return run;
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A scratch repository with one feature commit and its own user identity (the tests' HOME is a
// scratch folder, so the release tag's identity comes from the repository); its path.
inline QString releaseRepository(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: the first feature"),
                   {{QStringLiteral("README.md"), QByteArray("scratch\n")}});
    QFile config(scratch.path() + QStringLiteral("/.git/config"));
    if (config.open(QIODevice::Append))
        config.write("[user]\n\tname = Release Test\n\temail = release@example.com\n");
    return scratch.path();
}

} // namespace rd::test
