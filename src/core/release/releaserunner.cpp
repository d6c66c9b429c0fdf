// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaserunner.h"

#include "git/error.h"
#include "git/repository.h"
#include "history/undonereleases.h"
#include "release/faultinjection.h"
#include "release/releasestep.h"
#include "release/stepcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QScopeGuard>

namespace rd {

ReleaseRunner::ReleaseRunner(git::Repository &repository, Services services)
    : m_repository(repository)
    , m_services(services)
{}

Result<std::optional<Journal>> ReleaseRunner::unfinished(const git::Repository &repository)
{
    auto journal = Journal::load(repository.gitDir());
    if (!journal)
        return std::unexpected(journal.error());
    if (*journal && (*journal)->isUnfinished())
        return journal;
    return std::optional<Journal>();
}

Status ReleaseRunner::lock()
{
    if (m_lock)
        return {};
    const QString folder = QDir(m_repository.gitDir()).filePath(QStringLiteral("releasedesk"));
    QDir().mkpath(folder);
    auto lock = std::make_shared<QLockFile>(QDir(folder).filePath(QStringLiteral("lock")));
    // A lock left by a killed process names a dead PID; QLockFile takes it over.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return fail(errc::locked,
                    QCoreApplication::translate(
                            "rd::release",
                            "Another ReleaseDesk is running a release in this repository. "
                            "Wait for it to finish."),
                    lock->fileName());
    m_lock = std::move(lock);
    return {};
}

Status ReleaseRunner::save()
{
    return m_journal.save(m_repository.gitDir());
}

void ReleaseRunner::notify(qsizetype index, Journal::StepState state)
{
    if (m_observer)
        m_observer(index, *m_plan.step(index), state);
}

Status ReleaseRunner::run(const ReleasePlan &plan, Progress *progress)
{
    const auto unlock = qScopeGuard([this] { m_lock.reset(); });
    if (auto locked = lock(); !locked)
        return locked;
    auto pending = unfinished(m_repository);
    if (!pending)
        return std::unexpected(pending.error());
    if (*pending)
        return fail(errc::inProgress,
                    QCoreApplication::translate(
                            "rd::release",
                            "A release (%1) was stopped before it finished. Resume it or "
                            "abort it first.")
                            .arg((*pending)->plan.value(QLatin1String("tag")).toString()),
                    Journal::path(m_repository.gitDir()));
    // Run the plan as read back from its JSON: what is journaled is exactly what runs.
    const QJsonObject json = plan.toJson();
    auto rebuilt = ReleasePlan::fromJson(json);
    if (!rebuilt)
        return std::unexpected(rebuilt.error());
    m_plan = std::move(*rebuilt);
    m_journal = Journal();
    m_journal.plan = json;
    for (const auto &step : m_plan.steps())
        m_journal.steps.append(Journal::Step{step->id(), Journal::StepState::Pending, {}, {}, {}});
    if (auto saved = save(); !saved)
        return saved;
    return execute(progress);
}

Status ReleaseRunner::loadUnfinished()
{
    if (auto locked = lock(); !locked)
        return locked;
    auto pending = unfinished(m_repository);
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return fail(errc::nothingToResume,
                    QCoreApplication::translate(
                            "rd::release", "There is no unfinished release in this repository."),
                    Journal::path(m_repository.gitDir()));
    m_journal = std::move(**pending);
    auto plan = ReleasePlan::fromJson(m_journal.plan);
    if (!plan)
        return std::unexpected(plan.error());
    m_plan = std::move(*plan);
    if (m_plan.size() != m_journal.steps.size())
        return fail(errc::journal,
                    QCoreApplication::translate("rd::release",
                                                "The journal's steps do not match its plan."),
                    Journal::path(m_repository.gitDir()));
    for (qsizetype i = 0; i < m_plan.size(); ++i)
        if (m_plan.step(i)->id() != m_journal.steps.at(i).id)
            return fail(errc::journal,
                        QCoreApplication::translate("rd::release",
                                                    "The journal's steps do not match its plan."),
                        Journal::path(m_repository.gitDir()));
    return {};
}

Status ReleaseRunner::resume(Progress *progress)
{
    const auto unlock = qScopeGuard([this] { m_lock.reset(); });
    if (auto loaded = loadUnfinished(); !loaded)
        return loaded;
    m_journal.state = Journal::State::Running;
    if (auto saved = save(); !saved)
        return saved;
    return execute(progress);
}

Status ReleaseRunner::execute(Progress *progress)
{
    StepContext context{m_repository, m_services.remotes, m_services.signer, progress, {}};
    const qsizetype count = m_plan.size();
    for (qsizetype i = 0; i < count; ++i) {
        ReleaseStep *step = m_plan.step(i);
        Journal::Step &record = m_journal.steps[i];
        if (record.state == Journal::StepState::Done) {
            context.results.insert(record.id, record.result);
            continue;
        }
        if (cancelled(progress)) {
            m_journal.state = Journal::State::Failed;
            (void) save();
            return fail(rd::errc::cancelled,
                        QCoreApplication::translate(
                                "rd::release",
                                "The release was cancelled before \"%1\". Resume it or "
                                "abort it.")
                                .arg(step->title()));
        }
        record.state = Journal::StepState::Running;
        record.errorCode.clear();
        record.errorMessage.clear();
        if (auto saved = save(); !saved)
            return saved;
        notify(i, Journal::StepState::Running);
        if (progress) {
            progress->report(i, count, step->title());
            progress->log(step->title());
        }
        FaultInjection::reached(FaultInjection::Point::BeforeStep, int(i + 1));

        QJsonObject result;
        auto done = step->checkDone(context);
        Error failure;
        bool failed = !done;
        if (failed) {
            failure = done.error();
        } else if (*done) {
            result = **done;
            if (progress)
                progress->log(QCoreApplication::translate("rd::release", "Already done: %1")
                                      .arg(step->title()));
        } else {
            auto executed = step->execute(context);
            if (executed)
                result = *executed;
            else {
                failed = true;
                failure = executed.error();
            }
        }
        if (failed) {
            record.state = Journal::StepState::Failed;
            record.errorCode = failure.code;
            record.errorMessage = failure.toString();
            m_journal.state = Journal::State::Failed;
            (void) save();
            notify(i, Journal::StepState::Failed);
            return fail(failure);
        }
        FaultInjection::reached(FaultInjection::Point::AfterStep, int(i + 1));
        record.state = Journal::StepState::Done;
        record.result = result;
        context.results.insert(record.id, result);
        if (auto saved = save(); !saved)
            return saved;
        notify(i, Journal::StepState::Done);
        FaultInjection::reached(FaultInjection::Point::AfterJournal, int(i + 1));
    }
    if (progress)
        progress->report(count,
                         count,
                         QCoreApplication::translate("rd::release", "Release %1 done")
                                 .arg(m_plan.tagName));
    m_journal.state = Journal::State::Completed;
    return save();
}

