// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "releasescenario.h"

#include "git/library.h"
#include "git/objectstore.h"
#include "release/commitstep.h"
#include "release/pushstep.h"
#include "release/releaseplan.h"
#include "release/stepfactory.h"
#include "release/tagstep.h"
#include "release/writefilestep.h"

#include <QJsonArray>
#include <QTest>

using namespace rd;
using rd::test::ReleaseScenario;

class TestReleasePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planHasTheStepsInOrder();
    void planRoundTripsThroughJson();
    void dryRunShowsEverything();
    void tamperedJournalContentIsRefused();
    void unknownStepKindIsRefused();
    void unchangedFilesAreLeftOut();
    void pathsOutsideTheWorkTreeAreRefused();
    void detachedHeadCannotBePlanned();
    void noRemoteMeansNoPushOrAnError();
    void settingsFromConfig_data();
    void settingsFromConfig();
    void releaseBranchPatterns_data();
    void releaseBranchPatterns();

private:
    git::Library m_library;
};

void TestReleasePlan::planHasTheStepsInOrder()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    RD_VERIFY_OK(plan);
    QStringList ids;
    for (const auto &step : plan->steps())
        ids.append(step->id());
    QCOMPARE(ids,
             QStringList({QStringLiteral("write-file:package.json"),
                          QStringLiteral("write-file:CHANGELOG.md"),
                          QStringLiteral("commit"),
                          QStringLiteral("tag"),
                          QStringLiteral("push")}));
    QCOMPARE(plan->base, s.base());
    QCOMPARE(plan->branch, QStringLiteral("main"));
    auto *commit = static_cast<CommitStep *>(plan->step(2));
    QCOMPARE(commit->data().message, QStringLiteral("chore(release): 1.1.0\n"));
    QCOMPARE(commit->data().identity.email, QStringLiteral("releaser@example.invalid"));
    QCOMPARE(commit->data().files.size(), 2);
    auto *tag = static_cast<TagStep *>(plan->step(3));
    QCOMPARE(tag->data().targetStep, QStringLiteral("commit"));
    QVERIFY(!tag->data().sign);
    auto *push = static_cast<PushStep *>(plan->step(4));
    QCOMPARE(push->data().remote, QStringLiteral("origin"));
    QCOMPARE(push->data().refs.size(), 2);
    QCOMPARE(push->data().refs.at(0).remote, QStringLiteral("refs/heads/main"));
    QCOMPARE(push->data().refs.at(0).before, std::optional<git::Oid>(s.base()));
    QCOMPARE(push->data().refs.at(1).remote, QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(!push->data().refs.at(1).before);
    QVERIFY(push->changesRemote());
    QVERIFY(!commit->changesRemote());

    // Later issues insert steps (CI, publish) where they belong; ids stay unique.
    auto duplicate = plan->append(std::make_unique<TagStep>(tag->data()));
    QVERIFY(!duplicate);
}

void TestReleasePlan::planRoundTripsThroughJson()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    const QJsonObject json = plan->toJson();
    auto back = ReleasePlan::fromJson(json);
    RD_VERIFY_OK(back);
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->dryRunText(), plan->dryRunText());
}

void TestReleasePlan::dryRunShowsEverything()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    const QString text = plan->dryRunText();
    // Every file diff, the commit message, the tag and its message, what is pushed where.
    for (const QString &expected : {QStringLiteral("--- a/package.json"),
                                    QStringLiteral("+  \"version\": \"1.1.0\""),
                                    QStringLiteral("-  \"version\": \"1.0.0\""),
                                    QStringLiteral("+## [1.1.0] - 2024-02-01"),
                                    QStringLiteral("chore(release): 1.1.0"),
                                    QStringLiteral("Create the annotated tag v1.1.0"),
                                    QStringLiteral("- second feature"),
                                    QStringLiteral("refs/tags/v1.1.0 -> refs/tags/v1.1.0"),
                                    QStringLiteral("refs/heads/main -> refs/heads/main"),
                                    QStringLiteral("[changes the remote]"),
                                    s.remoteUrl()})
        QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
    const QJsonArray steps = plan->toJson().value(QLatin1String("steps")).toArray();
    const QJsonObject write = steps.at(0).toObject().value(QLatin1String("data")).toObject();
    QCOMPARE(write.value(QLatin1String("afterBlob")).toString(),
             git::ObjectStore::hashBlob(ReleaseScenario::packageJson(QStringLiteral("1.1.0")))
                     .toString());
}

void TestReleasePlan::tamperedJournalContentIsRefused()
{
    WriteFileStep step(FileChange{QStringLiteral("a.txt"), QByteArray("old\n"), "new\n"});
    QJsonObject described = step.describe();
    QJsonObject data = described.value(QLatin1String("data")).toObject();
    data.insert(QStringLiteral("after"), QString::fromLatin1(QByteArray("evil\n").toBase64()));
    described.insert(QStringLiteral("data"), data);
    auto rebuilt = StepFactory::create(described);
    QVERIFY(!rebuilt);
    QCOMPARE(rebuilt.error().code, errc::badPlan.toString());
    auto honest = StepFactory::create(step.describe());
    QVERIFY(honest);
    QCOMPARE((*honest)->toJson(), step.toJson());
}

void TestReleasePlan::unknownStepKindIsRefused()
{
    auto step = StepFactory::create(QJsonObject{{QStringLiteral("kind"), QStringLiteral("warp")},
                                                {QStringLiteral("id"), QStringLiteral("warp")}});
    QVERIFY(!step);
    QVERIFY(step.error().message.contains(QStringLiteral("warp")));
}

