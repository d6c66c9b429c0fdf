// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace rd {

// A footer (git trailer) of a commit message: "Token: value" or "Token #value". Values may span
// several lines (continuation lines until the next footer token).
struct CommitFooter
{
    QString token;              // "Reviewed-by", "Refs", "BREAKING CHANGE" (as written)
    QString value;              // without the separator; continuation lines joined with '\n'
    bool hashSeparator = false; // "Token #value" (the '#' belongs to the separator)
    int line = 0;               // 1-based line of the token in the message
};

// What shape a commit message has. Only Conventional (and a Revert of one) takes part in
// version decisions; the other forms are recognised so the reason for ignoring them is exact.
enum class CommitForm {
    Conventional, // type(scope)!: description
    Revert,       // git's default: Revert "<header>" ... This reverts commit <id>.
    Merge,  // "Merge branch ...", "Merge pull request #1 from ...", "Merge remote-tracking..."
    Fixup,  // "fixup! <header>" / "amend! <header>": squashed into another commit later
    Squash, // "squash! <header>"
    NotConventional, // anything else; `problem` says what is missing
    Empty,           // empty or whitespace-only message
};

// A commit message parsed by the Conventional Commits 1.0.0 grammar.
struct ConventionalCommit
{
    CommitForm form = CommitForm::Empty;
    QString header;              // the first line, trimmed
    QString type;                // as written ("feat", "Fix"); compare case-insensitively
    QString scope;               // without parentheses; empty when none
    bool breakingMarker = false; // the '!' before ':'
    QString description;         // after ": "
    QString body;                // between the header and the footers, trimmed of blank edge lines
    QList<CommitFooter> footers;

    // For Revert: the reverted header (text inside the quotes) and commit id
    // ("This reverts commit <id>."), when present. The reverted header is parsed too:
    // `reverted` holds it when it is itself conventional.
    QString revertedHeader;
    QString revertedCommit;

    // For Fixup/Squash: the header they target.
    QString targetHeader;

    // For NotConventional: why, in a few words shown to users
    // ("no type prefix", "missing ': ' after the type", "empty description", "unclosed scope").
    QString problem;

    // A breaking change: the '!' marker or a "BREAKING CHANGE"/"BREAKING-CHANGE" footer
    // (upper-case only, as the spec requires).
    bool isBreaking() const;
    // The breaking-change note: the footer's value, or the description when only '!' is used.
    QString breakingNote() const;
    // First footer with this token (case-insensitive, except BREAKING CHANGE), or nullptr.
    const CommitFooter *footer(QStringView token) const;
};

// Parses a whole commit message (header, body, footers). Never fails: a message that does not
// follow the grammar comes back with form NotConventional and `problem` set. Accepts CRLF,
// trailing whitespace, a missing final newline, and U+FFFD from undecodable bytes.
ConventionalCommit parseCommitMessage(QStringView message);

} // namespace rd