Status ReleaseRunner::abort(bool confirmRemote, Progress *progress)
{
    const auto unlock = qScopeGuard([this] { m_lock.reset(); });
    if (auto loaded = loadUnfinished(); !loaded)
        return loaded;
    StepContext context{m_repository, m_services.remotes, m_services.signer, progress, {}};
    for (const Journal::Step &record : m_journal.steps)
        if (record.state == Journal::StepState::Done)
            context.results.insert(record.id, record.result);

    const auto touched = [](const Journal::Step &record) {
        return record.state == Journal::StepState::Done
               || record.state == Journal::StepState::Running
               || record.state == Journal::StepState::Failed;
    };

    // First find out what already reached a remote, before undoing anything.
    QStringList published;
    qsizetype tagStep = -1; // the step that put the release's tag on the remote
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        const Journal::Step &record = m_journal.steps.at(i);
        ReleaseStep *step = m_plan.step(i);
        if (!step->changesRemote() || !touched(record))
            continue;
        // A refused login happens before the server changes anything.
        if (record.state == Journal::StepState::Failed && record.errorCode == git::errc::auth)
            continue;
        auto effects = step->remoteEffects(context, record.result);
        if (!effects)
            return fail(errc::remoteConfirm,
                        QCoreApplication::translate(
                                "rd::release",
                                "Cannot tell whether \"%1\" reached the remote (%2). "
                                "Nothing was undone; try again when the remote can be "
                                "reached, or resume the release.")
                                .arg(step->title(), effects.error().message));
        for (const QString &ref : *effects) {
            published.append(ref);
            if (ref == QStringLiteral("refs/tags/") + m_plan.tagName)
                tagStep = i;
        }
    }
    if (!published.isEmpty() && !confirmRemote)
        return fail(errc::remoteConfirm,
                    QCoreApplication::translate(
                            "rd::release",
                            "The release already reached the remote (%1). Nothing was "
                            "undone. Resume to finish it, or abort with confirmation to "
                            "also remove it from the remote.")
                            .arg(published.join(QStringLiteral(", "))));

    // A release whose tag reached the remote was deployed: once undone, its tag is gone from
    // git, so the metrics learn of it from the record of undone releases.
    std::optional<UndoneRelease> undoneRelease;
    if (confirmRemote && tagStep >= 0) {
        auto tag = m_repository.tag(m_plan.tagName);
        if (tag && *tag && (*tag)->pointsToCommit()) {
            // The tag time: the tagger's date, else the tagged commit's (as the metrics read it).
            QDateTime tagged;
            if ((*tag)->tagger)
                tagged = (*tag)->tagger->when;
            else if (auto commit = m_repository.lookupCommit((*tag)->target))
                tagged = commit->time();
            if (tagged.isValid())
                undoneRelease = UndoneRelease{m_plan.tagName,
                                              m_plan.version,
                                              (*tag)->target,
                                              tagged,
                                              {},
                                              published};
        }
    }
    // Recorded as soon as the tag is gone from the remote: a later local undo that fails (and
    // is tried again) must not lose it.
    const auto recordUndone = [&] {
        if (!undoneRelease)
            return;
        undoneRelease->undone = QDateTime::currentDateTimeUtc();
        // The release is undone whatever happens here; a record that cannot be written is
        // said in the log, and the metrics then miss this failure.
        if (auto recorded = UndoneReleases::append(m_repository.gitDir(), *undoneRelease);
            !recorded && progress)
            progress->log(QCoreApplication::translate(
                                  "rd::release",
                                  "The release is undone, but the metrics will not count it "
                                  "as a failed deployment: %1")
                                  .arg(recorded.error().toString()));
        undoneRelease.reset();
    };

    for (qsizetype i = m_plan.size() - 1; i >= 0; --i) {
        Journal::Step &record = m_journal.steps[i];
        ReleaseStep *step = m_plan.step(i);
        if (!touched(record))
            continue;
        if (progress)
            progress->log(
                    QCoreApplication::translate("rd::release", "Undoing: %1").arg(step->title()));
        Status undone = step->changesRemote() ? (
                                confirmRemote ? step->undoRemote(context, record.result) : Status())
                                              : step->undoLocal(context, record.result);
        if (!undone) {
            (void) save();
            return fail(undone.error());
        }
        record.state = Journal::StepState::Undone;
        if (i == tagStep)
            recordUndone();
        if (auto saved = save(); !saved)
            return saved;
        notify(i, Journal::StepState::Undone);
    }
    m_journal.state = Journal::State::Aborted;
    return save();
}

} // namespace rd
