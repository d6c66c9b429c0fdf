// SPDX-License-Identifier: GPL-3.0-or-later
#include "commits/classifier.h"
#include "historyreader.h"

#include <QTest>

using namespace rd;

namespace {

CommitRules rulesFrom(const QByteArray &yaml)
{
    auto config = ProjectConfig::parse(yaml, QStringLiteral(".releasedesk.yml"));
    if (!config)
        qFatal("bad test YAML: %s", qPrintable(config.error().toString()));
    auto rules = CommitRules::fromConfig(*config);
    if (!rules)
        qFatal("bad test rules: %s", qPrintable(rules.error().toString()));
    return *rules;
}

QList<ConventionalCommit> parseAll(const QStringList &messages)
{
    QList<ConventionalCommit> list;
    for (const QString &m : messages)
        list.append(parseCommitMessage(m));
    return list;
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void suggestions_data();
    void suggestions();
    void configuredRules_data();
    void configuredRules();
    void ruleNames();

    void range_data();
    void range();
    void rangeWithoutIds();
    void realHistoryRange();
};

void TestClassifier::classify_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("parents");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QString>("section");

    QTest::newRow("marker") << "feat!: drop v1" << 1 << "major"
                            << "breaking-marker"
                            << "`feat!` → major: breaking change (the `!` marker)" << false
                            << "Features";
    QTest::newRow("marker with scope on a hidden type")
            << "chore(deps)!: drop node 16" << 1 << "major"
            << "breaking-marker"
            << "`chore(deps)!` → major: breaking change (the `!` marker)" << false
            << "Miscellaneous Chores";
    QTest::newRow("marker and footer")
            << "chore!: drop support for Node 6\n\nBREAKING CHANGE: use new features" << 1
            << "major"
            << "breaking-marker"
            << "`chore!` → major: breaking change (the `!` marker and a `BREAKING CHANGE` footer)"
            << false << "Miscellaneous Chores";
    QTest::newRow("footer") << "docs(api): x\n\nBREAKING-CHANGE: y" << 1 << "major"
                            << "breaking-footer"
                            << "`docs(api)` → major: breaking change (`BREAKING-CHANGE` footer)"
                            << false << "Documentation";
    QTest::newRow("footer on an unknown type")
            << "breaking: no more tokens\n\nBREAKING CHANGE: no more tokens" << 1 << "major"
            << "breaking-footer"
            << "`breaking` → major: breaking change (`BREAKING CHANGE` footer)" << false << "";
    QTest::newRow("feature type") << "feat(api): add x" << 1 << "minor"
                                  << "type-rule"
                                  << "`feat(api)` → minor: type feat bumps minor" << false
                                  << "Features";
    QTest::newRow("type in another case")
            << "Fix: y" << 1 << "patch"
            << "type-rule"
            << "`Fix` → patch: type fix bumps patch" << false << "Bug Fixes";
    QTest::newRow("hidden type") << "chore: tidy" << 1 << "none"
                                 << "type-rule"
                                 << "`chore` → none: type chore does not bump the version (hidden)"
                                 << true << "Miscellaneous Chores";
    QTest::newRow("unknown type, close to a known one")
            << "feature: x" << 1 << "none"
            << "unknown-type"
            << "`feature` → none: type feature has no rule (did you mean `feat`?)" << true << "";
    QTest::newRow("unknown type, nothing close")
            << "wip: x" << 1 << "none"
            << "unknown-type"
            << "`wip` → none: type wip has no rule; add it under `types:` in .releasedesk.yml to "
               "count it"
            << true << "";
    QTest::newRow("miscased breaking footer")
            << "feat: x\n\nBreaking-Change: y" << 1 << "minor"
            << "type-rule"
            << "`feat` → minor: type feat bumps minor; the footer `Breaking-Change` does not "
               "count: only upper-case `BREAKING CHANGE:` marks a breaking change"
            << false << "Features";
    QTest::newRow("lower-case breaking note in the body")
            << "fix: x\n\nbreaking change: y" << 1 << "patch"
            << "type-rule"
            << "`fix` → patch: type fix bumps patch; `breaking change` in the body does not "
               "count: only upper-case `BREAKING CHANGE:` marks a breaking change"
            << false << "Bug Fixes";
    QTest::newRow("breaking note inside a body paragraph")
            << "fix: x\n\nSome text\nBREAKING CHANGE: y" << 1 << "patch"
            << "type-rule"
            << "`fix` → patch: type fix bumps patch; the `BREAKING CHANGE` line in the body does "
               "not count: write `BREAKING CHANGE: <note>` as its own paragraph at the end"
            << false << "Bug Fixes";
    QTest::newRow("not conventional")
            << "Update README" << 1 << "none"
            << "not-conventional"
            << "no type prefix → ignored: “Update README” is not a Conventional Commit" << true
            << "";
    QTest::newRow("no space after the colon")
            << "feat:x" << 1 << "none"
            << "not-conventional"
            << "missing space after ':' → ignored: “feat:x” is not a Conventional Commit" << true
            << "";
    QTest::newRow("breaking footer without a type")
            << "Drop v1\n\nBREAKING CHANGE: gone" << 1 << "major"
            << "breaking-footer"
            << "`BREAKING CHANGE` footer → major: breaking change, though “Drop v1” is not a "
               "Conventional Commit (no type prefix): semantic-release counts this footer under "
               "any header, and so does ReleaseDesk"
            << false << "";
    QTest::newRow("breaking-change footer under a malformed header")
            << "feat:x\n\nBREAKING-CHANGE: the API is gone" << 1 << "major"
            << "breaking-footer"
            << "`BREAKING-CHANGE` footer → major: breaking change, though “feat:x” is not a "
               "Conventional Commit (missing space after ':'): semantic-release counts this "
               "footer under any header, and so does ReleaseDesk"
            << false << "";
    QTest::newRow("miscased footer without a type stays ignored")
            << "Drop v1\n\nBreaking change: gone" << 1 << "none"
            << "not-conventional"
            << "no type prefix → ignored: “Drop v1” is not a Conventional Commit" << true << "";
    QTest::newRow("empty") << " \n"
                           << 1 << "none"
                           << "empty"
                           << "empty message → ignored: the commit has no message to classify"
                           << true << "";
    QTest::newRow("merge message")
            << "Merge pull request #12 from a/b\n\nfeat: x" << 2 << "none"
            << "merge"
            << "merge commit (2 parents) → ignored: “Merge pull request #12 from a/b” joins "
               "commits that count on their own (commits.merge-commits: ignore)"
            << true << "";
    QTest::newRow("conventional header on a merge commit")
            << "feat: merge upstream" << 2 << "none"
            << "merge"
            << "merge commit (2 parents) → ignored: “feat: merge upstream” joins commits that "
               "count on their own (commits.merge-commits: ignore)"
            << true << "";
    QTest::newRow("merge message, one parent (squashed)")
            << "Merge branch 'x'" << 1 << "none"
            << "merge"
            << "merge commit → ignored: “Merge branch 'x'” joins commits that count on their own "
               "(commits.merge-commits: ignore)"
            << true << "";
    QTest::newRow("fixup") << "fixup! feat: x" << 1 << "none"
                           << "fixup"
                           << "`fixup!` → ignored: it amends “feat: x”, which is counted instead"
                           << true << "";
    QTest::newRow("amend") << "amend! feat: x" << 1 << "none"
                           << "fixup"
                           << "`amend!` → ignored: it amends “feat: x”, which is counted instead"
                           << true << "";
    QTest::newRow("squash") << "squash! fix: y" << 1 << "none"
                            << "fixup"
                            << "`squash!` → ignored: it amends “fix: y”, which is counted instead"
                            << true << "";
    QTest::newRow("revert of a feature")
            << "Revert \"feat: x\"\n\nThis reverts commit 0123456789abcdef." << 1 << "patch"
            << "revert"
            << "`Revert` → patch: reverts `feat: x` (commits.revert-bump: patch)" << false
            << "Reverts";
    QTest::newRow("revert of documentation")
            << "Revert \"docs: x\"" << 1 << "none"
            << "revert"
            << "`Revert` → none: reverts `docs: x`, which does not bump the version" << true << "";
    QTest::newRow("revert of a non-conventional commit")
            << "Revert \"Update README\"" << 1 << "none"
            << "revert"
            << "`Revert` → none: reverts “Update README”, which is not a Conventional Commit"
            << true << "";
    QTest::newRow("revert of a revert re-applies")
            << "Revert \"Revert \"feat: x\"\"" << 1 << "minor"
            << "revert"
            << "`Revert` → minor: re-applies `feat: x` (reverts its revert), which counts as: "
               "`feat` → minor: type feat bumps minor"
            << false << "Features";
    QTest::newRow("reapply") << "Reapply \"fix!: x\"" << 1 << "major"
                             << "revert"
                             << "`Reapply` → major: re-applies `fix!: x` (reverts its revert), "
                                "which counts as: `fix!` → major: breaking change (the `!` marker)"
                             << false << "Bug Fixes";
    QTest::newRow("revert type follows its type rule")
            << "revert: docs: x\n\nThis reverts commit 0123456789abcdef." << 1 << "patch"
            << "type-rule"
            << "`revert` → patch: type revert bumps patch" << false << "Reverts";
}

