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
//   "no type prefix → ignored: “Update README” is not a Conventional Commit"
// The reason is a first-class result: GUI and CLI show it beside every commit.
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
    Classification classify(const ConventionalCommit &commit, int parentCount = 1) const;

    // A range of commits, newest first (as a revision walk yields them). Same as classify() for
    // each, except that a commit reverted by a later commit in the same range and that revert
    // both become RevertedLater (level none, hidden), since neither reaches the release.
    // `ids` are the commit ids (hex, full or abbreviated) matching `commits` index for index.
    QList<Classification> classifyRange(const QList<ConventionalCommit> &commits,
                                        const QList<QString> &ids,
                                        const QList<int> &parentCounts) const;

private:
    CommitRules m_rules;
};

} // namespace rd
