// SPDX-License-Identifier: GPL-3.0-or-later
#include "commits/commitrules.h"
#include "expectedcheck.h"

#include <QTest>

using namespace rd;

namespace {

// "feat:minor:Features" for each type, in order; a trailing ":hidden" when hidden.
QStringList describe(const CommitRules &rules)
{
    QStringList list;
    for (const TypeRule &r : rules.types) {
        list.append(r.type + ':' + toString(r.bump) + ':' + r.section
                    + (r.hidden ? QStringLiteral(":hidden") : QString()));
    }
    return list;
}

Result<CommitRules> rulesFrom(const QByteArray &yaml)
{
    auto config = ProjectConfig::parse(yaml, QStringLiteral(".releasedesk.yml"));
    if (!config)
        return std::unexpected(config.error());
    return CommitRules::fromConfig(*config);
}

const QStringList defaultTypes = {
        "feat:minor:Features",
        "fix:patch:Bug Fixes",
        "perf:patch:Performance Improvements",
        "revert:patch:Reverts",
        "docs:none:Documentation:hidden",
        "style:none:Styles:hidden",
        "refactor:none:Code Refactoring:hidden",
        "test:none:Tests:hidden",
        "build:none:Build System:hidden",
        "ci:none:Continuous Integration:hidden",
        "chore:none:Miscellaneous Chores:hidden",
};

} // namespace

class TestCommitRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void ruleLookup();
    void noFileGivesDefaults();
    void fromConfig_data();
    void fromConfig();
    void errors_data();
    void errors();
};

void TestCommitRules::defaults()
{
    const CommitRules rules = CommitRules::defaults();
    QCOMPARE(describe(rules), defaultTypes);
    QVERIFY(rules.revertBump == BumpLevel::Patch);
    QCOMPARE(rules.classifyMerges, false);
}

void TestCommitRules::ruleLookup()
{
    const CommitRules rules = CommitRules::defaults();
    QVERIFY(rules.rule(u"feat"));
    QCOMPARE(rules.rule(u"FEAT")->type, QStringLiteral("feat"));
    QVERIFY(rules.rule(u"Fix")->bump == BumpLevel::Patch);
    QVERIFY(!rules.rule(u"feature"));
    QVERIFY(!rules.rule(u""));
}

void TestCommitRules::noFileGivesDefaults()
{
    const auto rules = CommitRules::fromConfig(ProjectConfig());
    QVERIFY(rules);
    QCOMPARE(describe(*rules), defaultTypes);
    const auto empty = rulesFrom("");
    QVERIFY(empty);
    QCOMPARE(describe(*empty), defaultTypes);
}

void TestCommitRules::fromConfig_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("revertBump");
    QTest::addColumn<bool>("classifyMerges");

    QStringList featPatch = defaultTypes;
    featPatch[0] = "feat:patch:Features";
    QTest::newRow("override one key, keep the rest")
            << QByteArray("types:\n  feat: { bump: patch }\n") << featPatch << "patch" << false;

    QStringList docsVisible = defaultTypes;
    docsVisible[4] = "docs:patch:Docs";
    QTest::newRow("override every key, any case") << QByteArray(
            "types:\n  DOCS:\n    bump: Patch\n    section: Docs\n    hidden: false\n")
                                                  << docsVisible << "patch" << false;

    QTest::newRow("new types appended in file order")
            << QByteArray("types:\n  deps: { bump: patch, section: Dependencies }\n"
                          "  feat: { section: New }\n  wip: { hidden: true }\n")
            << QStringList(defaultTypes).replaceInStrings("feat:minor:Features", "feat:minor:New")
                       + QStringList{"deps:patch:Dependencies", "wip:none:Wip:hidden"}
            << "patch" << false;

    QTest::newRow("commits section")
            << QByteArray("commits:\n  revert-bump: minor\n  merge-commits: classify\n")
            << defaultTypes << "minor" << true;
    QTest::newRow("merge-commits ignore, revert-bump none")
            << QByteArray("commits:\n  revert-bump: none\n  merge-commits: ignore\n")
            << defaultTypes << "none" << false;
    QTest::newRow("empty sections keep the defaults")
            << QByteArray("types:\ncommits:\n") << defaultTypes << "patch" << false;
}

