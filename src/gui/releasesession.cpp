// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasesession.h"

#include "project/project.h"
#include "publish/publishplanner.h"
#include "release/preflight.h"
#include "release/releaserunner.h"
#include "release/remoteaccess.h"
#include "releasedraft/publishdraft.h"
#include "releasedraft/releasedraft.h"
#include "signing/gpgmesigner.h"

#include <QJsonArray>
#include <QMutex>

#include <atomic>
#include <deque>
#include <functional>

namespace rd::gui {

// Reports to the session on its thread; cancel() comes from the GUI thread.
class ReleaseSession::SessionProgress : public Progress
{
public:
    explicit SessionProgress(ReleaseSession *session)
        : m_session(session)
    {}
    void report(qint64 done, qint64 total, const QString &what) override
    {
        QMetaObject::invokeMethod(
                m_session,
                [session = m_session, done, total, what] {
                    Q_EMIT session->progressed(done, total, what);
                },
                Qt::QueuedConnection);
    }
    void log(const QString &line) override
    {
        QMetaObject::invokeMethod(
                m_session,
                [session = m_session, line] { Q_EMIT session->logged(line); },
                Qt::QueuedConnection);
    }

private:
    ReleaseSession *m_session;
};

// Everything below is used on the session's thread only (the mutex guards `progress`, which
// cancel() reaches from the GUI thread).
struct ReleaseSession::State
{
    std::optional<Project> project;
    std::optional<ReleaseDraft> draft;
    std::unique_ptr<VersionSourceProbe> probe;
    std::unique_ptr<PreflightContext> context;
    Preflight preflight = ReleaseDraft::preflight();
    QList<CheckResult> checks;
    std::unique_ptr<RemoteAccess> remotes;
    GpgmeSigner signer;
    std::optional<ReleasePlan> plan;
    PublishSettings publishing;       // as the last review read them
    std::optional<Prebuilt> prebuilt; // built before the tag for the reviewed plan
    QString reviewedNotes;
    CredentialPrompt *prompt = nullptr;

    QMutex mutex;
    std::shared_ptr<SessionProgress> progress;
    // The session thread's work: posted in order, one at a time (see post()).
    std::deque<std::function<void(State &)>> pending;
    bool working = false;
    std::atomic_bool stopping = false; // set by the destructor on the GUI thread
    std::atomic_bool prebuildCancelled = false;

    SessionProgress *startProgress(ReleaseSession *session)
    {
        QMutexLocker lock(&mutex);
        progress = std::make_shared<SessionProgress>(session);
        return progress.get();
    }
    RemoteAccess &remoteAccess()
    {
        if (!remotes)
            remotes = std::make_unique<RemoteAccess>(prompt);
        return *remotes;
    }
    Status openProject(const QString &path)
    {
        if (project && (path.isEmpty() || project->root() == path))
            return {};
        auto opened = Project::open(path);
        if (!opened)
            return std::unexpected(opened.error());
        draft.reset();
        project.emplace(std::move(*opened));
        return {};
    }
    QList<CheckResult> runChecks(const Version &version, Progress *progress)
    {
        probe = draft->makeProbe();
        context = std::make_unique<PreflightContext>(project->repository());
        draft->fillPreflight(*context, version, probe.get());
        context->remotes = &remoteAccess();
        preflight = ReleaseDraft::preflight();
        checks = preflight.run(*context, progress);
        return checks;
    }
};

QStringList planStepTitles(const QJsonObject &plan)
{
    QStringList titles;
    const QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &step : steps)
        titles.append(step.toObject().value(QLatin1String("title")).toString());
    return titles;
}

