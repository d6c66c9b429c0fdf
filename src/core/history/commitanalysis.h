// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/analyzedcommit.h"

#include <QList>

namespace git {
class CommitStore;
}

namespace rd {

// Decodes, parses and classifies commits of a store given newest first (as ranges come), as
// one range: a commit and its revert within the list cancel out (CommitClassifier::
// classifyRange). The result is in the same order.
QList<AnalyzedCommit> analyzeCommits(const git::CommitStore &store,
                                     const QList<qsizetype> &nodes,
                                     const CommitClassifier &classifier);

} // namespace rd
