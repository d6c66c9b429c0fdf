// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifier.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace rd {

namespace {

// How deep a merge's body or a revert's target is classified in turn (the parser already
// bounds revert nesting; this keeps the classifier safe with hand-built commits too).
constexpr int maxDepth = 10;

QString code(QStringView text)
{
    return u'`' + text.toString() + u'`';
}

// A header quoted for a reason: long headers are cut so a reason stays one readable line.
QString quoted(QStringView text)
{
    constexpr qsizetype maxLength = 72;
    if (text.size() <= maxLength)
        return u'\u201c' + text.toString() + u'\u201d';
    return u'\u201c' + text.first(maxLength).toString() + u'\u2026' + u'\u201d';
}

// How a commit is named at the start of a reason.
QString subjectOf(const ConventionalCommit &commit)
{
    switch (commit.form) {
    case CommitForm::Conventional:
        return code(commit.prefix());
    case CommitForm::Revert:
        return code(commit.header.startsWith(u"Reapply") ? u"Reapply" : u"Revert");
    case CommitForm::Merge:
        return QCoreApplication::translate("rd::commits", "merge commit");
    case CommitForm::Fixup:
        return code(commit.header.startsWith(u"amend!") ? u"amend!" : u"fixup!");
    case CommitForm::Squash:
        return code(u"squash!");
    case CommitForm::NotConventional:
    case CommitForm::Empty:
        return commit.problem;
    }
    return {};
}

// A header in a reason: `feat: x` when conventional (it reads as code), “Update README” else,
// and for headers that are long or hold backticks themselves.
QString headerInReason(const ConventionalCommit &commit)
{
    if (commit.form == CommitForm::Conventional && commit.header.size() <= 72
        && !commit.header.contains(u'`'))
        return code(commit.header);
    return quoted(commit.header);
}

// The outcome words a reason names, for the translators: a bump level or "ignored".
[[maybe_unused]] constexpr const char *outcomeWords[] = {
        QT_TRANSLATE_NOOP("rd::commits", "none"),
        QT_TRANSLATE_NOOP("rd::commits", "patch"),
        QT_TRANSLATE_NOOP("rd::commits", "minor"),
        QT_TRANSLATE_NOOP("rd::commits", "major"),
        QT_TRANSLATE_NOOP("rd::commits", "ignored"),
};

QString arrow(const QString &subject, const QString &outcome, const QString &why)
{
    return subject + u" \u2192 "
           + QCoreApplication::translate("rd::commits", outcome.toUtf8().constData()) + u": " + why;
}

// Optimal string alignment distance (Levenshtein plus adjacent transpositions) for the short
// words commit types are.
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n > 32 || m > 32)
        return 99;
    std::array<std::array<int, 33>, 33> d{};
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The configured type a misspelt or unusual type most likely meant: a small edit ("fxi",
// "refator"), a longer form ("feature", "tests", "refactoring"), a shorter one ("doc"), or a
// common synonym ("bugfix"). Empty when nothing is close: a wrong guess misleads more than none.
QString suggestType(QStringView type, const CommitRules &rules)
{
    const QString lower = type.toString().toLower();
    static const std::array<std::pair<QStringView, QStringView>, 5> synonyms = {{
            {u"bug", u"fix"},
            {u"bugfix", u"fix"},
            {u"hotfix", u"fix"},
            {u"documentation", u"docs"},
            {u"feature", u"feat"},
    }};
    for (const auto &[word, meant] : synonyms) {
        if (lower == word && rules.rule(meant))
            return meant.toString();
    }
    QString best;
    int bestScore = 3;
    for (const TypeRule &r : rules.types) {
        int score = 99;
        if ((r.type.size() >= 3 && lower.startsWith(r.type))
            || (lower.size() >= 3 && r.type.startsWith(lower))) {
            score = 1;
        } else {
            const int d = editDistance(lower, r.type);
            const int allowed = std::min(lower.size(), r.type.size()) <= 4 ? 1 : 2;
            if (d <= allowed)
                score = d;
        }
        if (score < bestScore) {
            bestScore = score;
            best = r.type;
        }
    }
    return best;
}

// Why a conventional commit that looks breaking is not: the footer is miscased or sits in the
// body. Users otherwise only notice when a major release does not happen.
QString breakingHint(const ConventionalCommit &commit)
{
    const auto looksBreaking = [](QStringView line) {
        line = line.trimmed();
        return line.startsWith(u"BREAKING CHANGE", Qt::CaseInsensitive)
               || line.startsWith(u"BREAKING-CHANGE", Qt::CaseInsensitive);
    };
    for (const CommitFooter &f : commit.footers) {
        if (looksBreaking(f.token)) {
            return QCoreApplication::translate("rd::commits",
                                               "; the footer %1 does not count: only upper-case "
                                               "`BREAKING CHANGE:` marks a breaking change")
                    .arg(code(f.token));
        }
    }
    QStringList texts{commit.body};
    for (const CommitFooter &f : commit.footers)
        texts.append(f.value); // a note miscased below another footer ends up in its value
    for (const QString &text : std::as_const(texts)) {
        for (QStringView line : QStringView(text).split(u'\n')) {
            if (!looksBreaking(line))
                continue;
            const QStringView word = line.trimmed().first(15);
            if (word != u"BREAKING CHANGE" && word != u"BREAKING-CHANGE") {
                return QCoreApplication::translate(
                               "rd::commits",
                               "; %1 in the body does not count: only upper-case "
                               "`BREAKING CHANGE:` marks a breaking change")
                        .arg(code(word));
            }
            return QCoreApplication::translate(
                    "rd::commits",
                    "; the `BREAKING CHANGE` line in the body does not count: write "
                    "`BREAKING CHANGE: <note>` as its own paragraph at the end");
        }
    }
    return {};
}

Classification ignored(ClassificationRule rule, QString reason)
{
    Classification c;
    c.level = BumpLevel::None;
    c.rule = rule;
    c.reason = std::move(reason);
    c.hidden = true;
    return c;
}

Classification classifyCommit(const CommitRules &rules,
                              const ConventionalCommit &commit,
                              int parentCount,
                              int depth);

Classification classifyConventional(const CommitRules &rules, const ConventionalCommit &commit)
{
    Classification c;
    const TypeRule *typeRule = rules.rule(commit.type);
    const QString subject = subjectOf(commit);
    const CommitFooter *breakingFooter = commit.footer(u"BREAKING CHANGE");
    if (commit.breakingMarker || breakingFooter) {
        c.level = BumpLevel::Major;
        c.breaking = true;
        c.hidden = false;
        c.section = typeRule ? typeRule->section : QString();
        if (commit.breakingMarker) {
            c.rule = ClassificationRule::BreakingMarker;
            c.reason = arrow(
                    subject,
                    toString(c.level),
                    breakingFooter
                            ? QCoreApplication::translate("rd::commits",
                                                          "breaking change (the `!` marker and "
                                                          "a %1 footer)")
                                      .arg(code(breakingFooter->token))
                            : QCoreApplication::translate("rd::commits",
                                                          "breaking change (the `!` marker)"));
        } else {
            c.rule = ClassificationRule::BreakingFooter;
            c.reason = arrow(subject,
                             toString(c.level),
                             QCoreApplication::translate("rd::commits",
                                                         "breaking change (%1 footer)")
                                     .arg(code(breakingFooter->token)));
        }
        return c;
    }
    if (!typeRule) {
        c = ignored(ClassificationRule::UnknownType, {});
        const QString suggestion = suggestType(commit.type, rules);
        const QString why
                = suggestion.isEmpty()
                          ? QCoreApplication::translate(
                                    "rd::commits",
                                    "type %1 has no rule; add it under `types:` "
                                    "in .releasedesk.yml to count it")
                                    .arg(commit.type)
                          : QCoreApplication::translate("rd::commits",
                                                        "type %1 has no rule (did you mean %2?)")
                                    .arg(commit.type, code(suggestion));
        c.reason = arrow(subject, toString(BumpLevel::None), why + breakingHint(commit));
        return c;
    }
    c.rule = ClassificationRule::TypeRule;
    c.level = typeRule->bump;
    c.hidden = typeRule->hidden;
    c.section = typeRule->section;
    QString why = c.level == BumpLevel::None
                          ? QCoreApplication::translate("rd::commits",
                                                        "type %1 does not bump the version")
                                    .arg(typeRule->type)
                          : QCoreApplication::translate("rd::commits", "type %1 bumps %2")
                                    .arg(typeRule->type, toString(typeRule->bump));
    if (typeRule->hidden)
        why += QCoreApplication::translate("rd::commits", " (hidden)");
    c.reason = arrow(subject, toString(c.level), why + breakingHint(commit));
    return c;
}

Classification classifyRevert(const CommitRules &rules, const ConventionalCommit &commit, int depth)
{
    const QString subject = subjectOf(commit);
    const ConventionalCommit *target = commit.reverted.get();
    if (!target || target->form == CommitForm::Empty) {
        return ignored(ClassificationRule::Revert,
                       arrow(subject,
                             toString(BumpLevel::None),
                             QCoreApplication::translate("rd::commits",
                                                         "the reverted header is missing from %1")
                                     .arg(quoted(commit.header))));
    }
    // Reverting a revert puts the original change back: it counts as that change.
    if (target->form == CommitForm::Revert && target->reverted) {
        Classification c = classifyCommit(rules, *target->reverted, 1, depth + 1);
        c.rule = ClassificationRule::Revert;
        c.reason = arrow(subject,
                         toString(c.level),
                         QCoreApplication::translate(
                                 "rd::commits",
                                 "re-applies %1 (reverts its revert), which counts as: %2")
                                 .arg(headerInReason(*target->reverted), c.reason));
        return c;
    }
    if (target->form != CommitForm::Conventional) {
        return ignored(
                ClassificationRule::Revert,
                arrow(subject,
                      toString(BumpLevel::None),
                      QCoreApplication::translate("rd::commits",
                                                  "reverts %1, which is not a Conventional Commit")
                              .arg(quoted(target->header))));
    }
    // Undoing a change that did not move the version (docs, chore, unknown type) does not move
    // it either; a release would otherwise only undo documentation.
    const Classification original = classifyCommit(rules, *target, 1, depth + 1);
    if (original.level == BumpLevel::None) {
        return ignored(ClassificationRule::Revert,
                       arrow(subject,
                             toString(BumpLevel::None),
                             QCoreApplication::translate(
                                     "rd::commits", "reverts %1, which does not bump the version")
                                     .arg(headerInReason(*target))));
    }
    Classification c;
    c.rule = ClassificationRule::Revert;
    c.level = rules.revertBump;
    const TypeRule *revertRule = rules.rule(u"revert");
    c.section = revertRule ? revertRule->section : QStringLiteral("Reverts");
    c.hidden = revertRule ? revertRule->hidden : false;
    c.reason = arrow(subject,
                     toString(c.level),
                     QCoreApplication::translate("rd::commits",
                                                 "reverts %1 (commits.revert-bump: %2)")
                             .arg(headerInReason(*target), toString(rules.revertBump)));
    return c;
}

Classification classifyMerge(const CommitRules &rules,
                             const ConventionalCommit &commit,
                             int parentCount,
                             int depth)
{
    const QString parents = parentCount > 1
                                    ? QCoreApplication::translate("rd::commits", " (%1 parents)")
                                              .arg(parentCount)
                                    : QString();
    if (!rules.classifyMerges) {
        return ignored(ClassificationRule::Merge,
                       arrow(QCoreApplication::translate("rd::commits", "merge commit") + parents,
                             QStringLiteral("ignored"),
                             QCoreApplication::translate("rd::commits",
                                                         "%1 joins commits that count on their own "
                                                         "(commits.merge-commits: ignore)")
                                     .arg(quoted(commit.header))));
    }
    // "Merge pull request #12 from a/b" carries the pull request's title in its body.
    if (depth < maxDepth && !commit.body.isEmpty()) {
        const ConventionalCommit inner = parseCommitMessage(commit.body);
        if (inner.form == CommitForm::Conventional || inner.form == CommitForm::Revert) {
            Classification c = classifyCommit(rules, inner, 1, depth + 1);
            c.reason += QCoreApplication::translate("rd::commits",
                                                    " (from the message of the merge %1)")
                                .arg(quoted(commit.header));
            return c;
        }
    }
    return ignored(
            ClassificationRule::Merge,
            arrow(QCoreApplication::translate("rd::commits", "merge commit") + parents,
                  QStringLiteral("ignored"),
                  QCoreApplication::translate("rd::commits",
                                              "neither %1 nor the text below it is a Conventional "
                                              "Commit")
                          .arg(quoted(commit.header))));
}

Classification classifyCommit(const CommitRules &rules,
                              const ConventionalCommit &commit,
                              int parentCount,
                              int depth)
{
    if (depth > maxDepth)
        return ignored(
                ClassificationRule::NotConventional,
                arrow(quoted(commit.header),
                      QStringLiteral("ignored"),
                      QCoreApplication::translate("rd::commits",
                                                  "reverts and merges are nested too deeply to "
                                                  "classify")));
    if (commit.form == CommitForm::Empty) {
        return ignored(ClassificationRule::Empty,
                       arrow(QCoreApplication::translate("rd::commits", "empty message"),
                             QStringLiteral("ignored"),
                             QCoreApplication::translate("rd::commits",
                                                         "the commit has no message to classify")));
    }
    if (commit.form == CommitForm::Merge || (parentCount > 1 && !rules.classifyMerges)) {
        return classifyMerge(rules, commit, parentCount, depth);
    }
    switch (commit.form) {
    case CommitForm::Conventional:
        return classifyConventional(rules, commit);
    case CommitForm::Revert:
        return classifyRevert(rules, commit, depth);
    case CommitForm::Fixup:
    case CommitForm::Squash:
        return ignored(ClassificationRule::Fixup,
                       arrow(subjectOf(commit),
                             QStringLiteral("ignored"),
                             QCoreApplication::translate("rd::commits",
                                                         "it amends %1, which is counted instead")
                                     .arg(quoted(commit.targetHeader))));
    case CommitForm::NotConventional: {
        // semantic-release's analyzers (angular and conventionalcommits presets) read the
        // footers of every commit, so a BREAKING CHANGE footer under any header releases a
        // major version; one real project did exactly that. Count it the same way.
        if (const CommitFooter *footer = commit.footer(u"BREAKING CHANGE")) {
            Classification c;
            c.level = BumpLevel::Major;
            c.breaking = true;
            c.hidden = false;
            c.rule = ClassificationRule::BreakingFooter;
            c.reason = arrow(
                    QCoreApplication::translate("rd::commits", "%1 footer")
                            .arg(code(footer->token)),
                    toString(c.level),
                    QCoreApplication::translate("rd::commits",
                                                "breaking change, though %1 is not a Conventional "
                                                "Commit (%2): semantic-release counts this footer "
                                                "under any header, and so does ReleaseDesk")
                            .arg(quoted(commit.header), commit.problem));
            return c;
        }
        return ignored(ClassificationRule::NotConventional,
                       arrow(commit.problem,
                             QStringLiteral("ignored"),
                             QCoreApplication::translate("rd::commits",
                                                         "%1 is not a Conventional Commit")
                                     .arg(quoted(commit.header))));
    }
    case CommitForm::Merge:
    case CommitForm::Empty:
        break;
    }
    return ignored(ClassificationRule::NotConventional, commit.problem);
}

bool isRevertCommit(const ConventionalCommit &commit)
{
    if (commit.form == CommitForm::Revert)
        return true;
    return commit.form == CommitForm::Conventional
           && (!commit.revertedCommit.isEmpty() || !commit.revertedHeader.isEmpty())
           && commit.type.compare(u"revert", Qt::CaseInsensitive) == 0;
}

// Ids shorter than this are too ambiguous to match a revert to its commit.
constexpr qsizetype minIdLength = 7;

bool sameCommitId(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    return n >= minIdLength && a.first(n).compare(b.first(n), Qt::CaseInsensitive) == 0;
}

QString shortId(const QString &id)
{
    return id.left(minIdLength);
}

} // namespace

