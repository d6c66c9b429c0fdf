// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

namespace rd {

class Progress;

// Runs one configured command line through /bin/sh in `directory` (a build command, a publish
// command), each line of its output going to progress->log as it comes. Cancelling stops it
// (SIGTERM, then SIGKILL). Errors name the command: it cannot start, it is cancelled
// (errc::cancelled), or it exits non-zero (errc::commandFailed, with its last output lines).
Status runShellCommand(const QString &command, const QString &directory, Progress *progress);

// The command with {version}, {tag}, {major}, {minor} and {patch} replaced.
QString expandPlaceholders(QString text, const QString &version, const QString &tag);

namespace errc {
inline constexpr QStringView commandFailed = u"publish.command-failed";
}

} // namespace rd
