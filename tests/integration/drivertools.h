// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scratchrepository.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QThread>

#include <functional>

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

// Starts the releasedriver with `arguments`, waits (up to a minute) until `reached` says the
// moment came (a request hangs on a test server...), then kills it. Empty when it was killed
// there; else what went wrong, with the driver's stderr.
inline QString killDriverWhen(const QStringList &arguments, const std::function<bool()> &reached)
{
    QProcess driver;
    driver.start(qEnvironmentVariable("RELEASEDESK_DRIVER"), arguments);
    if (!driver.waitForStarted())
        return QStringLiteral("the driver did not start");
    QDeadlineTimer deadline(60000);
    bool there = false;
    while (!there && !deadline.hasExpired() && driver.state() == QProcess::Running) {
        QThread::msleep(100);
        there = reached();
    }
    driver.kill();
    driver.waitForFinished();
    return there ? QString()
                 : QStringLiteral("the driver never got there: ")
                           + QString::fromUtf8(driver.readAllStandardError());
}

// The two files the forge release tests attach: app-1.0.0.tar.gz, binary with every byte value,
// and SHA256SUMS, written into `dir`. Empty paths when they cannot be written.
struct ReleaseAssets
{
    QStringList paths;
    QList<QByteArray> contents;
};

inline ReleaseAssets writeReleaseAssets(const QString &dir)
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char(i % 256));
    ReleaseAssets assets{{dir + QStringLiteral("/app-1.0.0.tar.gz"),
                          dir + QStringLiteral("/SHA256SUMS")},
                         {binary, QByteArray("sha256sums for the test\n")}};
    for (qsizetype i = 0; i < assets.paths.size(); ++i) {
        QFile file(assets.paths[i]);
        if (!file.open(QIODevice::WriteOnly) || file.write(assets.contents[i]) < 0)
            return {};
    }
    return assets;
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
