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

// Runs `program` to its end (two minutes at most), in `workingDirectory` when one is given.
CliRun runProgram(const QString &program,
                  const QStringList &arguments,
                  const QString &workingDirectory = {});

} // namespace rd::test
