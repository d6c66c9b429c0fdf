// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog/changelogbuilder.h"
#include "history/releasehistory.h"
#include "project/package.h"

#include <QDate>

namespace rd {

class Project;

// The release notes of a package's history, set up once: the changelog settings and repository
// links of .releasedesk.yml, the package's history opened, and the builder that turns analysed
// commits into notes. The one home of that chain for the Changelog and Releases views,
// `releasedesk-cli changelog` and the release draft.
//
// Holds the history: used on one thread at a time, it must not outlive the project.
class HistoryNotes
{
public:
    // Errors: mistakes in the changelog or links settings (file and line), git failures,
    // cancellation through `progress`.
    static Result<HistoryNotes> open(Project &project,
                                     const Package &package,
                                     Progress *progress = nullptr);
    // The package called `name` (the repository when empty); history.unknown-package when the
    // configuration declares none by that name.
    static Result<HistoryNotes> open(Project &project,
                                     const QString &package,
                                     Progress *progress = nullptr);

    ReleaseHistory &history() { return m_history; }
    const ReleaseHistory &history() const { return m_history; }
    const ChangelogBuilder &builder() const { return m_builder; }
    const ChangelogSettings &changelogSettings() const { return m_builder.settings(); }
    const RepositoryLinks &links() const { return m_builder.links(); }

    // The notes of release `index` of history(), made of its `commits` (as analysed by the
    // history). Reads only the release list: safe in analyzeReleases()'s consumer.
    ChangelogRelease releaseNotes(qsizetype index, const QList<AnalyzedCommit> &commits) const;
    // The notes of the release `report` calls for, dated `date` ("Unreleased" when none is).
    ChangelogRelease nextReleaseNotes(const NextVersionReport &report, const QDate &date) const;

private:
    HistoryNotes(ReleaseHistory history, ChangelogBuilder builder);

    ReleaseHistory m_history;
    ChangelogBuilder m_builder;
};

} // namespace rd