void TestClassifier::classify()
{
    QFETCH(QString, message);
    QFETCH(int, parents);
    QFETCH(QString, level);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    QFETCH(bool, hidden);
    QFETCH(QString, section);
    const Classification c = CommitClassifier().classify(parseCommitMessage(message), parents);
    QCOMPARE(c.reason, reason);
    QCOMPARE(toString(c.level), level);
    QCOMPARE(ruleName(c.rule), rule);
    QCOMPARE(c.breaking, level == u"major");
    QCOMPARE(c.hidden, hidden);
    QCOMPARE(c.section, section);
}

void TestClassifier::suggestions_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("suggestion"); // empty: none offered
    QTest::newRow("longer form") << "feature"
                                 << "feat";
    QTest::newRow("plural") << "tests"
                            << "test";
    QTest::newRow("shorter form") << "doc"
                                  << "docs";
    QTest::newRow("-ing") << "refactoring"
                          << "refactor";
    QTest::newRow("missing letter") << "refator"
                                    << "refactor";
    QTest::newRow("swapped letters") << "fxi"
                                     << "fix";
    QTest::newRow("swapped letters, longer") << "feta"
                                             << "feat";
    QTest::newRow("one letter off") << "text"
                                    << "test";
    QTest::newRow("synonym") << "bugfix"
                             << "fix";
    QTest::newRow("hotfix") << "hotfix"
                            << "fix";
    QTest::newRow("documentation") << "documentation"
                                   << "docs";
    QTest::newRow("two edits on a short word are too far") << "wip"
                                                           << "";
    QTest::newRow("unrelated") << "update"
                               << "";
    QTest::newRow("single letter") << "x"
                                   << "";
}

