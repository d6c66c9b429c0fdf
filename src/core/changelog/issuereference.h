// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commits/conventionalcommit.h"

#include <QList>
#include <QString>

namespace rd {

// An issue or pull/merge request a commit mentions: "#123", "owner/repo#12", GitLab's "!45".
struct IssueReference
{
    QString text;              // as written: "#123", "owner/repo#12", "!45"
    QString number;            // "123"
    QString repository;        // "owner/repo" for another repository's issue; empty for this one
    bool mergeRequest = false; // "!45"
    // The closing keyword, lower-case ("closes", "fixes", "resolves"), or the footer token
    // ("refs"); empty when the issue is only mentioned.
    QString action;
    QString url; // filled in from the repository's links; empty when unknown

    bool closes() const;
};

// Every reference in a commit's description, body and footers, in that order, each once (a
// later closing keyword for an already mentioned issue is kept). "Closes #12, #13" closes both;
// footers such as "Fixes #12", "Closes: #12" or "Refs: #4, #5" carry their token as action.
// Not references: "#1" inside a word or URL ("a#1", "/#/path"), hex colours, a bare "#".
QList<IssueReference> findIssueReferences(const ConventionalCommit &commit);

} // namespace rd
