// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/analyzedcommit.h"

#include <QList>

namespace git {
class CommitStore;
struct RawCommit;
} // namespace git

namespace rd {

// Decodes, parses and classifies commits given newest first (as ranges come), as one range: a
// commit and its revert within the list cancel out (CommitClassifier::classifyRange). The
// result is in the same order.
QList<AnalyzedCommit> analyzeCommits(const QList<git::RawCommit> &commits,
                                     const CommitClassifier &classifier);
QList<AnalyzedCommit> analyzeCommits(const git::CommitStore &store,
                                     const QList<qsizetype> &nodes,
                                     const CommitClassifier &classifier);

} // namespace rd