void TestClassifier::suggestions()
{
    QFETCH(QString, type);
    QFETCH(QString, suggestion);
    const Classification c = CommitClassifier().classify(parseCommitMessage(type + ": x"));
    QCOMPARE(c.rule, ClassificationRule::UnknownType);
    if (suggestion.isEmpty())
        QVERIFY2(!c.reason.contains("did you mean"), qPrintable(c.reason));
    else
        QVERIFY2(c.reason.endsWith("(did you mean `" + suggestion + "`?)"), qPrintable(c.reason));
}

void TestClassifier::configuredRules_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("parents");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("reason");

    const QByteArray classify = "commits: { merge-commits: classify }\n";
    QTest::newRow("merge classified by its pull request title")
            << classify << "Merge pull request #12 from a/b\n\nfeat(ui): x" << 2 << "minor"
            << "`feat(ui)` → minor: type feat bumps minor (from the message of the merge “Merge "
               "pull request #12 from a/b”)";
    QTest::newRow("merge without a conventional title")
            << classify << "Merge branch 'next'" << 2 << "none"
            << "merge commit (2 parents) → ignored: neither “Merge branch 'next'” nor the text "
               "below it is a Conventional Commit";
    QTest::newRow("conventional merge header")
            << classify << "fix: merge upstream fixes" << 2 << "patch"
            << "`fix` → patch: type fix bumps patch";
    QTest::newRow("revert bump")
            << QByteArray("commits: { revert-bump: minor }\n") << "Revert \"fix: x\"" << 1
            << "minor"
            << "`Revert` → minor: reverts `fix: x` (commits.revert-bump: minor)";
    QTest::newRow("revert bump none")
            << QByteArray("commits: { revert-bump: none }\n") << "Revert \"fix: x\"" << 1 << "none"
            << "`Revert` → none: reverts `fix: x` (commits.revert-bump: none)";
    QTest::newRow("new type") << QByteArray("types: { deps: { bump: patch } }\n") << "deps: bump x"
                              << 1 << "patch"
                              << "`deps` → patch: type deps bumps patch";
    QTest::newRow("suggestion among configured types")
            << QByteArray("types: { deps: { bump: patch } }\n") << "dep: bump x" << 1 << "none"
            << "`dep` → none: type dep has no rule (did you mean `deps`?)";
    QTest::newRow("docs made visible")
            << QByteArray("types: { docs: { bump: patch, hidden: false } }\n") << "docs: x" << 1
            << "patch"
            << "`docs` → patch: type docs bumps patch";
}

