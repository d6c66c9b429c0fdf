// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/journal.h"
#include "release/preflightcheck.h"
#include "releasedraft/prebuild.h"
#include "sources/versionplan.h"
#include "util/error.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace rd {
class Progress;
class ReleaseDraft;
namespace errc {
// The release was made; its build or publish plan failed before any publish step ran.
inline constexpr QStringView publishNotStarted = u"publish.not-started";
// The release was made; a publish step stopped (resume finishes the publishing).
inline constexpr QStringView publishStopped = u"publish.stopped";
} // namespace errc
class CredentialPrompt;
} // namespace rd

namespace rd::gui {

// What the review page shows: the pre-flight for the chosen version, every file edit, and the
// plan exactly as the runner will execute it.
struct ReleaseReview
{
    QList<CheckResult> checks; // fixes are applied through ReleaseSession::applyFix
    bool allowed = false;
    QList<FileEdit> edits;
    QString planText; // ReleasePlan::dryRunText()
    // What is published after the tag (PublishPlanner::outline); empty: nothing.
    QString publishOutline;
    QJsonObject plan; // ReleasePlan::toJson()
    QString remote;   // where it pushes; empty: no push
    QString tag;
    bool publishes = false;  // .releasedesk.yml publishes: the artifacts can be built first
    bool buildFirst = false; // publish: build_first: the review builds them at once
    // The artifacts built before the tag for exactly this plan, when they were (and are
    // unchanged): the release publishes these files instead of building after the tag.
    std::optional<Prebuilt> prebuilt;
    Error error; // set when no plan could be made
    bool hasError = false;
};

// One release, worked on a thread of its own: the project, the draft, the pre-flight and the
// runner all live there (git is used from one thread at a time), so the window never waits on
// git or the network. Every call returns at once; its result comes as a signal.
class ReleaseSession : public QObject
{
    Q_OBJECT

public:
    explicit ReleaseSession(QObject *parent = nullptr);
    ~ReleaseSession() override; // stops a running step at a safe point and waits for it

    // Asks for credentials the keychain and git's helpers do not have; may be null.
    void setCredentialPrompt(CredentialPrompt *prompt);

    // Opens the project and reads what the release starts from (emits prepared or failed).
    void prepare(const QString &path, const QString &package = {});
    // After prepared(): the draft, for its pure functions only (resolve, notes, tagName, the
    // reports); nothing on it may be called while the session is busy.
    const ReleaseDraft *draft() const;
    // Where the release pushes by the settings and the branch's upstream (read with the draft,
    // on the session's thread); empty when there is no remote.
    const QString &pushRemote() const { return m_pushRemote; }

    void runPreflight(const Version &version); // emits preflightFinished
    void applyFix(int index);                  // a fix of the last checks; then runs them again
    void review(const Version &version, const QString &notes, bool changelog, bool push);
    // Builds the artifacts of the plan last reviewed before anything is made (Prebuild), the
    // output to logged(); emits prebuilt or prebuildFailed.
    void prebuild();
    // Stops the build prebuild() asked for, running or still waiting its turn.
    void cancelPrebuild();
    // Runs the plan last reviewed, then (when .releasedesk.yml publishes) the build and the
    // publish steps, shown as further steps of the same run. Artifacts built for that plan by
    // prebuild() are published as they are, not built again.
    void execute();
    // The release a run left unfinished (emits unfinishedFound with the journal, or nothing).
    void findUnfinished(const QString &path);
    void resume();
    void abort(bool confirmRemote);
    // Asks the running work to stop at the next safe point (thread-safe).
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void prepared();
    void preflightFinished(const QList<rd::CheckResult> &checks, bool allowed);
    void reviewed(const rd::gui::ReleaseReview &review);
    void prebuilt(const rd::Prebuilt &prebuilt);
    void prebuildFailed(const rd::Error &error);
    // The steps of the plan being run (titles), then each state change.
    void runStarted(const QStringList &steps);
    void stepChanged(int index, rd::Journal::StepState state);
    void logged(const QString &line);
    void progressed(qint64 done, qint64 total, const QString &what);
    // A run, resume or abort ended; `error` empty on success. A release that was made but
    // whose publishing could not start ends with error code publish.not-started.
    void runFinished(bool ok, const rd::Error &error);
    // What the registries were verified to have, one line per publish step, after a run.
    void publishVerified(const QStringList &lines);
    void unfinishedFound(const rd::Journal &journal);
    void failed(const rd::Error &error);
    void busyChanged(bool busy);

private:
    struct State;
    class SessionProgress;
    // Runs `work` on the session's thread, busy meanwhile.
    template<typename Work>
    void post(Work work);
    void setBusy(bool busy);
    // After the release: build, plan and run its publish steps (on the session's thread).
    Status publish(State &state, const QStringList &releaseTitles, Progress *progress);

    QThread m_thread;
    QObject *m_worker; // lives on m_thread: the context of posted work
    std::shared_ptr<State> m_state;
    QString m_pushRemote;
    bool m_busy = false;
};

// The titles of a plan's steps (ReleasePlan::toJson(), as a journal keeps it), in order.
QStringList planStepTitles(const QJsonObject &plan);

} // namespace rd::gui
