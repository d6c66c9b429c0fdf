// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd::test {

// Runs a real client (npm, pip, skopeo, python3...) in `workDir` and waits up to three minutes.
// Its standard output; a null array when it cannot start, times out or exits non-zero (then its
// error output is printed, unless `quiet`: a failure that is an answer, such as skopeo inspect
// of a tag that is not there).
QByteArray programOutput(const QString &program,
                         const QStringList &arguments,
                         const QString &workDir = {},
                         bool quiet = false);

} // namespace rd::test