void TestClassifier::configuredRules()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, parents);
    QFETCH(QString, level);
    QFETCH(QString, reason);
    const CommitClassifier classifier(rulesFrom(yaml));
    const Classification c = classifier.classify(parseCommitMessage(message), parents);
    QCOMPARE(c.reason, reason);
    QCOMPARE(toString(c.level), level);
}

void TestClassifier::ruleNames()
{
    // Stable names: they go into JSON output that scripts read.
    QCOMPARE(ruleName(ClassificationRule::BreakingMarker), QStringLiteral("breaking-marker"));
    QCOMPARE(ruleName(ClassificationRule::BreakingFooter), QStringLiteral("breaking-footer"));
    QCOMPARE(ruleName(ClassificationRule::TypeRule), QStringLiteral("type-rule"));
    QCOMPARE(ruleName(ClassificationRule::UnknownType), QStringLiteral("unknown-type"));
    QCOMPARE(ruleName(ClassificationRule::Revert), QStringLiteral("revert"));
    QCOMPARE(ruleName(ClassificationRule::RevertedLater), QStringLiteral("reverted-later"));
    QCOMPARE(ruleName(ClassificationRule::Merge), QStringLiteral("merge"));
    QCOMPARE(ruleName(ClassificationRule::Fixup), QStringLiteral("fixup"));
    QCOMPARE(ruleName(ClassificationRule::NotConventional), QStringLiteral("not-conventional"));
    QCOMPARE(ruleName(ClassificationRule::Empty), QStringLiteral("empty"));
}