ReleaseSession::ReleaseSession(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_state(std::make_shared<State>())
{
    m_thread.setObjectName(QStringLiteral("release"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ReleaseSession::~ReleaseSession()
{
    m_state->stopping = true;
    cancel();
    // The state is released on the session's thread: the repository was used there.
    QMetaObject::invokeMethod(m_worker, [state = std::move(m_state)]() mutable { state.reset(); });
    m_thread.quit();
    m_thread.wait();
}

void ReleaseSession::setCredentialPrompt(CredentialPrompt *prompt)
{
    post([prompt](State &state) {
        state.prompt = prompt;
        state.remotes.reset();
    });
}

template<typename Work>
void ReleaseSession::post(Work work)
{
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [this, state = m_state, work = std::move(work)]() mutable {
        // Work that waits on the network runs a nested event loop on this thread, which
        // delivers the next posted work too: that one waits its turn, or it would replace the
        // state (the checks, the plan) the first is still using.
        state->pending.push_back(std::move(work));
        if (state->working)
            return;
        state->working = true;
        while (!state->pending.empty()) {
            if (state->stopping) { // the session is going: what waits is not started
                state->pending.clear();
                break;
            }
            std::function<void(State &)> next = std::move(state->pending.front());
            state->pending.pop_front();
            next(*state);
        }
        state->working = false;
        // Queued after every result the work posted, so busy ends after they arrive.
        QMetaObject::invokeMethod(
                this, [this] { setBusy(false); }, Qt::QueuedConnection);
    });
}

void ReleaseSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

const ReleaseDraft *ReleaseSession::draft() const
{
    return m_state && m_state->draft ? &*m_state->draft : nullptr;
}

void ReleaseSession::cancelPrebuild()
{
    // A build still waiting behind a review does not start; a running one stops.
    m_state->prebuildCancelled = true;
    cancel();
}

void ReleaseSession::cancel()
{
    QMutexLocker lock(&m_state->mutex);
    if (m_state->progress)
        m_state->progress->cancel();
}

void ReleaseSession::prepare(const QString &path, const QString &package)
{
    post([this, path, package](State &state) {
        Progress *progress = state.startProgress(this);
        state.draft.reset();
        state.project.reset();
        Status opened = state.openProject(path);
        QString remote;
        if (opened) {
            DraftOptions options;
            options.package = package;
            auto draft = ReleaseDraft::prepare(*state.project, options, progress);
            if (draft) {
                state.draft.emplace(std::move(*draft));
                remote = ReleasePlanner::pushRemote(state.project->repository(),
                                                    state.draft->releaseSettings(),
                                                    {});
            } else {
                opened = std::unexpected(draft.error());
            }
        }
        QMetaObject::invokeMethod(
                this,
                [this, opened, remote] {
                    m_pushRemote = remote;
                    if (opened)
                        Q_EMIT prepared();
                    else
                        Q_EMIT failed(opened.error());
                },
                Qt::QueuedConnection);
    });
}

void ReleaseSession::runPreflight(const Version &version)
{
    post([this, version](State &state) {
        if (!state.draft)
            return;
        Progress *progress = state.startProgress(this);
        QList<CheckResult> checks = state.runChecks(version, progress);
        const bool allowed = Preflight::allowsRelease(checks);
        QMetaObject::invokeMethod(
                this,
                [this, checks, allowed] { Q_EMIT preflightFinished(checks, allowed); },
                Qt::QueuedConnection);
    });
}

void ReleaseSession::applyFix(int index)
{
    post([this, index](State &state) {
        if (!state.draft || !state.context || index < 0 || index >= state.checks.size()
            || !state.checks.at(index).fix)
            return;
        Progress *progress = state.startProgress(this);
        const Status fixed = state.checks.at(index).fix->apply(progress);
        if (!fixed)
            QMetaObject::invokeMethod(
                    this, [this, fixed] { Q_EMIT failed(fixed.error()); }, Qt::QueuedConnection);
        QList<CheckResult> checks = state.runChecks(state.context->version, progress);
        const bool allowed = Preflight::allowsRelease(checks);
        QMetaObject::invokeMethod(
                this,
                [this, checks, allowed] { Q_EMIT preflightFinished(checks, allowed); },
                Qt::QueuedConnection);
    });
}

void ReleaseSession::review(const Version &version, const QString &notes, bool changelog, bool push)
{
    post([this, version, notes, changelog, push](State &state) {
        if (!state.draft)
            return;
        Progress *progress = state.startProgress(this);
        state.draft->setWriteChangelog(changelog);
        state.draft->setPush(push);
        state.plan.reset();
        ReleaseReview review;
        review.checks = state.runChecks(version, progress);
        review.allowed = Preflight::allowsRelease(review.checks);
        review.remote = state.draft->pushRemote();
        review.tag = state.draft->tagName(version);
        auto edits = state.draft->edits(version, notes);
        auto choices = edits ? state.draft->choices(version, notes)
                             : Result<ReleaseChoices>(std::unexpected(edits.error()));
        auto plan = choices ? state.draft->plan(*choices)
                            : Result<ReleasePlan>(std::unexpected(choices.error()));
        auto publishing = PublishDraft::settings(*state.project);
        if (plan && !publishing)
            plan = std::unexpected(publishing.error());
        if (plan) {
            review.edits = *edits;
            review.planText = plan->dryRunText();
            review.plan = plan->toJson();
            review.publishOutline = PublishPlanner::outline(*publishing);
            review.publishes = !publishing->isEmpty();
            review.buildFirst = review.publishes && publishing->buildFirst;
            // Artifacts built for this very plan earlier (the user went back and forth).
            state.prebuilt.reset();
            auto found = review.publishes ? Prebuild::find(state.project->repository().gitDir(),
                                                           *plan,
                                                           *publishing)
                                          : Result<std::optional<Prebuilt>>();
            if (found && *found && Prebuild::verify(**found))
                state.prebuilt = **found;
            review.prebuilt = state.prebuilt;
            state.plan.emplace(std::move(*plan));
            state.publishing = *publishing;
            state.reviewedNotes = notes;
        } else {
            review.error = plan.error();
            review.hasError = true;
            review.allowed = false;
        }
        QMetaObject::invokeMethod(
                this, [this, review] { Q_EMIT reviewed(review); }, Qt::QueuedConnection);
    });
}

namespace {

// Runs one runner operation with its observer wired to the session's signals.
// `offset`: the index of the plan's first step among the steps shown (a publish plan's steps
// follow the release's).
template<typename Operation>
Status runWith(ReleaseSession *session,
               git::Repository &repository,
               ReleaseRunner::Services services,
               Operation operation,
               qsizetype offset = 0)
{
    ReleaseRunner runner(repository, services);
    runner.setObserver(
            [session, offset](qsizetype index, const ReleaseStep &, Journal::StepState state) {
                QMetaObject::invokeMethod(
                        session,
                        [session, index = index + offset, state] {
                            Q_EMIT session->stepChanged(int(index), state);
                        },
                        Qt::QueuedConnection);
            });
    return operation(runner);
}

// A publish plan's failure as publishStopped: the release itself is made. Cancelling stays.
Status asPublishStop(Status ran)
{
    if (ran || ran.error().is(errc::cancelled))
        return ran;
    Error error = ran.error();
    error.code = errc::publishStopped.toString();
    return std::unexpected(error);
}

// Whether a journal's plan only publishes (the release's own steps ran in an earlier plan).
bool isPublishPlan(const QJsonObject &plan)
{
    const QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &step : steps) {
        const QString kind = step.toObject().value(QLatin1String("kind")).toString();
        if (!kind.startsWith(QLatin1String("publish-")) && kind != u"command")
            return false;
    }
    return !steps.isEmpty();
}

// One line per publish step the journal shows verified ("✓ Publish @team/app 1.4.0 to npm").
QStringList verifiedLines(const Journal &journal)
{
    QStringList lines;
    const QStringList titles = planStepTitles(journal.plan);
    for (qsizetype i = 0; i < journal.steps.size() && i < titles.size(); ++i) {
        const Journal::Step &step = journal.steps.at(i);
        if (step.state == Journal::StepState::Done
            && step.result.value(QLatin1String("verified")).toBool())
            lines.append(QStringLiteral("✓ ") + titles.at(i));
    }
    return lines;
}

} // namespace

Status ReleaseSession::publish(State &state, const QStringList &releaseTitles, Progress *progress)
{
    const Version version = *Version::parse(state.plan->version);
    const QString tag = state.plan->tagName;
    const auto notStarted = [&](const Error &error) {
        return fail(errc::publishNotStarted,
                    tr("%1 is released, but publishing did not start: %2\nFix it, then "
                       "publish from the tag with `releasedesk-cli publish`.")
                            .arg(tag, error.toString()));
    };
    auto made = PublishDraft::madeRelease(*state.draft,
                                          version,
                                          tag,
                                          state.reviewedNotes,
                                          state.draft->pushRemote());
    if (!made)
        return notStarted(made.error());
    if (state.prebuilt
        && state.prebuilt->inputs == Prebuild::inputsOf(*state.plan, state.publishing)) {
        // Exactly the files the review showed: checked, not built again.
        if (Status same = Prebuild::verify(*state.prebuilt); !same)
            return notStarted(same.error());
        progress->log(tr("Publishing the %n artifacts built before the tag, as reviewed",
                         nullptr,
                         int(state.prebuilt->files.size())));
        made->root = state.prebuilt->filesRoot();
    } else if (Status built = PublishPlanner::build(state.publishing, *made, progress); !built) {
        return notStarted(built.error());
    }
    auto plan = PublishPlanner::plan(state.publishing, *made);
    if (!plan)
        return notStarted(plan.error());
    progress->log(plan->dryRunText());
    const QStringList titles = releaseTitles + planStepTitles(plan->toJson());
    const qsizetype offset = releaseTitles.size();
    QMetaObject::invokeMethod(
            this,
            [this, titles, offset] {
                Q_EMIT runStarted(titles);
                for (qsizetype i = 0; i < offset; ++i)
                    Q_EMIT stepChanged(int(i), Journal::StepState::Done);
            },
            Qt::QueuedConnection);
    QStringList verified;
    const Status published = runWith(
            this,
            state.project->repository(),
            {&state.remoteAccess(), &state.signer},
            [&](ReleaseRunner &runner) {
                const Status ran = runner.run(*plan, progress);
                verified = verifiedLines(runner.journal());
                return ran;
            },
            offset);
    QMetaObject::invokeMethod(
            this, [this, verified] { Q_EMIT publishVerified(verified); }, Qt::QueuedConnection);
    return asPublishStop(published);
}

void ReleaseSession::prebuild()
{
    m_state->prebuildCancelled = false;
    post([this](State &state) {
        Result<Prebuilt> built = fail(errc::cannotPlan, tr("There is no reviewed plan to build."));
        if (state.prebuildCancelled) // cancelled while it waited behind other work
            built = fail(errc::cancelled, tr("The build was cancelled before it started."));
        else if (state.plan && state.draft)
            built = Prebuild::build(*state.draft,
                                    *state.plan,
                                    state.publishing,
                                    state.reviewedNotes,
                                    state.startProgress(this));
        if (built)
            state.prebuilt = *built;
        else
            state.prebuilt.reset();
        QMetaObject::invokeMethod(
                this,
                [this, built] {
                    if (built)
                        Q_EMIT prebuilt(*built);
                    else
                        Q_EMIT prebuildFailed(built.error());
                },
                Qt::QueuedConnection);
    });
}

void ReleaseSession::execute()
{
    post([this](State &state) {
        Status done;
        if (!state.plan || !state.project) {
            done = fail(errc::cannotPlan, tr("There is no reviewed plan to run."));
        } else {
            Progress *progress = state.startProgress(this);
            const QStringList titles = planStepTitles(state.plan->toJson());
            QMetaObject::invokeMethod(
                    this, [this, titles] { Q_EMIT runStarted(titles); }, Qt::QueuedConnection);
            done = runWith(this,
                           state.project->repository(),
                           {&state.remoteAccess(), &state.signer},
                           [&](ReleaseRunner &runner) {
                               return runner.run(*state.plan, progress);
                           });
            if (done && !state.publishing.isEmpty())
                done = publish(state, titles, progress);
        }
        QMetaObject::invokeMethod(
                this,
                [this, done] { Q_EMIT runFinished(bool(done), done ? Error() : done.error()); },
                Qt::QueuedConnection);
    });
}

void ReleaseSession::findUnfinished(const QString &path)
{
    post([this, path](State &state) {
        if (Status opened = state.openProject(path); !opened)
            return; // the main window already says why the repository cannot be read
        auto journal = ReleaseRunner::unfinished(state.project->repository());
        if (journal && *journal) {
            const Journal found = **journal;
            QMetaObject::invokeMethod(
                    this, [this, found] { Q_EMIT unfinishedFound(found); }, Qt::QueuedConnection);
        } else {
            const Error error = journal ? Error{errc::nothingToResume.toString(),
                                                tr("There is no unfinished release here any "
                                                   "more."),
                                                path}
                                        : journal.error();
            QMetaObject::invokeMethod(
                    this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        }
    });
}

void ReleaseSession::resume()
{
    post([this](State &state) {
        Status done;
        if (!state.project) {
            done = fail(errc::nothingToResume, tr("No repository is open."));
        } else {
            Progress *progress = state.startProgress(this);
            auto journal = ReleaseRunner::unfinished(state.project->repository());
            if (journal && *journal) {
                const QStringList titles = planStepTitles((*journal)->plan);
                const QList<Journal::Step> steps = (*journal)->steps;
                QMetaObject::invokeMethod(
                        this,
                        [this, titles, steps] {
                            Q_EMIT runStarted(titles);
                            for (int i = 0; i < steps.size(); ++i)
                                Q_EMIT stepChanged(i, steps.at(i).state);
                        },
                        Qt::QueuedConnection);
            }
            QStringList verified;
            bool publishing = false;
            done = runWith(this,
                           state.project->repository(),
                           {&state.remoteAccess(), &state.signer},
                           [&](ReleaseRunner &runner) {
                               const Status resumed = runner.resume(progress);
                               verified = verifiedLines(runner.journal());
                               publishing = isPublishPlan(runner.journal().plan);
                               return resumed;
                           });
            if (publishing)
                done = asPublishStop(done);
            if (!verified.isEmpty())
                QMetaObject::invokeMethod(
                        this,
                        [this, verified] { Q_EMIT publishVerified(verified); },
                        Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
                this,
                [this, done] { Q_EMIT runFinished(bool(done), done ? Error() : done.error()); },
                Qt::QueuedConnection);
    });
}

void ReleaseSession::abort(bool confirmRemote)
{
    post([this, confirmRemote](State &state) {
        Status done;
        if (!state.project) {
            done = fail(errc::nothingToResume, tr("No repository is open."));
        } else {
            Progress *progress = state.startProgress(this);
            done = runWith(this,
                           state.project->repository(),
                           {&state.remoteAccess(), &state.signer},
                           [&](ReleaseRunner &runner) {
                               return runner.abort(confirmRemote, progress);
                           });
        }
        QMetaObject::invokeMethod(
                this,
                [this, done] { Q_EMIT runFinished(bool(done), done ? Error() : done.error()); },
                Qt::QueuedConnection);
    });
}

} // namespace rd::gui
