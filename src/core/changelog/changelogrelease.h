// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog/issuereference.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rd {

struct ChangelogAuthor
{
    QString name;
    QString email;
};

// One line of release notes: a commit that made it into the changelog.
struct ChangelogEntry
{
    QString commit; // full id
    QString type;   // lower-case ("feat"); "revert" for git's Revert "..." commits
    QString scope;
    QString description; // the header's description (the whole header for a git revert)
    QString body;
    bool breaking = false;
    QString breakingNote; // the BREAKING CHANGE text, or the description for a bare '!'
    QList<IssueReference> references;
    QList<ChangelogAuthor> authors; // the author, then Co-authored-by trailers
    QDateTime date;                 // committer time
    QString commitUrl;              // empty without links

    QString shortCommit() const { return commit.left(7); }
};

struct ChangelogSection
{
    QString title; // "Features"
    QList<ChangelogEntry> entries;
};

// A commit of the release that is not in its notes, with the classifier's reason.
struct LeftOutCommit
{
    QString commit;
    QString header;
    QString reason;
};

// The notes of one release: sections in display order (empty ones left out), the breaking
// changes again on their own, and the commits left out with the reason.
struct ChangelogRelease
{
    QString version;     // "1.2.0"; empty for changes not released yet
    QString tag;         // "v1.2.0" (for the next release: the tag it will get)
    QString previousTag; // the release it follows; empty for the first one
    QDate date;
    bool unreleased = false; // not tagged yet
    bool preRelease = false;
    QString compareUrl; // previousTag...tag; empty without links or a previous release
    QList<ChangelogSection> sections;
    QList<ChangelogEntry> breakingChanges;
    QList<LeftOutCommit> leftOut;
    qsizetype commitCount = 0;

    // "1.2.0", or "Unreleased" for changes without a version yet.
    QString title() const;
    qsizetype entryCount() const;
    bool isEmpty() const { return sections.isEmpty(); }
};

} // namespace rd
