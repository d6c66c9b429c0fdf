// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

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
    QString scope;               // without parentheses and the spaces inside them; empty when none
    bool breakingMarker = false; // the '!' before ':'
    qsizetype prefixLength = 0;  // parsed: the header's characters before ':' (prefix())
    QString description;         // after ": "
    QString body;                // between the header and the footers, trimmed of blank edge lines
    QList<CommitFooter> footers;

    // For Revert (and a conventional `revert:` commit): the reverted header (text inside the
    // quotes; for `revert: <header>` the description) and commit id ("This reverts commit
    // <id>.", or for `revert:` the first commit id of a `Refs` footer), when present.
    // `reverted` is the reverted header parsed (any form: a `Revert "Revert "x""` holds a
    // Revert whose `reverted` is x); null when there is no reverted header. git's
    // `Reapply "x"` (what git writes when reverting a revert) is read as `Revert "Revert "x""`.
    QString revertedHeader;
    QString revertedCommit;
    std::shared_ptr<const ConventionalCommit> reverted;

    // For Fixup/Squash: the header they target.
    QString targetHeader;

    // For NotConventional (and Empty: "empty message"): why, in a few words shown to users.
    // One of: "no type prefix", "missing type before ':'", "missing type before the scope",
    // "unclosed scope", "'(' inside the scope", "empty scope", "space before the scope",
    // "space before ':'", "missing ': ' after the scope", "missing ':' after '!'",
    // "missing space after ':'", "empty description", "type `feat x` contains a space",
    // "type `feat-1` may only contain letters".
    QString problem;

    // A breaking change: the '!' marker or a "BREAKING CHANGE"/"BREAKING-CHANGE" footer
    // (upper-case only, as the spec requires).
    bool isBreaking() const;
    // The breaking-change note: the footer's value (several BREAKING CHANGE footers are joined
    // with a blank line), or the description when only '!' is used.
    QString breakingNote() const;
    // "feat(api)!": type, scope and marker as written in the header ("chore( deps)" stays so,
    // while `scope` is "deps"); built from the fields for a commit that was not parsed; empty
    // unless there is a type.
    QString prefix() const;
    // First footer with this token (case-insensitive, except BREAKING CHANGE), or nullptr.
    // "BREAKING CHANGE" and "BREAKING-CHANGE" find either form (they are synonyms); a miscased
    // "Breaking Change" query matches only a footer written exactly so.
    const CommitFooter *footer(QStringView token) const;
};

// "conventional", "revert", "merge", "fixup", "squash", "not-conventional", "empty": stable
// names for JSON output and test diagnostics.
QString formName(CommitForm form);

// True for the footer tokens that mark a breaking change: exactly "BREAKING CHANGE" or
// "BREAKING-CHANGE" (upper-case, spec rules 12, 15 and 16).
bool isBreakingToken(QStringView token);

// Parses a whole commit message (header, body, footers). Never fails: a message that does not
// follow the grammar comes back with form NotConventional and `problem` set. Accepts CRLF,
// trailing whitespace, a missing final newline, and U+FFFD from undecodable bytes.
//
// Decisions where the spec leaves room (tests pin each one):
// - The header is the first non-blank line; a body may start right below it without the blank
//   line the spec asks for (git itself accepts that), it is not a reason to reject a commit.
// - The type is ASCII letters only; "feat:x" is not conventional ("missing space after ':'").
// - Footers are the trailing paragraphs whose first line is "Token: value" / "Token #value"
//   (a token is a letter followed by letters, digits, '-' or '_'; only BREAKING CHANGE may
//   contain a space). Lines below a token line that are not token lines continue its value.
//   A paragraph that does not start with a token line ends the footers above it, except after a
//   BREAKING CHANGE footer, whose note may span paragraphs; and a paragraph that starts with an
//   upper-case BREAKING CHANGE footer always starts the footers, so a note is never lost.
// - A generic token needs its value on the token's line ("Changes:" above a list stays body);
//   "BREAKING CHANGE:" may put its whole note on the following lines.
// - Lines lose trailing whitespace (and the '\r' of CRLF); the body keeps indentation.
ConventionalCommit parseCommitMessage(QStringView message);

} // namespace rd
