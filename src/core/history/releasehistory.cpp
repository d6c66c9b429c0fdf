// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasehistory.h"

#include "git/commitstore.h"
#include "git/pathchanges.h"
#include "git/repository.h"
#include "history/commitanalysis.h"

#include <QCoreApplication>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace rd {

namespace {

Error cancelledError()
{
    return Error{rd::errc::cancelled.toString(),
                 QCoreApplication::translate("rd::history", "Cancelled."),
                 {}};
}

QString repositoryName(const git::Repository &repository)
{
    return repository.workdir().isEmpty() ? repository.gitDir() : repository.workdir();
}

} // namespace

ReleaseHistory::ReleaseHistory(const git::Repository &repository,
                               ProjectSettings settings,
                               Package package)
    : m_repository(&repository)
    , m_settings(std::move(settings))
    , m_package(std::move(package))
    , m_store(std::make_unique<git::CommitStore>(repository))
{
    if (!m_package.paths.isEmpty())
        m_paths = std::make_unique<git::PathChanges>(repository, m_package.paths);
}

ReleaseHistory::ReleaseHistory(ReleaseHistory &&) noexcept = default;
ReleaseHistory &ReleaseHistory::operator=(ReleaseHistory &&) noexcept = default;
ReleaseHistory::~ReleaseHistory() = default;

Result<ReleaseHistory> ReleaseHistory::open(const git::Repository &repository,
                                            const ProjectSettings &settings,
                                            const Package &package,
                                            Progress *progress)
{
    ReleaseHistory history(repository, package.apply(settings), package);
    if (progress)
        progress->report(0, 0, QCoreApplication::translate("rd::history", "Reading tags"));
    auto style = tagStyleOf(*history.m_store, package);
    if (!style)
        return std::unexpected(style.error());
    history.m_style = std::move(*style);
    history.m_settings.tagPattern = history.m_style.pattern;
    history.m_package.tagPattern = history.m_style.pattern;
    auto tags = TagIndex::scan(*history.m_store, history.m_style.patterns(), false);
    if (!tags)
        return std::unexpected(tags.error());
    history.m_tags = std::move(*tags);
    if (history.m_style.origin == TagStyle::Origin::Configured) {
        history.m_style.counts = {history.m_tags.releases().size()};
        if (!history.m_tags.releases().isEmpty())
            history.m_style.example = history.m_tags.releases().first().name;
    }
    if (cancelled(progress))
        return std::unexpected(cancelledError());

    const QList<ReleaseTag> &releases = history.m_tags.releases(); // highest first
    history.m_releases.reserve(releases.size());
    for (const ReleaseTag &tag : releases)
        history.m_releases.append(Release{tag, -1});
    for (qsizetype i = 0; i < releases.size(); ++i) {
        const Version &version = releases.at(i).version;
        for (qsizetype j = i + 1; j < releases.size(); ++j) {
            const Version &below = releases.at(j).version;
            if (below.compare(version) >= 0)
                continue; // the same precedence (1.0.0+a, 1.0.0+b): not an earlier release
            if (version.isPreRelease() || !below.isPreRelease()) {
                history.m_releases[i].previous = j;
                break;
            }
        }
    }
    return history;
}

qsizetype ReleaseHistory::find(const QString &versionOrTag) const
{
    QStringView text(versionOrTag);
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        if (m_releases.at(i).tag.name == text)
            return i;
    }
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.sliced(1);
    const auto version = Version::parse(text);
    if (!version)
        return -1;
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        if (m_releases.at(i).tag.version == *version)
            return i;
    }
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        if (m_releases.at(i).tag.version.compare(*version) == 0)
            return i;
    }
    return -1;
}

QList<qsizetype> ReleaseHistory::changelogReleases() const
{
    QSet<Version> finals;
    for (const Release &release : m_releases) {
        if (!release.isPreRelease())
            finals.insert(release.tag.version.core());
    }
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        const Release &release = m_releases.at(i);
        if (!release.isPreRelease() || !finals.contains(release.tag.version.core()))
            shown.append(i);
    }
    return shown;
}

Result<QList<qsizetype>> ReleaseHistory::filtered(QList<qsizetype> nodes, Progress *progress)
{
    if (!m_paths)
        return nodes;
    QList<qsizetype> kept;
    kept.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (i % 1024 == 1023 && cancelled(progress))
            return std::unexpected(cancelledError());
        auto touches = m_paths->touches(*m_store, nodes.at(i));
        if (!touches)
            return std::unexpected(touches.error());
        if (*touches)
            kept.append(nodes.at(i));
    }
    return kept;
}

