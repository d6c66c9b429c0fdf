// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistory.h"

#include "store.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace rd::store {

namespace {

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as NULL; the text columns are NOT NULL and take "" instead.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

std::optional<RunState> runStateFromName(QStringView name)
{
    for (RunState state : {RunState::Queued,
                           RunState::Running,
                           RunState::Success,
                           RunState::Failed,
                           RunState::Cancelled,
                           RunState::Skipped}) {
        if (runStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

Result<qint64> RunHistory::repositoryId(const ForgeLocation &location) const
{
    QSqlQuery insert(m_store.connection());
    insert.prepare(QStringLiteral(
            "INSERT INTO repositories (forge, api, project, added_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (forge, api, project) DO NOTHING"));
    insert.addBindValue(location.typeName());
    insert.addBindValue(location.api.toString());
    insert.addBindValue(location.project);
    insert.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    if (auto done = m_store.exec(insert); !done)
        return fail(done.error());
    auto found = findRepository(location);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(m_store.queryError(insert));
    return **found;
}

Result<QList<KnownRepository>> RunHistory::repositories() const
{
    QSqlQuery query(m_store.connection());
    query.prepare(
            QStringLiteral("SELECT id, forge, api, project, pinned, default_branch, latest_tag, "
                           "opened_at FROM repositories ORDER BY id"));
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    QList<KnownRepository> repositories;
    while (query.next()) {
        KnownRepository repository;
        repository.id = query.value(0).toLongLong();
        repository.location.type = query.value(1).toString() == u"gitlab"
                                           ? ForgeLocation::Type::GitLab
                                           : ForgeLocation::Type::GitHub;
        repository.location.api = QUrl(query.value(2).toString());
        repository.location.project = query.value(3).toString();
        repository.pinned = query.value(4).toInt() != 0;
        repository.defaultBranch = query.value(5).toString();
        repository.latestTag = query.value(6).toString();
        repository.openedAt = timeFrom(query.value(7));
        repositories.append(repository);
    }
    return repositories;
}

Result<QList<ForgeLocation>> RunHistory::pinnedRepositories() const
{
    auto all = repositories();
    if (!all)
        return fail(all.error());
    QList<ForgeLocation> locations;
    for (const KnownRepository &repository : std::as_const(*all)) {
        if (repository.pinned)
            locations.append(repository.location);
    }
    return locations;
}

Result<std::optional<qint64>> RunHistory::findRepository(const ForgeLocation &location) const
{
    QSqlQuery select(m_store.connection());
    select.prepare(QStringLiteral(
            "SELECT id FROM repositories WHERE forge = ? AND api = ? AND project = ?"));
    select.addBindValue(location.typeName());
    select.addBindValue(location.api.toString());
    select.addBindValue(location.project);
    if (auto done = m_store.exec(select); !done)
        return fail(done.error());
    if (!select.next())
        return std::optional<qint64>();
    return std::optional<qint64>(select.value(0).toLongLong());
}

Status RunHistory::setPinned(const ForgeLocation &location, bool pinned) const
{
    auto id = repositoryId(location);
    if (!id)
        return fail(id.error());
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("UPDATE repositories SET pinned = ? WHERE id = ?"));
    query.addBindValue(pinned ? 1 : 0);
    query.addBindValue(*id);
    return m_store.exec(query);
}

Result<bool> RunHistory::noteOpened(const ForgeLocation &location,
                                    const OpenedRepository &opened,
                                    const QDateTime &at) const
{
    bool changed = true;
    auto done = m_store.transaction([&]() -> Status {
        QSqlQuery before(m_store.connection());
        before.prepare(QStringLiteral("SELECT default_branch, latest_tag FROM repositories "
                                      "WHERE forge = ? AND api = ? AND project = ?"));
        before.addBindValue(location.typeName());
        before.addBindValue(location.api.toString());
        before.addBindValue(location.project);
        if (auto read = m_store.exec(before); !read)
            return read;
        if (before.next())
            changed = (!opened.defaultBranch.isEmpty()
                       && before.value(0).toString() != opened.defaultBranch)
                      || before.value(1).toString() != opened.latestTag;
        QSqlQuery query(m_store.connection());
        query.prepare(QStringLiteral(
                "INSERT INTO repositories (forge, api, project, pinned, added_at, default_branch, "
                "latest_tag, opened_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?) "
                "ON CONFLICT (forge, api, project) DO UPDATE SET "
                "default_branch = CASE WHEN excluded.default_branch <> '' "
                "THEN excluded.default_branch ELSE default_branch END, "
                "latest_tag = excluded.latest_tag, opened_at = excluded.opened_at"));
        query.addBindValue(location.typeName());
        query.addBindValue(location.api.toString());
        query.addBindValue(location.project);
        query.addBindValue(timeValue(at));
        query.addBindValue(textValue(opened.defaultBranch));
        query.addBindValue(textValue(opened.latestTag));
        query.addBindValue(timeValue(at));
        return m_store.exec(query);
    });
    if (!done)
        return fail(done.error());
    return changed;
}

Result<RunRecord> RunHistory::recordRun(qint64 repository,
                                        const PipelineRun &run,
                                        const QDateTime &at) const
{
    RunRecord record;
    auto done = m_store.transaction([&]() -> Status {
        QSqlQuery select(m_store.connection());
        select.prepare(
                QStringLiteral("SELECT state FROM runs WHERE repository_id = ? AND run_id = ?"));
        select.addBindValue(repository);
        select.addBindValue(run.id);
        if (auto ok = m_store.exec(select); !ok)
            return ok;
        if (select.next()) {
            record.isNew = false;
            record.previous = runStateFromName(select.value(0).toString())
                                      .value_or(RunState::Queued);
            record.changed = record.previous != run.state;
        }
        QSqlQuery upsert(m_store.connection());
        upsert.prepare(QStringLiteral(
                "INSERT INTO runs (repository_id, run_id, workflow, ref, sha, event, state, url, "
                "started_at, finished_at, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (repository_id, run_id) DO UPDATE SET workflow = excluded.workflow, "
                "ref = excluded.ref, sha = excluded.sha, event = excluded.event, "
                "state = excluded.state, url = excluded.url, started_at = excluded.started_at, "
                "finished_at = excluded.finished_at, seen_at = excluded.seen_at"));
        for (const QVariant &value : {QVariant(repository),
                                      QVariant(run.id),
                                      textValue(run.workflow),
                                      textValue(run.ref),
                                      textValue(run.sha),
                                      textValue(run.event),
                                      QVariant(runStateName(run.state)),
                                      textValue(run.url.toString()),
                                      timeValue(run.started),
                                      timeValue(run.finished),
                                      timeValue(at)})
            upsert.addBindValue(value);
        if (auto ok = m_store.exec(upsert); !ok)
            return ok;
        if (!record.changed)
            return {};
        QSqlQuery change(m_store.connection());
        change.prepare(QStringLiteral("INSERT INTO state_changes (repository_id, run_id, "
                                      "from_state, to_state, at) VALUES (?, ?, ?, ?, ?)"));
        change.addBindValue(repository);
        change.addBindValue(run.id);
        change.addBindValue(record.isNew ? QVariant(QMetaType(QMetaType::QString))
                                         : QVariant(runStateName(record.previous)));
        change.addBindValue(runStateName(run.state));
        change.addBindValue(timeValue(at));
        return m_store.exec(change);
    });
    if (!done)
        return fail(done.error());
    return record;
}

Status RunHistory::recordJobs(qint64 repository, const PipelineRun &run) const
{
    return m_store.transaction([&]() -> Status {
        for (const PipelineJob &job : run.jobs) {
            QSqlQuery upsert(m_store.connection());
            upsert.prepare(QStringLiteral(
                    "INSERT OR REPLACE INTO jobs (repository_id, run_id, job_id, name, state, "
                    "url, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(repository),
                                          QVariant(run.id),
                                          QVariant(job.id),
                                          textValue(job.name),
                                          QVariant(runStateName(job.state)),
                                          textValue(job.url.toString()),
                                          timeValue(job.started),
                                          timeValue(job.finished)})
                upsert.addBindValue(value);
            if (auto ok = m_store.exec(upsert); !ok)
                return ok;
        }
        return {};
    });
}

namespace {

// The rows of a query selecting run_id, workflow, ref, sha, event, state, url, started_at,
// finished_at.
QList<PipelineRun> runsOf(QSqlQuery &query)
{
    QList<PipelineRun> runs;
    while (query.next()) {
        PipelineRun run;
        run.id = query.value(0).toLongLong();
        run.workflow = query.value(1).toString();
        run.ref = query.value(2).toString();
        run.sha = query.value(3).toString();
        run.event = query.value(4).toString();
        run.state = runStateFromName(query.value(5).toString()).value_or(RunState::Queued);
        run.url = QUrl(query.value(6).toString());
        run.started = timeFrom(query.value(7));
        run.finished = timeFrom(query.value(8));
        runs.append(run);
    }
    return runs;
}

} // namespace

Result<QList<PipelineRun>> RunHistory::runs(qint64 repository, const QString &refOrSha) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "SELECT run_id, workflow, ref, sha, event, state, url, started_at, finished_at "
            "FROM runs WHERE repository_id = ? AND (ref = ? OR sha = ?) ORDER BY run_id DESC"));
    query.addBindValue(repository);
    query.addBindValue(refOrSha);
    query.addBindValue(refOrSha);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    return runsOf(query);
}

