// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasedraft.h"

#include "cigate/cigreencheck.h"
#include "cigate/securityjobscheck.h"
#include "registrygate/publishedchecks.h"
#include "sourcesprobe.h"

#include "changelog/markdownrenderer.h"
#include "project/project.h"
#include "releasedraft/historynotes.h"
#include "releasedraft/sourceinspection.h"
#include "sources/changelogdocument.h"
#include "sources/unifieddiff.h"
#include "sources/versionplan.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rd {

namespace {

bool isInside(const QString &path, const QStringList &folders)
{
    if (folders.isEmpty())
        return true;
    for (const QString &folder : folders) {
        QString prefix = folder;
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        if (prefix.isEmpty() || prefix == u"." || path == prefix || path.startsWith(prefix + u'/'))
            return true;
    }
    return false;
}

} // namespace

Result<ReleaseDraft> ReleaseDraft::prepare(Project &project,
                                           const DraftOptions &options,
                                           Progress *progress)
{
    ReleaseDraft draft;
    draft.m_project = &project;
    draft.m_options = options;
    const ProjectSettings &settings = project.settings();
    auto notes = HistoryNotes::open(project, options.package, progress);
    if (!notes)
        return std::unexpected(notes.error());
    draft.m_package = notes->history().package();
    draft.m_settings = notes->history().settings();
    auto releaseSettings = ReleaseSettings::fromConfig(settings.config);
    if (!releaseSettings)
        return std::unexpected(releaseSettings.error());
    draft.m_releaseSettings = *releaseSettings;
    draft.m_changelogSettings = notes->changelogSettings();
    draft.m_links = notes->links();
    auto view = ChangelogTemplate::configured(draft.m_changelogSettings, project.root());
    if (!view)
        return std::unexpected(view.error());
    draft.m_template = std::move(*view);

    NextVersionOptions nextOptions;
    nextOptions.package = options.package;
    auto report = notes->history().nextVersion(nextOptions, progress);
    if (!report)
        return std::unexpected(report.error());
    draft.m_report = std::move(*report);
    // Without a configured pattern the tags told it: the next tag is named the same way.
    draft.m_package.tagPattern = draft.m_report.tagStyle.pattern;
    draft.m_settings.tagPattern = draft.m_report.tagStyle.pattern;
    if (cancelled(progress))
        return fail(errc::cancelled,
                    QCoreApplication::translate("rd::releasedraft", "The release was cancelled."));
    auto sources = inspectSources(project,
                                  draft.m_report.lastRelease,
                                  draft.m_package.tagPattern,
                                  progress);
    if (!sources)
        return std::unexpected(sources.error());
    draft.m_sources = std::move(*sources);
    return draft;
}

QString ReleaseDraft::pushRemote() const
{
    if (!m_options.push || !m_releaseSettings.push)
        return {};
    return ReleasePlanner::pushRemote(m_project->repository(), m_releaseSettings, m_options.remote);
}

Result<NextVersion> ReleaseDraft::resolve(const VersionChoice &choice) const
{
    if (choice.kind == VersionChoice::Kind::Custom) {
        NextVersion next;
        next.version = choice.custom;
        next.steps.append(
                QCoreApplication::translate("rd::releasedraft", "%1: the version you chose.")
                        .arg(choice.custom.toString()));
        return next;
    }
    if (choice.kind == VersionChoice::Kind::Computed && choice.channel.isEmpty()) {
        if (m_report.next)
            return *m_report.next;
        if (m_report.nextError)
            return std::unexpected(*m_report.nextError);
        return fail(errc::nothingToRelease,
                    QCoreApplication::translate("rd::releasedraft",
                                                "There is nothing to release."));
    }
    NextVersionRequest request;
    if (m_report.lastRelease)
        request.lastRelease = m_report.lastRelease->version;
    if (m_report.lastPreRelease)
        request.lastPreRelease = m_report.lastPreRelease->version;
    request.level = choice.kind == VersionChoice::Kind::Bump ? choice.level : m_report.level;
    request.channel = choice.channel;
    request.initialVersion = m_settings.initialVersion;
    request.zeroMajor = m_settings.zeroMajor;
    auto next = computeNextVersion(request);
    if (next && choice.kind == VersionChoice::Kind::Bump)
        next->steps.prepend(
                QCoreApplication::translate("rd::releasedraft",
                                            "A %1 bump, as you chose (the commits call for %2).")
                        .arg(toString(choice.level), toString(m_report.level)));
    return next;
}

QString ReleaseDraft::tagName(const Version &version) const
{
    return m_settings.tagPattern.format(version);
}

ChangelogRelease ReleaseDraft::notesModel(const Version &version) const
{
    ChangelogReleaseInfo info;
    info.version = version.toString();
    info.tag = tagName(version);
    if (m_report.lastRelease)
        info.previousTag = m_report.lastRelease->name;
    info.date = m_options.date;
    info.preRelease = version.isPreRelease();
    const ChangelogBuilder builder(m_settings.commitRules, m_changelogSettings, m_links);
    return builder.build(info, m_report.commits);
}

Result<QString> ReleaseDraft::notes(const Version &version) const
{
    if (m_template)
        return m_template->renderRelease(notesModel(version),
                                         ChangelogTemplate::context(m_package.name,
                                                                    m_links.base()));
    const ChangelogFormat format = m_changelogSettings.format == ChangelogFormat::KeepAChangelog
                                           ? ChangelogFormat::KeepAChangelog
                                           : ChangelogFormat::Conventional;
    return MarkdownRenderer(format, m_changelogSettings).section(notesModel(version));
}