Status ReleaseHistory::fillDate(qsizetype index)
{
    ReleaseTag &tag = m_releases[index].tag;
    if (tag.date.isValid())
        return {};
    auto node = m_store->load(tag.commit);
    if (!node)
        return std::unexpected(node.error());
    tag.date = m_store->dateTime(*node);
    return {};
}

Result<QList<qsizetype>> ReleaseHistory::commits(qsizetype index, Progress *progress)
{
    if (auto dated = fillDate(index); !dated)
        return std::unexpected(dated.error());
    if (const auto it = m_commits.constFind(index); it != m_commits.cend())
        return *it;
    const Release &release = m_releases.at(index);
    QList<git::Oid> exclude;
    if (release.previous >= 0)
        exclude.append(m_releases.at(release.previous).tag.commit);
    auto range = m_store->range({release.tag.commit}, exclude, progress);
    if (!range)
        return std::unexpected(range.error());
    auto kept = filtered(std::move(*range), progress);
    if (!kept)
        return std::unexpected(kept.error());
    m_commits.insert(index, *kept);
    return *kept;
}

QList<AnalyzedCommit> ReleaseHistory::analyze(const QList<qsizetype> &nodes) const
{
    return analyzeCommits(*m_store, nodes, CommitClassifier(m_settings.commitRules));
}

Result<QList<AnalyzedCommit>> ReleaseHistory::analyze(qsizetype index, Progress *progress)
{
    auto nodes = commits(index, progress);
    if (!nodes)
        return std::unexpected(nodes.error());
    return analyze(*nodes);
}

Status ReleaseHistory::analyzeReleases(
        const QList<qsizetype> &indices,
        const std::function<void(qsizetype, QList<AnalyzedCommit> &&)> &consume,
        Progress *progress)
{
    struct Job
    {
        qsizetype index = -1; // -1: no more jobs
        QList<git::RawCommit> commits;
    };
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Job> jobs;
    bool abort = false;

    // Every date first: the worker reads the releases while this thread goes on.
    for (qsizetype index : indices) {
        if (auto dated = fillDate(index); !dated)
            return dated;
    }
    const CommitRules rules = m_settings.commitRules;
    std::thread worker([&] {
        const CommitClassifier classifier(rules);
        for (;;) {
            Job job;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] { return !jobs.empty() || abort; });
                if (abort)
                    return;
                job = std::move(jobs.front());
                jobs.pop_front();
            }
            if (job.index < 0)
                return;
            consume(job.index, analyzeCommits(job.commits, classifier));
        }
    });
    const auto post = [&](Job job) {
        {
            std::lock_guard lock(mutex);
            jobs.push_back(std::move(job));
        }
        ready.notify_one();
    };

    Status status;
    for (qsizetype i = 0; i < indices.size(); ++i) {
        if (cancelled(progress)) {
            status = std::unexpected(cancelledError());
            break;
        }
        auto nodes = commits(indices.at(i), progress);
        if (!nodes) {
            status = std::unexpected(nodes.error());
            break;
        }
        Job job{indices.at(i), {}};
        job.commits.reserve(nodes->size());
        for (qsizetype node : std::as_const(*nodes))
            job.commits.append(m_store->raw(node));
        m_commits.remove(indices.at(i)); // read once: no need to keep the list
        post(std::move(job));
        if (progress)
            progress->report(i + 1,
                             indices.size(),
                             QCoreApplication::translate("rd::history", "Reading releases"));
    }
    if (status) {
        post(Job{});
    } else {
        std::lock_guard lock(mutex);
        abort = true;
    }
    ready.notify_one();
    worker.join();
    return status;
}

Result<QList<qsizetype>> ReleaseHistory::unreleased(const git::Oid &head,
                                                    qsizetype last,
                                                    Progress *progress)
{
    // Hiding the last final release hides, in one walk, everything released before it on its
    // line. A final release reached all the same (the last release was tagged on a branch
    // that forked before it) is hidden too, and the walk made again; the next walks stop
    // sooner, as everything below the fork is already read.
    QList<git::Oid> hidden;
    if (last >= 0)
        hidden.append(m_releases.at(last).tag.commit);
    const Version *lastVersion = last >= 0 ? &m_releases.at(last).tag.version : nullptr;
    for (;;) {
        auto range = m_store->range({head}, hidden, progress);
        if (!range || !lastVersion)
            return range;
        const qsizetype before = hidden.size();
        for (qsizetype node : std::as_const(*range)) {
            for (const ReleaseTag &tag : m_tags.tagsOn(m_store->id(node))) {
                if (tag.version <= *lastVersion)
                    hidden.append(tag.commit);
            }
        }
        if (hidden.size() == before)
            return range;
    }
}

