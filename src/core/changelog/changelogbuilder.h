// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog/changelogrelease.h"
#include "changelog/changelogsettings.h"
#include "changelog/repositorylinks.h"
#include "commits/commitrules.h"
#include "history/analyzedcommit.h"
#include "history/nextversionreport.h"
#include "history/releasetag.h"

namespace rd {

// What a release is, apart from its commits.
struct ChangelogReleaseInfo
{
    QString version; // empty: changes not released yet ("Unreleased")
    QString tag;
    QString previousTag;
    QDate date;
    bool unreleased = false;
    bool preRelease = false;

    // A tagged release and the release it follows (null for the first).
    static ChangelogReleaseInfo fromTag(const ReleaseTag &tag, const ReleaseTag *previous);
    // The changes since the last release under the next version (its tag made with `pattern`),
    // dated `date`; "Unreleased" when there is nothing to release.
    static ChangelogReleaseInfo nextRelease(const NextVersionReport &report,
                                            const TagPattern &pattern,
                                            const QDate &date);
    // The changes since the last release as "Unreleased", whatever the next version is.
    static ChangelogReleaseInfo unreleasedChanges(const NextVersionReport &report);
};

// Turns classified commits into release notes: visible commits become entries in their type's
// section (sections ordered by changelog.sections, then as in `types`), breaking changes are
// gathered, issue references and links resolved; the other commits are listed as left out
// with the classifier's reason.
class ChangelogBuilder
{
public:
    ChangelogBuilder(CommitRules rules, ChangelogSettings settings, RepositoryLinks links);

    const ChangelogSettings &settings() const { return m_settings; }
    const RepositoryLinks &links() const { return m_links; }

    ChangelogRelease build(const ChangelogReleaseInfo &info,
                           const QList<AnalyzedCommit> &commits) const;
    // One commit as an entry (whether or not it would be visible).
    ChangelogEntry entry(const AnalyzedCommit &commit) const;

private:
    int sectionRank(const QString &title) const;

    CommitRules m_rules;
    ChangelogSettings m_settings;
    RepositoryLinks m_links;
    QHash<QString, int> m_ranks;
};

} // namespace rd
