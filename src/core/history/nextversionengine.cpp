// SPDX-License-Identifier: GPL-3.0-or-later
#include "nextversionengine.h"

#include "git/repository.h"
#include "git/commitgraph.h"
#include "history/tagindex.h"

namespace rd {

std::optional<Version> NextVersionReport::currentVersion() const
{
    if (lastPreRelease)
        return lastPreRelease->version;
    if (lastRelease)
        return lastRelease->version;
    return std::nullopt;
}

namespace {

// The highest final release reachable from `head`, then the highest pre-release above it.
Status findLastReleases(git::CommitGraph &graph,
                        const git::Oid &head,
                        const TagIndex &tags,
                        NextVersionReport &report)
{
    for (const ReleaseTag &tag : tags.releases()) { // highest first
        if (report.lastRelease && tag.version <= report.lastRelease->version)
            break;
        if (!tag.version.isPreRelease() && report.lastRelease)
            continue;
        if (tag.version.isPreRelease() && report.lastPreRelease)
            continue;
        auto reachable = graph.isAncestor(tag.commit, head);
        if (!reachable)
            return std::unexpected(reachable.error());
        if (!*reachable)
            continue;
        if (tag.version.isPreRelease())
            report.lastPreRelease = tag;
        else
            report.lastRelease = tag;
    }
    // A pre-release below the last final release is history, not the current state.
    if (report.lastPreRelease && report.lastRelease
        && report.lastPreRelease->version < report.lastRelease->version)
        report.lastPreRelease.reset();
    return {};
}

} // namespace

Result<NextVersionReport> analyzeNextVersion(const git::Repository &repository,
                                             const ProjectSettings &settings,
                                             const NextVersionOptions &options,
                                             Progress *progress)
{
    const QString where = repository.workdir().isEmpty() ? repository.gitDir()
                                                         : repository.workdir();
    if (repository.isEmpty())
        return fail(errc::noCommits,
                    QStringLiteral("The repository has no commits yet, so there is nothing to "
                                   "release. Make a first commit, then try again."),
                    where);
    auto head = repository.headId();
    if (!head)
        return std::unexpected(head.error());

    NextVersionReport report;
    report.head = *head;
    report.branch = repository.currentBranch();
    report.shallow = repository.isShallow();
    for (const Error &warning : settings.config.warnings())
        report.warnings.append(warning.toString());
    if (repository.isHeadDetached())
        report.warnings.append(
                QStringLiteral("HEAD is detached at %1: versions are computed for that commit. "
                               "Check out a branch to make a release.")
                        .arg(report.head.toShortString()));

    if (progress)
        progress->report(0, 0, QStringLiteral("Reading tags"));
    auto tags = TagIndex::scan(repository, settings.tagPattern);
    if (!tags)
        return std::unexpected(tags.error());
    report.skippedTags = tags->skipped();
    git::CommitGraph graph(repository);
    if (auto found = findLastReleases(graph, report.head, *tags, report); !found)
        return std::unexpected(found.error());

    if (report.shallow) {
        if (!report.lastRelease && !report.lastPreRelease)
            return fail(errc::shallow,
                        QStringLiteral("This is a shallow clone and no release tag matching "
                                       "\"%1\" is within its history, so the current version "
                                       "cannot be known. Fetch the full history (git fetch "
                                       "--unshallow, or fetch-depth: 0 in CI) and try again.")
                                .arg(settings.tagPattern.pattern()),
                        where);
        report.warnings.append(QStringLiteral(
                "This is a shallow clone: commits before the shallow boundary are not read."));
    }

    if (progress)
        progress->report(0, 0, QStringLiteral("Reading commits"));
    QList<git::Oid> hidden;
    if (report.lastRelease)
        hidden.append(report.lastRelease->commit);
    auto range = graph.range({report.head}, hidden, progress);
    if (!range)
        return std::unexpected(range.error());

    QList<ConventionalCommit> parsed;
    QList<QString> ids;
    QList<int> parentCounts;
    report.commits.reserve(range->size());
    for (const git::Oid &id : *range) {
        if (cancelled(progress))
            return fail(rd::errc::cancelled, QStringLiteral("Cancelled."));
        auto commit = repository.lookupCommit(id);
        if (!commit)
            return std::unexpected(commit.error());
        AnalyzedCommit analyzed;
        analyzed.id = id;
        analyzed.message = commit->message();
        analyzed.author = commit->author();
        analyzed.time = commit->time();
        analyzed.parentCount = commit->parentCount();
        analyzed.parsed = parseCommitMessage(analyzed.message);
        parsed.append(analyzed.parsed);
        ids.append(id.toString());
        parentCounts.append(analyzed.parentCount);
        report.commits.append(std::move(analyzed));
        if (progress && report.commits.size() % 512 == 0)
            progress->report(report.commits.size(), range->size(),
                             QStringLiteral("Reading commits"));
    }

    const CommitClassifier classifier(settings.commitRules);
    const QList<Classification> verdicts = classifier.classifyRange(parsed, ids, parentCounts);
    for (qsizetype i = 0; i < report.commits.size(); ++i) {
        report.commits[i].classification = verdicts.at(i);
        report.level = std::max(report.level, verdicts.at(i).level);
    }
    if (report.level != BumpLevel::None) {
        for (qsizetype i = 0; i < report.commits.size(); ++i) {
            if (report.commits.at(i).classification.level == report.level)
                report.deciding.append(i);
        }
    }

    NextVersionRequest request;
    if (report.lastRelease)
        request.lastRelease = report.lastRelease->version;
    if (report.lastPreRelease)
        request.lastPreRelease = report.lastPreRelease->version;
    request.level = report.level;
    request.channel = options.channel;
    request.initialVersion = settings.initialVersion;
    request.zeroMajor = settings.zeroMajor;
    auto next = computeNextVersion(request);
    if (next)
        report.next = *next;
    else
        report.nextError = next.error();
    return report;
}

} // namespace rd
