// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace rd::test {

// One run of a command-line program (the real releasedesk-cli), as a user or a CI job runs it.
struct CliRun
{
    int exitCode = -1; // -1: did not finish in two minutes; -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// Runs `program` to its end (two minutes at most), in `workingDirectory` when one is given,
// with `input` on its standard input (then closed).
CliRun runProgram(const QString &program,
                  const QStringList &arguments,
                  const QString &workingDirectory = {},
                  const QByteArray &input = {});

#ifdef RELEASEDESK_CLI
// The releasedesk-cli this test is built against (RELEASEDESK_CLI, set per test target).
inline CliRun runCli(const QStringList &arguments,
                     const QString &workingDirectory = {},
                     const QByteArray &input = {})
{
    return runProgram(QStringLiteral(RELEASEDESK_CLI), arguments, workingDirectory, input);
}

// The same, on the repository at `repository`: `releasedesk-cli ARGUMENTS... --repo REPOSITORY`.
inline CliRun runCliOn(const QString &repository, QStringList arguments)
{
    arguments << QStringLiteral("--repo") << repository;
    return runCli(arguments);
}
#endif

} // namespace rd::test
