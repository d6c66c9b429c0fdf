// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rd {

struct StepContext;

// One typed step of a ReleasePlan: write a file, commit, tag, push, and later CI and publish
// steps. A step carries everything it needs in its data (toJson()), so a plan read back from
// the journal after a crash is the very plan that was reviewed. Steps are run by the
// ReleaseRunner: checkDone() before execute() makes every step safe to run again.
class ReleaseStep
{
public:
    virtual ~ReleaseStep() = default;

    // Stable name of the step's type ("write-file"), the key for StepFactory.
    virtual QString kind() const = 0;
    // Unique within a plan ("write-file:CHANGELOG.md", "commit", "tag", "push"); later steps
    // find earlier steps' results by it.
    virtual QString id() const = 0;
    // One line for a step list ("Update CHANGELOG.md").
    virtual QString title() const = 0;
    // Everything the review page and the dry-run show: the diff, the message, the refs.
    virtual QString details() const = 0;
    // The step's data, complete enough to rebuild it (StepFactory) and compare plans.
    virtual QJsonObject toJson() const = 0;
    // True for steps that change something outside this clone (push, publish): abort leaves
    // their effects alone unless the user confirms.
    virtual bool changesRemote() const { return false; }

    // nullopt when the step has not happened yet; otherwise the result it would have recorded
    // (the commit id, the tag object...). An error when the repository is in a state the step
    // cannot explain (the file was edited, the tag points elsewhere): resuming must stop.
    virtual Result<std::optional<QJsonObject>> checkDone(StepContext &context) const = 0;
    // Does the step; returns its result for the journal.
    virtual Result<QJsonObject> execute(StepContext &context) = 0;
    // Reverts what the step did in this clone, given its recorded result (empty when the step
    // was interrupted before recording one). Must be safe when the step never took effect.
    virtual Status undoLocal(StepContext &context, const QJsonObject &result) = 0;
    // What of this step is visible on a remote now (refs), for abort to tell the user.
    virtual Result<QStringList> remoteEffects(StepContext &, const QJsonObject &) const
    {
        return QStringList();
    }
    // Reverts the step's effect on the remote; only called after the user confirmed.
    virtual Status undoRemote(StepContext &, const QJsonObject &) { return {}; }

    // {"id", "kind", "title", "data"}: the machine form of describe for dry-run and journal.
    QJsonObject describe() const;
};

namespace errc {
inline constexpr QStringView fileChanged = u"release.file-changed";
inline constexpr QStringView branchMoved = u"release.branch-moved";
inline constexpr QStringView tagExists = u"release.tag-exists";
inline constexpr QStringView remoteChanged = u"release.remote-changed";
inline constexpr QStringView badPlan = u"release.bad-plan";
} // namespace errc

} // namespace rd