QString ReleaseDraft::changelogFile() const
{
    return m_options.changelog ? m_package.changelogFile : QString();
}

QList<VersionSource> ReleaseDraft::releasedSources(const SourceReport &report,
                                                   const QStringList &paths)
{
    QList<VersionSource> sources;
    for (const SourceEntry &entry : report.entries)
        if (entry.source.isWritable() && isInside(entry.source.path, paths))
            sources.append(entry.source);
    return sources;
}

Result<QList<FileChange>> ReleaseDraft::files(const Version &version, const QString &notes) const
{
    auto planned = edits(version, notes);
    if (!planned)
        return std::unexpected(planned.error());
    QList<FileChange> changes;
    for (const FileEdit &edit : std::as_const(*planned))
        changes.append(FileChange{edit.path,
                                  QFileInfo::exists(QDir(m_project->root()).filePath(edit.path))
                                          ? std::optional(edit.before)
                                          : std::nullopt,
                                  edit.after});
    return changes;
}

Result<QList<FileEdit>> ReleaseDraft::edits(const Version &version, const QString &notes) const
{
    QList<FileEdit> changes;
    const QString root = m_project->root();
    auto plan = VersionPlan::make(root, releasedSources(m_sources, m_package.paths), version);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->isBlocked()) {
        QStringList reasons;
        for (const SkippedSource &skip : std::as_const(plan->skipped))
            if (skip.blocking)
                reasons.append(skip.reason.toString());
        return fail(errc::sourcesBlocked,
                    QCoreApplication::translate("rd::releasedraft",
                                                "Some version sources cannot take %1: %2")
                            .arg(version.toString(), reasons.join(QStringLiteral("; "))));
    }
    changes = plan->edits;

    const QString changelog = changelogFile();
    if (changelog.isEmpty())
        return changes;
    const QString path = QDir(root).filePath(changelog);
    QByteArray existing;
    const bool exists = QFileInfo::exists(path);
    if (exists) {
        auto bytes = readFile(path);
        if (!bytes)
            return std::unexpected(bytes.error());
        existing = *bytes;
    } else {
        const ChangelogFormat format = m_changelogSettings.format == ChangelogFormat::KeepAChangelog
                                               ? ChangelogFormat::KeepAChangelog
                                               : ChangelogFormat::Conventional;
        existing = MarkdownRenderer(format, m_changelogSettings).header().toUtf8();
    }
    const ChangelogDocument document = ChangelogDocument::parse(existing);
    for (const ChangelogHeading &heading : document.headings())
        if (heading.version && heading.version->compare(version) == 0)
            return fail(errc::changelogCovered,
                        QCoreApplication::translate(
                                "rd::releasedraft",
                                "%1 already has a section for %2. Remove it, or leave the "
                                "changelog out of this release.")
                                .arg(changelog, version.toString()),
                        QStringLiteral("%1:%2").arg(changelog).arg(heading.line));
    // The edited notes become one section: it ends with a blank line, as withNewRelease() wants.
    QString section = notes.trimmed();
    if (section.isEmpty())
        section = QStringLiteral("## %1").arg(version.toString());
    section += QStringLiteral("\n\n");
    FileEdit edit;
    edit.path = changelog;
    edit.before = exists ? existing : QByteArray();
    edit.after = document.withNewRelease(section.toUtf8());
    edit.splices.append(UnifiedDiff::spliceBetween(edit.before, edit.after));
    changes.append(edit);
    return changes;
}

Result<ReleaseChoices> ReleaseDraft::choices(const Version &version, const QString &notes) const
{
    auto changes = files(version, notes);
    if (!changes)
        return std::unexpected(changes.error());
    ReleaseChoices choices;
    choices.version = version;
    choices.tagName = tagName(version);
    choices.releaseNotes = notes.trimmed();
    choices.files = std::move(*changes);
    choices.push = m_options.push && m_releaseSettings.push;
    choices.remote = m_options.remote;
    return choices;
}

Result<ReleasePlan> ReleaseDraft::plan(const ReleaseChoices &choices) const
{
    return ReleasePlanner::plan(m_project->repository(), m_releaseSettings, choices);
}

Preflight ReleaseDraft::preflight()
{
    Preflight checks = Preflight::standard();
    checks.add(std::make_unique<CiGreenCheck>());
    checks.add(std::make_unique<SecurityJobsCheck>());
    // The registry gates share one reading of the registries.
    auto published = std::make_shared<PublishedReading>();
    checks.add(std::make_unique<AlreadyPublishedCheck>(published));
    checks.add(std::make_unique<RegistryAheadCheck>(published));
    return checks;
}

void ReleaseDraft::fillPreflight(PreflightContext &context,
                                 const Version &version,
                                 VersionSourceProbe *probe) const
{
    context.settings = m_releaseSettings;
    context.remote = pushRemote();
    context.version = version;
    context.tagName = tagName(version);
    if (m_report.lastRelease) {
        context.lastRelease = m_report.lastRelease->version;
        context.lastReleaseTag = m_report.lastRelease->name;
    }
    context.commitsSinceLastRelease = m_report.commits.size();
    context.versionSources = probe;
}

std::unique_ptr<VersionSourceProbe> ReleaseDraft::makeProbe() const
{
    return std::make_unique<SourcesProbe>(*m_project, m_package.name, m_package.paths);
}

} // namespace rd
