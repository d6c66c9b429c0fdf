// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitanalysis.h"

#include "git/commitstore.h"

namespace rd {

namespace {

bool mayRevert(const ConventionalCommit &commit)
{
    return commit.form == CommitForm::Revert
           || (commit.form == CommitForm::Conventional
               && commit.type.compare(u"revert", Qt::CaseInsensitive) == 0);
}

} // namespace

QList<AnalyzedCommit> analyzeCommits(const QList<git::RawCommit> &commits,
                                     const CommitClassifier &classifier)
{
    QList<ConventionalCommit> parsed;
    parsed.reserve(commits.size());
    QList<QString> messages;
    messages.reserve(commits.size());
    QList<int> parentCounts;
    parentCounts.reserve(commits.size());
    bool reverts = false;
    for (const git::RawCommit &raw : commits) {
        messages.append(git::decodeMessage(raw));
        parsed.append(parseCommitMessage(messages.last()));
        reverts = reverts || mayRevert(parsed.last());
        parentCounts.append(raw.parentCount);
    }
    // Ids only matter to match a revert with the commit it names; most ranges have none.
    QList<QString> ids;
    if (reverts) {
        ids.reserve(commits.size());
        for (const git::RawCommit &raw : commits)
            ids.append(raw.id.toString());
    }
    QList<Classification> verdicts = classifier.classifyRange(parsed, ids, parentCounts);

    QList<AnalyzedCommit> result;
    result.reserve(commits.size());
    for (qsizetype i = 0; i < commits.size(); ++i) {
        const git::RawCommit &raw = commits.at(i);
        AnalyzedCommit commit;
        commit.id = raw.id;
        commit.message = std::move(messages[i]);
        commit.author = git::decodeAuthor(raw.author);
        commit.time = QDateTime::fromSecsSinceEpoch(raw.time,
                                                    Qt::OffsetFromUTC,
                                                    raw.timeOffset * 60);
        commit.parentCount = raw.parentCount;
        commit.parsed = std::move(parsed[i]);
        commit.classification = std::move(verdicts[i]);
        result.append(std::move(commit));
    }
    return result;
}

QList<AnalyzedCommit> analyzeCommits(const git::CommitStore &store,
                                     const QList<qsizetype> &nodes,
                                     const CommitClassifier &classifier)
{
    QList<git::RawCommit> commits;
    commits.reserve(nodes.size());
    for (qsizetype node : nodes)
        commits.append(store.raw(node));
    return analyzeCommits(commits, classifier);
}

} // namespace rd
