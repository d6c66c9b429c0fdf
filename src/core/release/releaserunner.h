// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/journal.h"
#include "release/releaseplan.h"
#include "util/progress.h"

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace git {
class Repository;
}

namespace rd {

class RemoteAccess;
class Signer;
class ReleaseStep;

// Executes a ReleasePlan step by step with a journal (see Journal), so that a release stopped
// at any point — an error, a cancel, a crash — can be resumed, finishing it exactly once, or
// aborted, undoing what it did in this clone. Remote changes are only undone on explicit
// confirmation. One runner per repository at a time (a lock file in .git/releasedesk).
class ReleaseRunner
{
public:
    struct Services
    {
        RemoteAccess *remotes = nullptr; // needed by push steps
        Signer *signer = nullptr;        // needed by signed commits and tags
    };
    // Told when a step starts, finishes, fails or is undone (on the runner's thread).
    using Observer = std::function<
            void(qsizetype index, const ReleaseStep &step, Journal::StepState state)>;

    ReleaseRunner(git::Repository &repository, Services services);

    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // The journal of a release that was stopped before it finished, if any.
    static Result<std::optional<Journal>> unfinished(const git::Repository &repository);

    // Runs a new release. Error release.in-progress when an unfinished one exists.
    Status run(const ReleasePlan &plan, Progress *progress = nullptr);
    // Finishes the unfinished release: steps already done are skipped, the step that was under
    // way is checked (checkDone) before it is run again.
    Status resume(Progress *progress = nullptr);
    // Undoes the unfinished release in this clone, last step first. When something already
    // reached a remote, fails (release.remote-confirm) unless `confirmRemote`, which undoes it
    // there too.
    Status abort(bool confirmRemote, Progress *progress = nullptr);

    const Journal &journal() const { return m_journal; }

private:
    Status lock();
    Status loadUnfinished();
    Status execute(Progress *progress);
    Status save();
    void notify(qsizetype index, Journal::StepState state);

    git::Repository &m_repository;
    Services m_services;
    Observer m_observer;
    Journal m_journal;
    ReleasePlan m_plan;
    std::shared_ptr<QLockFile> m_lock;
};

namespace errc {
inline constexpr QStringView inProgress = u"release.in-progress";
inline constexpr QStringView nothingToResume = u"release.nothing-to-resume";
inline constexpr QStringView remoteConfirm = u"release.remote-confirm";
inline constexpr QStringView locked = u"release.locked";
} // namespace errc

} // namespace rd
