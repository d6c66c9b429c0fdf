// SPDX-License-Identifier: GPL-3.0-or-later
#include "historynotes.h"

#include "project/project.h"

namespace rd {

HistoryNotes::HistoryNotes(ReleaseHistory history, ChangelogBuilder builder)
    : m_history(std::move(history))
    , m_builder(std::move(builder))
{}

Result<HistoryNotes> HistoryNotes::open(Project &project,
                                        const Package &package,
                                        Progress *progress)
{
    const ProjectSettings &settings = project.settings();
    auto changelog = ChangelogSettings::fromConfig(settings.config);
    if (!changelog)
        return std::unexpected(changelog.error());
    auto links = RepositoryLinks::fromConfig(settings.config, project.repository());
    if (!links)
        return std::unexpected(links.error());
    auto history = ReleaseHistory::open(project.repository(), settings, package, progress);
    if (!history)
        return std::unexpected(history.error());
    ChangelogBuilder builder(history->settings().commitRules,
                             std::move(*changelog),
                             std::move(*links));
    return HistoryNotes(std::move(*history), std::move(builder));
}

Result<HistoryNotes> HistoryNotes::open(Project &project,
                                        const QString &package,
                                        Progress *progress)
{
    auto found = Package::find(project.settings(), package);
    if (!found)
        return std::unexpected(found.error());
    return open(project, *found, progress);
}

ChangelogRelease HistoryNotes::releaseNotes(qsizetype index,
                                            const QList<AnalyzedCommit> &commits) const
{
    const QList<Release> &releases = m_history.releases();
    const Release &release = releases.at(index);
    const ReleaseTag *previous = release.previous >= 0 ? &releases.at(release.previous).tag
                                                       : nullptr;
    return m_builder.build(ChangelogReleaseInfo::fromTag(release.tag, previous), commits);
}

ChangelogRelease HistoryNotes::nextReleaseNotes(const NextVersionReport &report,
                                                const QDate &date) const
{
    return m_builder.build(ChangelogReleaseInfo::nextRelease(report,
                                                             m_history.settings().tagPattern,
                                                             date),
                           report.commits);
}

} // namespace rd