void TestReleasePlan::unchangedFilesAreLeftOut()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    ReleaseChoices choices = s.choices();
    choices.files[0].after = *choices.files[0].before;
    auto plan = s.plan(choices);
    QVERIFY(plan);
    QCOMPARE(plan->indexOf(QStringLiteral("write-file:package.json")), -1);
    QCOMPARE(static_cast<CommitStep *>(plan->step(plan->indexOf(QStringLiteral("commit"))))
                     ->data()
                     .files.size(),
             1);
}

void TestReleasePlan::pathsOutsideTheWorkTreeAreRefused()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    for (const QString &bad : {QStringLiteral("../escape.txt"),
                               QStringLiteral("/etc/passwd"),
                               QStringLiteral("a/../../b")}) {
        ReleaseChoices choices = s.choices();
        choices.files.append(FileChange{bad, std::nullopt, "x"});
        auto plan = s.plan(choices);
        QVERIFY2(!plan, qPrintable(bad));
        QCOMPARE(plan.error().source, bad);
    }
    ReleaseChoices twice = s.choices();
    twice.files.append(twice.files.first());
    QVERIFY(!s.plan(twice));
}

void TestReleasePlan::detachedHeadCannotBePlanned()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    s.local().detach(s.base());
    auto plan = s.plan();
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, errc::cannotPlan.toString());
}

void TestReleasePlan::noRemoteMeansNoPushOrAnError()
{
    rd::test::ScratchRepository local;
    auto config = local.repo().config();
    QVERIFY(config->setString(QStringLiteral("user.name"), QStringLiteral("A")));
    QVERIFY(config->setString(QStringLiteral("user.email"), QStringLiteral("a@example.invalid")));
    QVERIFY(config->setString(QStringLiteral("tag.gpgSign"), QStringLiteral("false")));
    local.commit(QStringLiteral("feat: x"), {{QStringLiteral("a"), "a"}});
    ReleaseChoices choices;
    choices.version = *Version::parse(u"0.1.0");
    choices.tagName = QStringLiteral("v0.1.0");
    auto plan = ReleasePlanner::plan(local.repo(), ReleaseSettings(), choices);
    QVERIFY(!plan);
    QVERIFY(plan.error().message.contains(QStringLiteral("no remote")));
    choices.push = false;
    auto local_only = ReleasePlanner::plan(local.repo(), ReleaseSettings(), choices);
    QVERIFY(local_only);
    QCOMPARE(local_only->size(), 1);
    QCOMPARE(static_cast<TagStep *>(local_only->step(0))->data().message,
             QStringLiteral("Release 0.1.0\n"));
}

void TestReleasePlan::settingsFromConfig_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("branches");
    QTest::addColumn<QString>("message");
    QTest::newRow("defaults") << QByteArray() << true << QStringLiteral("main,master,release/*")
                              << QStringLiteral("chore(release): 1.2.0");
    QTest::newRow("custom") << QByteArray(
            "release:\n  branches: [trunk, \"maint/*\"]\n  remote: upstream\n"
            "  push: false\n  commit-message: \"release {tag}\"\n")
                            << true << QStringLiteral("trunk,maint/*")
                            << QStringLiteral("release v1.2.0");
    QTest::newRow("single branch")
            << QByteArray("release:\n  branches: develop\n") << true << QStringLiteral("develop")
            << QStringLiteral("chore(release): 1.2.0");
    QTest::newRow("typo") << QByteArray("release:\n  brnaches: [main]\n") << false << QString()
                          << QString();
    QTest::newRow("not a map") << QByteArray("release: yes\n") << false << QString() << QString();
    QTest::newRow("empty message") << QByteArray("release:\n  commit-message: \"  \"\n") << false
                                   << QString() << QString();
}

void TestReleasePlan::settingsFromConfig()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, ok);
    QFETCH(QString, branches);
    QFETCH(QString, message);
    auto config = ProjectConfig::parse(yaml, QStringLiteral("test.yml"));
    QVERIFY(config);
    auto settings = ReleaseSettings::fromConfig(*config);
    QCOMPARE(settings.has_value(), ok);
    if (!ok) {
        QVERIFY(settings.error().source.startsWith(QStringLiteral("test.yml")));
        return;
    }
    QCOMPARE(settings->branches.join(u','), branches);
    QCOMPARE(settings->formatCommitMessage(QStringLiteral("1.2.0"), QStringLiteral("v1.2.0")),
             message);
}

void TestReleasePlan::releaseBranchPatterns_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<bool>("release");
    QTest::newRow("main") << QStringLiteral("main") << true;
    QTest::newRow("master") << QStringLiteral("master") << true;
    QTest::newRow("release/1.x") << QStringLiteral("release/1.x") << true;
    QTest::newRow("nested") << QStringLiteral("release/1.x/hotfix") << false;
    QTest::newRow("feature") << QStringLiteral("feature/login") << false;
    QTest::newRow("prefix only") << QStringLiteral("mainline") << false;
}

void TestReleasePlan::releaseBranchPatterns()
{
    QFETCH(QString, branch);
    QFETCH(bool, release);
    QCOMPARE(ReleaseSettings().isReleaseBranch(branch), release);
}

QTEST_GUILESS_MAIN(TestReleasePlan)
#include "tst_releaseplan.moc"