Result<NextVersionReport> ReleaseHistory::nextVersion(const NextVersionOptions &options,
                                                      Progress *progress)
{
    const git::Repository &repository = *m_repository;
    const QString where = repositoryName(repository);
    if (repository.isEmpty())
        return fail(errc::noCommits,
                    QCoreApplication::translate(
                            "rd::history",
                            "The repository has no commits yet, so there is nothing to "
                            "release. Make a first commit, then try again."),
                    where);
    auto head = repository.headId();
    if (!head)
        return std::unexpected(head.error());

    NextVersionReport report;
    report.head = *head;
    report.branch = repository.currentBranch();
    report.package = m_package.name;
    report.shallow = m_store->isShallow();
    report.skippedTags = m_tags.skipped();
    report.tagStyle = m_style;
    report.warnings.append(m_style.warnings());
    for (const Error &warning : m_settings.config.warnings())
        report.warnings.append(warning.toString());
    if (repository.isHeadDetached())
        report.warnings.append(
                QCoreApplication::translate(
                        "rd::history",
                        "HEAD is detached at %1: versions are computed for that commit. "
                        "Check out a branch to make a release.")
                        .arg(report.head.toShortString()));

    // The current version: the highest release reachable from HEAD (highest first).
    qsizetype current = -1;
    for (qsizetype index = 0; index < m_releases.size() && current < 0; ++index) {
        auto reachable = m_store->isAncestor(m_releases.at(index).tag.commit, report.head);
        if (!reachable)
            return std::unexpected(reachable.error());
        if (*reachable)
            current = index;
    }
    // The last final release: the current one, or the highest final below the current
    // pre-release wherever it was tagged (22.1.5 on branch 22.1.x for 22.2.0-next.4 on main).
    qsizetype last = -1;
    if (current >= 0) {
        for (qsizetype index = current; index < m_releases.size() && last < 0; ++index) {
            if (!m_releases.at(index).isPreRelease())
                last = index;
        }
        if (m_releases.at(current).isPreRelease()) {
            if (auto dated = fillDate(current); !dated)
                return std::unexpected(dated.error());
            report.lastPreRelease = m_releases.at(current).tag;
        }
    }
    if (last >= 0) {
        if (auto dated = fillDate(last); !dated)
            return std::unexpected(dated.error());
        report.lastRelease = m_releases.at(last).tag;
    }

    if (report.shallow) {
        if (!report.lastRelease && !report.lastPreRelease)
            return fail(errc::shallow,
                        QCoreApplication::translate(
                                "rd::history",
                                "This is a shallow clone and no release tag matching "
                                "\"%1\" is within its history, so the current version "
                                "cannot be known. Fetch the full history (git fetch "
                                "--unshallow, or fetch-depth: 0 in CI) and try again.")
                                .arg(m_settings.tagPattern.pattern()),
                        where);
        report.warnings.append(QCoreApplication::translate(
                "rd::history",
                "This is a shallow clone: commits before the shallow boundary are not read."));
    }

    if (progress)
        progress->report(0, 0, QCoreApplication::translate("rd::history", "Reading commits"));
    if (cancelled(progress))
        return std::unexpected(cancelledError());
    auto range = unreleased(report.head, last, progress);
    if (!range)
        return std::unexpected(range.error());
    auto nodes = filtered(std::move(*range), progress);
    if (!nodes)
        return std::unexpected(nodes.error());
    if (cancelled(progress))
        return std::unexpected(cancelledError());
    report.commits = analyze(*nodes);

    for (const AnalyzedCommit &commit : std::as_const(report.commits))
        report.level = std::max(report.level, commit.classification.level);
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
    request.initialVersion = m_settings.initialVersion;
    request.zeroMajor = m_settings.zeroMajor;
    auto next = computeNextVersion(request);
    if (next)
        report.next = *next;
    else
        report.nextError = next.error();
    return report;
}

} // namespace rd
