// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/analyzedcommit.h"

#include <QString>
#include <QStringList>

namespace rd::gui {

// What the Commits view's filter finds. The text is split into words (letters and digits; any
// other character separates them, case ignored), and a commit matches when every word starts
// one of the commit's own words: its type, its scope, its subject (the description, or the
// whole header of a commit that is not conventional), its author's name, or its id (so a hash
// prefix finds it). The reason a commit was classified is not searched: "fix" finds fix
// commits, not every reason that mentions a "prefix".
class CommitFilter
{
public:
    explicit CommitFilter(const QString &text = {});

    bool isEmpty() const { return m_words.isEmpty(); }
    // `key` as made by searchKey().
    bool matches(const QString &key) const;
    bool matches(const AnalyzedCommit &commit) const { return matches(searchKey(commit)); }

    // The words a commit is found by, made once per commit (off the GUI thread on a large
    // history) so that each keystroke costs one substring search per commit.
    static QString searchKey(const AnalyzedCommit &commit);

private:
    QStringList m_words; // each with the separator in front: a match starts a word
};

} // namespace rd::gui