void TestClassifier::range_data()
{
    // Newest first. Each commit: message, id, parents; expected: level and rule per commit.
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("parents");
    QTest::addColumn<QStringList>("verdicts"); // "level rule"

    const QString a = "aaaaaaa1111111111111111111111111111111111";
    const QString b = "bbbbbbb2222222222222222222222222222222222";
    const QString c = "ccccccc3333333333333333333333333333333333";
    const QString d = "ddddddd4444444444444444444444444444444444";
    const QString revertOfA = "Revert \"feat: x\"\n\nThis reverts commit " + a + ".";

    QTest::newRow("revert cancels by id")
            << QStringList{revertOfA, "fix: y", "feat: x"} << QStringList{c, b, a}
            << QList<int>{1, 1, 1}
            << QStringList{"none reverted-later", "patch type-rule", "none reverted-later"};
    QTest::newRow("abbreviated ids in the range")
            << QStringList{revertOfA, "feat: x"} << QStringList{c.left(7), a.left(10)}
            << QList<int>{1, 1} << QStringList{"none reverted-later", "none reverted-later"};
    QTest::newRow("abbreviated id in the message")
            << QStringList{"Revert \"feat: x\"\n\nThis reverts commit AAAAAAA1.", "feat: x"}
            << QStringList{c, a} << QList<int>{1, 1}
            << QStringList{"none reverted-later", "none reverted-later"};
    QTest::newRow("by header when the message names no id")
            << QStringList{"Revert \"feat: x\"", "feat: x"} << QStringList{b, a} << QList<int>{1, 1}
            << QStringList{"none reverted-later", "none reverted-later"};
    QTest::newRow("id outside the range: the revert counts, the header is not guessed")
            << QStringList{"Revert \"feat: x\"\n\nThis reverts commit " + d + ".", "feat: x"}
            << QStringList{b, a} << QList<int>{1, 1}
            << QStringList{"patch revert", "minor type-rule"};
    QTest::newRow("a revert older than the commit does not cancel it")
            << QStringList{"feat: x", "Revert \"feat: x\""} << QStringList{b, a} << QList<int>{1, 1}
            << QStringList{"minor type-rule", "patch revert"};
    QTest::newRow("only the nearest of two equal headers")
            << QStringList{"Revert \"fix: y\"", "fix: y", "fix: y"} << QStringList{c, b, a}
            << QList<int>{1, 1, 1}
            << QStringList{"none reverted-later", "none reverted-later", "patch type-rule"};
    QTest::newRow("revert of a revert: the feature stays")
            << QStringList{"Revert \"Revert \"feat: x\"\"\n\nThis reverts commit " + b + ".",
                           revertOfA,
                           "feat: x"}
            << QStringList{c, b, a} << QList<int>{1, 1, 1}
            << QStringList{"none reverted-later", "none reverted-later", "minor type-rule"};
    QTest::newRow("reapply of a released revert cancels with it")
            << QStringList{"Reapply \"feat: x\"\n\nThis reverts commit " + b + ".", revertOfA}
            << QStringList{c, b} << QList<int>{1, 1}
            << QStringList{"none reverted-later", "none reverted-later"};
    QTest::newRow("conventional revert type cancels too")
            << QStringList{"revert: feat: x\n\nThis reverts commit " + a + ".", "feat: x"}
            << QStringList{c, a} << QList<int>{1, 1}
            << QStringList{"none reverted-later", "none reverted-later"};
    QTest::newRow("merges in the range stay ignored")
            << QStringList{"Merge branch 'x'", "feat: x", "Merge pull request #1 from a/b"}
            << QStringList{c, b, a} << QList<int>{2, 1, 2}
            << QStringList{"none merge", "minor type-rule", "none merge"};
}

void TestClassifier::range()
{
    QFETCH(QStringList, messages);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, parents);
    QFETCH(QStringList, verdicts);
    const QList<Classification> result = CommitClassifier().classifyRange(parseAll(messages),
                                                                          ids,
                                                                          parents);
    QStringList actual;
    for (const Classification &c : result)
        actual.append(toString(c.level) + ' ' + ruleName(c.rule));
    QCOMPARE(actual, verdicts);
    for (const Classification &c : result) {
        if (c.rule == ClassificationRule::RevertedLater) {
            QVERIFY(c.hidden);
            QVERIFY(!c.breaking);
            QVERIFY2(c.reason.endsWith("so neither reaches the release"), qPrintable(c.reason));
        }
    }
}

