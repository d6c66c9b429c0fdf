// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitanalysis.h"

#include "git/commitstore.h"

namespace rd {

QList<AnalyzedCommit> analyzeCommits(const git::CommitStore &store,
                                     const QList<qsizetype> &nodes,
                                     const CommitClassifier &classifier)
{
    QList<AnalyzedCommit> commits;
    commits.reserve(nodes.size());
    QList<ConventionalCommit> parsed;
    parsed.reserve(nodes.size());
    QList<QString> ids;
    ids.reserve(nodes.size());
    QList<int> parentCounts;
    parentCounts.reserve(nodes.size());
    for (qsizetype node : nodes) {
        AnalyzedCommit commit;
        commit.id = store.id(node);
        commit.message = store.message(node);
        commit.author = store.author(node);
        commit.time = store.dateTime(node);
        commit.parentCount = store.parentCount(node);
        commit.parsed = parseCommitMessage(commit.message);
        parsed.append(commit.parsed);
        ids.append(commit.id.toString());
        parentCounts.append(commit.parentCount);
        commits.append(std::move(commit));
    }
    const QList<Classification> verdicts = classifier.classifyRange(parsed, ids, parentCounts);
    for (qsizetype i = 0; i < commits.size(); ++i)
        commits[i].classification = verdicts.at(i);
    return commits;
}

} // namespace rd