Result<QList<PipelineRun>> RunHistory::recentRuns(qint64 repository, int limit) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "SELECT run_id, workflow, ref, sha, event, state, url, started_at, finished_at "
            "FROM runs WHERE repository_id = ? ORDER BY run_id DESC LIMIT ?"));
    query.addBindValue(repository);
    query.addBindValue(limit);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    QList<PipelineRun> runs = runsOf(query);
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < runs.size(); ++i)
        index.insert(runs.at(i).id, i);
    QSqlQuery jobs(m_store.connection());
    jobs.prepare(QStringLiteral(
            "SELECT run_id, job_id, name, state, url, started_at, finished_at FROM jobs "
            "WHERE repository_id = ? AND run_id IN (SELECT run_id FROM runs WHERE "
            "repository_id = ? ORDER BY run_id DESC LIMIT ?) ORDER BY run_id, job_id"));
    jobs.addBindValue(repository);
    jobs.addBindValue(repository);
    jobs.addBindValue(limit);
    if (auto done = m_store.exec(jobs); !done)
        return fail(done.error());
    while (jobs.next()) {
        const auto run = index.constFind(jobs.value(0).toLongLong());
        if (run == index.cend())
            continue;
        PipelineJob job;
        job.id = jobs.value(1).toLongLong();
        job.name = jobs.value(2).toString();
        job.state = runStateFromName(jobs.value(3).toString()).value_or(RunState::Queued);
        job.url = QUrl(jobs.value(4).toString());
        job.started = timeFrom(jobs.value(5));
        job.finished = timeFrom(jobs.value(6));
        runs[*run].jobs.append(job);
    }
    return runs;
}

