// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace rd::test {

// One commit of a git fast-import stream (tests/fixtures/histories/*.fi).
struct HistoryCommit
{
    QString originalId;  // the exported repository's commit id ("original-oid")
    QString message;     // decoded as UTF-8; undecodable bytes become U+FFFD
    int parentCount = 0; // "from" plus "merge" lines
};

// Reads the commits of a fast-import stream in stream order (oldest first), without git: the
// `data <n>` blocks hold exactly n bytes, so messages are taken verbatim. Tags' messages are
// skipped. Returns an empty list and prints why when the file cannot be read or is malformed.
QList<HistoryCommit> readFastImportCommits(const QString &path);

} // namespace rd::test