QString ruleName(ClassificationRule rule)
{
    switch (rule) {
    case ClassificationRule::BreakingMarker:
        return QStringLiteral("breaking-marker");
    case ClassificationRule::BreakingFooter:
        return QStringLiteral("breaking-footer");
    case ClassificationRule::TypeRule:
        return QStringLiteral("type-rule");
    case ClassificationRule::UnknownType:
        return QStringLiteral("unknown-type");
    case ClassificationRule::Revert:
        return QStringLiteral("revert");
    case ClassificationRule::RevertedLater:
        return QStringLiteral("reverted-later");
    case ClassificationRule::Merge:
        return QStringLiteral("merge");
    case ClassificationRule::Fixup:
        return QStringLiteral("fixup");
    case ClassificationRule::NotConventional:
        return QStringLiteral("not-conventional");
    case ClassificationRule::Empty:
        return QStringLiteral("empty");
    }
    return {};
}

CommitClassifier::CommitClassifier(CommitRules rules)
    : m_rules(std::move(rules))
{}

Classification CommitClassifier::classify(const ConventionalCommit &commit, int parentCount) const
{
    return classifyCommit(m_rules, commit, parentCount, 0);
}

QList<Classification> CommitClassifier::classifyRange(const QList<ConventionalCommit> &commits,
                                                      const QList<QString> &ids,
                                                      const QList<int> &parentCounts) const
{
    const qsizetype n = commits.size();
    QList<Classification> result;
    result.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        result.append(classify(commits[i], i < parentCounts.size() ? parentCounts[i] : 1));

    const bool haveIds = ids.size() == n;
    // Indexes for finding a reverted commit without scanning the range once per revert.
    QHash<QString, QList<qsizetype>> byIdPrefix;
    QHash<QString, QList<qsizetype>> byHeader;
    for (qsizetype i = 0; i < n; ++i) {
        if (haveIds && ids[i].size() >= minIdLength)
            byIdPrefix[ids[i].left(minIdLength).toLower()].append(i);
        byHeader[commits[i].header].append(i);
    }

    QList<bool> cancelled(n, false);
    // "1a2b3c4 (`feat: x`)", or just the header when the caller gave no ids.
    const auto name = [&](qsizetype i) {
        const QString header = headerInReason(commits[i]);
        return haveIds && !ids[i].isEmpty() ? shortId(ids[i]) + u" (" + header + u')' : header;
    };
    // Newest first: the latest revert decides, so Revert "Revert "x"" cancels with the revert
    // it reverts and x stays in the release.
    for (qsizetype i = 0; i < n; ++i) {
        const ConventionalCommit &revert = commits[i];
        if (cancelled[i] || !isRevertCommit(revert))
            continue;
        qsizetype target = -1;
        const auto firstOpen = [&](const QList<qsizetype> &candidates, auto matches) {
            for (qsizetype j : candidates) {
                if (j > i && !cancelled[j] && matches(j))
                    return j;
            }
            return qsizetype(-1);
        };
        if (haveIds && revert.revertedCommit.size() >= minIdLength) {
            const auto it = byIdPrefix.constFind(revert.revertedCommit.left(minIdLength).toLower());
            if (it != byIdPrefix.cend()) {
                target = firstOpen(*it, [&](qsizetype j) {
                    return sameCommitId(ids[j], revert.revertedCommit);
                });
            }
        } else if (!revert.revertedHeader.isEmpty()) {
            const auto it = byHeader.constFind(revert.revertedHeader);
            if (it != byHeader.cend())
                target = firstOpen(*it, [](qsizetype) { return true; });
        }
        if (target < 0)
            continue;
        cancelled[i] = cancelled[target] = true;

        Classification &reverted = result[target];
        reverted = ignored(
                ClassificationRule::RevertedLater,
                arrow(subjectOf(commits[target]),
                      toString(BumpLevel::None),
                      QCoreApplication::translate("rd::commits",
                                                  "reverted later in this range by %1, so neither "
                                                  "reaches the release")
                              .arg(name(i))));
        result[i] = ignored(
                ClassificationRule::RevertedLater,
                arrow(subjectOf(revert),
                      toString(BumpLevel::None),
                      QCoreApplication::translate("rd::commits",
                                                  "cancels %1 from the same range, so neither "
                                                  "reaches the release")
                              .arg(name(target))));
    }
    return result;
}

} // namespace rd