Result<std::optional<RunState>> RunHistory::previousOutcome(qint64 repository,
                                                            const PipelineRun &run) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "SELECT state FROM runs WHERE repository_id = ? AND workflow = ? AND ref = ? "
            "AND run_id < ? AND state IN ('success', 'failed') ORDER BY run_id DESC LIMIT 1"));
    query.addBindValue(repository);
    query.addBindValue(run.workflow);
    query.addBindValue(run.ref);
    query.addBindValue(run.id);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    if (!query.next())
        return std::optional<RunState>();
    return runStateFromName(query.value(0).toString());
}

Result<QList<StateChange>> RunHistory::recentChanges(int limit) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "SELECT r.project, c.run_id, u.workflow, u.ref, c.from_state, c.to_state, c.at "
            "FROM state_changes c JOIN repositories r ON r.id = c.repository_id "
            "LEFT JOIN runs u ON u.repository_id = c.repository_id AND u.run_id = c.run_id "
            "ORDER BY c.id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    QList<StateChange> changes;
    while (query.next()) {
        StateChange change;
        change.project = query.value(0).toString();
        change.runId = query.value(1).toLongLong();
        change.workflow = query.value(2).toString();
        change.ref = query.value(3).toString();
        if (!query.value(4).isNull())
            change.from = runStateFromName(query.value(4).toString());
        change.to = runStateFromName(query.value(5).toString()).value_or(RunState::Queued);
        change.at = timeFrom(query.value(6));
        changes.append(change);
    }
    return changes;
}

Status RunHistory::recordRelease(qint64 repository, const ReleaseRecord &release) const
{
    return m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.connection());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO releases (repository_id, tag, sha, "
                                     "made_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(repository);
        query.addBindValue(textValue(release.tag));
        query.addBindValue(textValue(release.sha));
        query.addBindValue(timeValue(release.madeAt));
        if (auto done = m_store.exec(query); !done)
            return done;
        QSqlQuery pin(m_store.connection());
        pin.prepare(QStringLiteral("UPDATE repositories SET pinned = 1 WHERE id = ?"));
        pin.addBindValue(repository);
        return m_store.exec(pin);
    });
}

Result<QList<ReleaseRecord>> RunHistory::releases(qint64 repository) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT tag, sha, made_at FROM releases WHERE repository_id = ? "
                                 "ORDER BY made_at DESC, id DESC"));
    query.addBindValue(repository);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    QList<ReleaseRecord> releases;
    while (query.next())
        releases.append(
                {query.value(0).toString(), query.value(1).toString(), timeFrom(query.value(2))});
    return releases;
}

} // namespace rd::store