void TestClassifier::rangeWithoutIds()
{
    const QList<ConventionalCommit> commits = parseAll(
            {"Revert \"feat: x\"\n\nThis reverts commit 0123456789abcdef.", "fix: y", "feat: x"});
    const QList<Classification> result = CommitClassifier().classifyRange(commits, {}, {});
    QCOMPARE(result.size(), 3);
    QCOMPARE(result[0].rule, ClassificationRule::RevertedLater);
    QCOMPARE(result[0].reason,
             QStringLiteral("`Revert` → none: cancels `feat: x` from the same range, so neither "
                            "reaches the release"));
    QVERIFY(result[1].level == BumpLevel::Patch);
    QCOMPARE(result[2].reason,
             QStringLiteral("`feat` → none: reverted later in this range by “Revert \"feat: x\"”, "
                            "so neither reaches the release"));

    const QList<Classification> withIds = CommitClassifier().classifyRange(commits,
                                                                           {"cccccccc",
                                                                            "bbbbbbbb",
                                                                            "0123456789abcdef"},
                                                                           {1, 1, 1});
    QCOMPARE(withIds[0].reason,
             QStringLiteral("`Revert` → none: cancels 0123456 (`feat: x`) from the same range, so "
                            "neither reaches the release"));
    QCOMPARE(withIds[2].reason,
             QStringLiteral("`feat` → none: reverted later in this range by ccccccc (“Revert "
                            "\"feat: x\"”), so neither reaches the release"));
}

// semantic-release's whole history as one range, newest first, with the original ids that its
// revert messages name.
void TestClassifier::realHistoryRange()
{
    const QList<test::HistoryCommit> history = test::readFastImportCommits(
            QStringLiteral(RELEASEDESK_FIXTURES_DIR "/histories/semantic-release.fi"));
    QVERIFY(!history.isEmpty());
    QList<ConventionalCommit> commits;
    QList<QString> ids;
    QList<int> parents;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        commits.append(parseCommitMessage(it->message));
        ids.append(it->originalId);
        parents.append(it->parentCount);
    }
    const QList<Classification> result = CommitClassifier().classifyRange(commits, ids, parents);
    QCOMPARE(result.size(), commits.size());

    QHash<QString, int> rules;
    for (qsizetype i = 0; i < result.size(); ++i) {
        QVERIFY(!result[i].reason.isEmpty());
        ++rules[ruleName(result[i].rule)];
        if (parents[i] > 1)
            QCOMPARE(result[i].rule, ClassificationRule::Merge);
    }
    QVERIFY(rules.value("breaking-footer") >= 30);
    QVERIFY(rules.value("type-rule") > 1500);
    QVERIFY(rules.value("reverted-later") >= 2);
    QCOMPARE(rules.value("reverted-later") % 2, 0); // pairs

    // This feature was reverted within the history: both sides cancel.
    const qsizetype feature = ids.indexOf("b8fb35c7e15d314c15182f779ef30b42b6c4e7ea");
    QVERIFY(feature >= 0);
    QCOMPARE(commits[feature].type, QStringLiteral("feat"));
    QCOMPARE(result[feature].rule, ClassificationRule::RevertedLater);
    qsizetype revert = -1;
    for (qsizetype i = 0; i < commits.size(); ++i) {
        if (commits[i].revertedCommit == ids[feature])
            revert = i;
    }
    QVERIFY(revert >= 0 && revert < feature);
    QCOMPARE(result[revert].rule, ClassificationRule::RevertedLater);
    QVERIFY2(result[revert].reason.contains("cancels b8fb35c (“feat: throw an Error"),
             qPrintable(result[revert].reason));
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
