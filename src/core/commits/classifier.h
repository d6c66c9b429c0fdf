// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commits/commitrules.h"
#include "commits/conventionalcommit.h"

namespace rd {

// Which rule decided a commit's bump level. Stable names (ruleName()) go into JSON output.
enum class ClassificationRule {
    BreakingMarker,  // "feat!:" → major (breaking)
    BreakingFooter,  // "BREAKING CHANGE:" footer → major (breaking)
    TypeRule,        // the type's configured bump (may be none)
    UnknownType,     // a conventional header whose type has no rule → none
    Revert,          // git Revert "..." → revertBump
    RevertedLater,   // reverted by a later commit of the same range: both cancel out
    Merge,           // merge commit → ignored
    Fixup,           // fixup!/amend!/squash! → ignored (folded into another commit)
    NotConventional, // no "type: description" header → ignored
    Empty,           // empty message → ignored
};

QString ruleName(ClassificationRule rule); // "breaking-marker", "type-rule", ...

// A commit's verdict: its bump level, the rule that decided it, and the reason in words, e.g.
//   "`feat!` → major: breaking change (the `!` marker)"
//   "`feat(api)` → minor: type feat bumps minor"
//   "`chore` → none: type chore does not bump the version (hidden)"
//   "`feature` → none: type feature has no rule (did you mean `feat`?)"
//   "`Revert` → patch: reverts `feat: x` (commits.revert-bump: patch)"
//   "no type prefix → ignored: “Update README” is not a Conventional Commit"
// The reason is a first-class result: GUI and CLI show it beside every commit. Quoting: the
// commit's prefix and conventional headers in backticks, free text in “ ”, long headers cut.
// A conventional commit that looks breaking but is not ("Breaking-Change:", "breaking change:"
// in the body, BREAKING CHANGE inside a body paragraph) says so after a ';'.
struct Classification
{
    BumpLevel level = BumpLevel::None;
    ClassificationRule rule = ClassificationRule::NotConventional;
    QString reason;
    bool breaking = false;
    bool hidden = true; // left out of release notes
    QString section;    // changelog section when visible
};

class CommitClassifier
{
public:
    explicit CommitClassifier(CommitRules rules = CommitRules::defaults());

    const CommitRules &rules() const { return m_rules; }

    // One commit on its own. parentCount > 1 marks a merge commit.
    // - A breaking change (marker or upper-case footer) is major on any type, even an unknown
    //   or hidden one, and always visible.
    // - Merges (form Merge or parentCount > 1) are ignored unless rules.classifyMerges; then a
    //   commit with a conventional header counts as usual and a "Merge ..." message counts as
    //   the conventional header found in its body (a pull request's title).
    // - A Revert of a conventional commit that bumps the version gets rules.revertBump; a
    //   revert of one that bumps nothing (docs, chore, unknown type) or of a non-conventional
    //   commit is none, since a release would only undo something that was never released as
    //   a change. A revert of a revert (or git's Reapply) counts as the re-applied commit.
    Classification classify(const ConventionalCommit &commit, int parentCount = 1) const;

    // A range of commits, newest first (as a revision walk yields them). Same as classify() for
    // each, except that a commit reverted by a later commit in the same range and that revert
    // both become RevertedLater (level none, hidden), since neither reaches the release.
    // `ids` are the commit ids (hex, full or abbreviated) matching `commits` index for index.
    // A revert naming a commit id ("This reverts commit <id>", 7+ hex digits) cancels only the
    // older commit in the range whose id shares that prefix: when the id is outside the range
    // the reverted commit was released, so the revert counts. A revert naming no id cancels the
    // nearest older commit with exactly its reverted header. The newest revert is matched first,
    // so in Revert "Revert "x"", Revert "x", x the first two cancel and x counts. When `ids`
    // does not have one id per commit, matching is by header only; a missing parent count is 1.
    QList<Classification> classifyRange(const QList<ConventionalCommit> &commits,
                                        const QList<QString> &ids,
                                        const QList<int> &parentCounts) const;

private:
    CommitRules m_rules;
};

} // namespace rd
