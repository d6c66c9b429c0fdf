// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "forge/pipelinerun.h"
#include "util/error.h"

#include <QDateTime>

namespace rd::store {

class Store;

// What the store knows of a run before a poll: nothing (new), or its state then.
struct RunRecord
{
    bool isNew = true;
    RunState previous = RunState::Queued;
    bool changed = true; // the poll saw another state than the one recorded
};

struct StateChange
{
    QString project;
    qint64 runId = 0;
    QString workflow;
    QString ref;
    std::optional<RunState> from; // nullopt: first seen
    RunState to = RunState::Queued;
    QDateTime at;
};

// A repository the store knows (a watch or a release saw it).
struct KnownRepository
{
    qint64 id = 0;
    ForgeLocation location;
    bool pinned = false;
    // As of the last time the repository was opened in ReleaseDesk (noteOpened); empty, and
    // invalid, when it never was.
    QString defaultBranch;
    QString latestTag;
    QDateTime openedAt;
};

// What opening a repository tells the store about it.
struct OpenedRepository
{
    QString defaultBranch; // the remote's default branch, else the branch checked out
    QString latestTag;     // the latest release's tag; empty before the first release
};

struct ReleaseRecord
{
    QString tag;
    QString sha;
    QDateTime madeAt;
};

// The watched repositories and what happened to their runs: runs and jobs as last seen, every
// state change with its time, and the releases made from ReleaseDesk. Usable from any thread
// (each uses its own connection of the store).
class RunHistory
{
public:
    explicit RunHistory(const Store &store)
        : m_store(store)
    {}

    // The repository's row, added when new (pinned: watched until unpinned).
    Result<qint64> repositoryId(const ForgeLocation &location) const;
    // Every repository the store knows, in the order they were added.
    Result<QList<KnownRepository>> repositories() const;
    Result<QList<ForgeLocation>> pinnedRepositories() const;
    // The repository's row when the store knows it (nothing is added).
    Result<std::optional<qint64>> findRepository(const ForgeLocation &location) const;
    Status setPinned(const ForgeLocation &location, bool pinned) const;
    // Remembers that the repository at `location` was opened at `at`, with its default branch
    // (an empty one keeps what was known) and latest release tag. A repository new to the store
    // is added unpinned. True when that changed what a watch follows: a new repository, another
    // default branch or latest tag.
    Result<bool> noteOpened(const ForgeLocation &location,
                            const OpenedRepository &opened,
                            const QDateTime &at) const;

    // Records what a poll saw of `run` at `at`, and a state change when its state differs from
    // the recorded one. Atomic across threads and processes: of two watchers seeing the same
    // change, one gets changed == true.
    Result<RunRecord> recordRun(qint64 repository,
                                const PipelineRun &run,
                                const QDateTime &at) const;
    Status recordJobs(qint64 repository, const PipelineRun &run) const;
    // The runs recorded for a repository's ref or commit (as last seen), newest first.
    Result<QList<PipelineRun>> runs(qint64 repository, const QString &refOrSha) const;
    // The newest `limit` runs recorded for a repository, of every ref, with their jobs, newest
    // first (pipeline health from what the watches saw).
    Result<QList<PipelineRun>> recentRuns(qint64 repository, int limit) const;
    // The outcome of the newest finished run of the same workflow and ref before `run` (for
    // "fixed" and "still failing"); nullopt when there is none.
    Result<std::optional<RunState>> previousOutcome(qint64 repository,
                                                    const PipelineRun &run) const;
    // The latest state changes of all repositories, newest first (the Activity list).
    Result<QList<StateChange>> recentChanges(int limit) const;

    // A release made from ReleaseDesk; it pins its repository (its pipelines are watched).
    Status recordRelease(qint64 repository, const ReleaseRecord &release) const;
    Result<QList<ReleaseRecord>> releases(qint64 repository) const;

private:
    const Store &m_store;
};

// "success" → RunState::Success; unknown names are nullopt.
std::optional<RunState> runStateFromName(QStringView name);

} // namespace rd::store