void TestCommitRules::fromConfig()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, types);
    QFETCH(QString, revertBump);
    QFETCH(bool, classifyMerges);
    const auto rules = rulesFrom(yaml);
    RD_VERIFY_OK(rules);
    QCOMPARE(describe(*rules), types);
    QCOMPARE(toString(rules->revertBump), revertBump);
    QCOMPARE(rules->classifyMerges, classifyMerges);
}

void TestCommitRules::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // the start of the message
    QTest::addColumn<QString>("source");  // null: not checked

    QTest::newRow("bad bump") << QByteArray("types:\n  feat: { bump: huge }\n") << "config.invalid"
                              << "types.feat.bump: expected one of none, patch, minor, major"
                              << ".releasedesk.yml:2";
    QTest::newRow("bump as a map")
            << QByteArray("types:\n  feat:\n    bump: { a: 1 }\n") << "config.invalid"
            << "types.feat.bump: expected a text value"
            << ".releasedesk.yml:3";
    QTest::newRow("typo in a type's key is an error")
            << QByteArray("types:\n  fix: { bump: patch }\n  feat:\n    bunp: minor\n")
            << "config.unknown-key"
            << "types.feat.bunp: unknown setting; known settings here are: bump, section, hidden"
            << ".releasedesk.yml:4";
    QTest::newRow("types as a list") << QByteArray("types: [feat, fix]\n") << "config.invalid"
                                     << "types: expected a map of commit types to rules"
                                     << ".releasedesk.yml:1";
    QTest::newRow("type rule as a scalar")
            << QByteArray("types:\n  feat: minor\n") << "config.invalid"
            << "types.feat: expected the type's rule as a map"
            << ".releasedesk.yml:2";
    QTest::newRow("type rule left empty")
            << QByteArray("types:\n  feat:\n  fix: { bump: patch }\n") << "config.invalid"
            << "types.feat: expected the type's rule as a map"
            << QString(); // yaml-cpp places a null value on the next line; not checked here
    QTest::newRow("type that no header can have")
            << QByteArray("types:\n  feat-ui: { bump: minor }\n") << "config.invalid"
            << "types.feat-ui: a type may only contain letters"
            << ".releasedesk.yml:2";
    QTest::newRow("type listed twice")
            << QByteArray("types:\n  feat: { bump: minor }\n  Feat: { bump: patch }\n")
            << "config.invalid"
            << "types.Feat: listed twice"
            << ".releasedesk.yml:3";
    QTest::newRow("hidden not a boolean")
            << QByteArray("types:\n  feat: { hidden: maybe }\n") << "config.invalid"
            << "types.feat.hidden: expected true or false"
            << ".releasedesk.yml:2";
    QTest::newRow("empty section")
            << QByteArray("types:\n  feat: { section: '' }\n") << "config.invalid"
            << "types.feat.section: the changelog section title must not be empty"
            << ".releasedesk.yml:2";
    QTest::newRow("bad revert-bump")
            << QByteArray("commits:\n  revert-bump: big\n") << "config.invalid"
            << "commits.revert-bump: expected one of none, patch, minor, major"
            << ".releasedesk.yml:2";
    QTest::newRow("bad merge-commits")
            << QByteArray("commits:\n  revert-bump: patch\n  merge-commits: yes\n")
            << "config.invalid"
            << "commits.merge-commits: expected ignore or classify"
            << ".releasedesk.yml:3";
    QTest::newRow("typo in commits is an error")
            << QByteArray("commits:\n  merge-commit: classify\n") << "config.unknown-key"
            << "commits.merge-commit: unknown setting; known settings here are: revert-bump, "
               "merge-commits"
            << ".releasedesk.yml:2";
    QTest::newRow("commits as a scalar") << QByteArray("commits: classify\n") << "config.invalid"
                                         << "commits: expected a map"
                                         << ".releasedesk.yml:1";
}

void TestCommitRules::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, source);
    const auto rules = rulesFrom(yaml);
    QVERIFY(!rules);
    QCOMPARE(rules.error().code, code);
    QVERIFY2(rules.error().message.startsWith(message), qPrintable(rules.error().message));
    if (!source.isNull())
        QCOMPARE(rules.error().source, source);
}

QTEST_GUILESS_MAIN(TestCommitRules)
#include "tst_commitrules.moc"
