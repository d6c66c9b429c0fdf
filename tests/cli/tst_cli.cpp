// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "fixtures.h"
#include "scratchrepository.h"

#include "git/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using rd::test::ScratchRepository;

namespace {

using Run = rd::test::CliRun;

using rd::test::runCli;
using rd::test::runCliOn;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void unknownCommandIsAUsageError();
    void unexpectedArgumentIsAUsageError();
    void nextOnAProject();
    void nextJson();
    void nextWithPreReleaseChannel();
    void invalidChannelIsAUsageError();
    void commitsListsReasons();
    void commitsJson();
    void defaultsToTheCurrentFolder();
    void notARepository();
    void speaksTheUsersLanguage();
    void emptyRepository();
    void brokenConfigNamesTheLine();
    void shallowCloneWithoutTags();
    void semanticReleaseHistory();
    void monorepoPackage();

private:
    void buildProject(ScratchRepository &scratch);
    git::Library m_library;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(RELEASEDESK_CLI)));
}

void TestCli::buildProject(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("v2.3.4"), QStringLiteral("Release 2.3.4"));
    scratch.commit(QStringLiteral("fix(core): handle empty input"), {{QStringLiteral("a"), "2"}});
    scratch.commit(QStringLiteral("docs: explain it"), {{QStringLiteral("b"), "1"}});
    scratch.commit(QStringLiteral("Tweak things"), {{QStringLiteral("c"), "1"}});
}

void TestCli::helpAndVersion()
{
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("next"));
    QVERIFY(help.out.contains("commits"));
    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("releasedesk-cli "));
    const Run commandHelp = runCli({QStringLiteral("next"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY2(commandHelp.out.contains("releasedesk-cli next"), commandHelp.out.constData());
    QVERIFY(commandHelp.out.contains("--pre"));
    const Run nothing = runCli({});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.err.contains("Usage"));
}

void TestCli::unknownCommandIsAUsageError()
{
    const Run run = runCli({QStringLiteral("nxet")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("unknown command \"nxet\""));
}

void TestCli::unexpectedArgumentIsAUsageError()
{
    const Run run = runCli({QStringLiteral("next"), QStringLiteral("extra")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("unexpected argument \"extra\""));
    const Run option = runCli({QStringLiteral("next"), QStringLiteral("--frobnicate")});
    QCOMPARE(option.exitCode, 2);
    QVERIFY(option.err.contains("frobnicate"));
}

void TestCli::nextOnAProject()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(), {QStringLiteral("next")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Current version: 2.3.4 (tag v2.3.4"), run.out.constData());
    QVERIFY(run.out.contains("Next version:    2.3.5 (patch)"));
    QVERIFY(run.out.contains("fix(core): handle empty input"));
    QVERIFY(run.out.contains("3 commits since v2.3.4, 1 bumps the version"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::nextJson()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(), {QStringLiteral("next"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("currentVersion")).toString(), QStringLiteral("2.3.4"));
    QCOMPARE(json.value(QStringLiteral("nextVersion")).toString(), QStringLiteral("2.3.5"));
    QCOMPARE(json.value(QStringLiteral("nextTag")).toString(), QStringLiteral("v2.3.5"));
    QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("patch"));
    QCOMPARE(json.value(QStringLiteral("release")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("commitCount")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("branch")).toString(), QStringLiteral("main"));
    const QJsonArray deciding = json.value(QStringLiteral("deciding")).toArray();
    QCOMPARE(deciding.size(), 1);
    const QJsonObject commit = deciding.first().toObject();
    QCOMPARE(commit.value(QStringLiteral("type")).toString(), QStringLiteral("fix"));
    QCOMPARE(commit.value(QStringLiteral("scope")).toString(), QStringLiteral("core"));
    QCOMPARE(commit.value(QStringLiteral("bump")).toString(), QStringLiteral("patch"));
    QCOMPARE(commit.value(QStringLiteral("rule")).toString(), QStringLiteral("type-rule"));
    QVERIFY(!commit.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(commit.value(QStringLiteral("id")).toString().size(), 40);
}

void TestCli::nextWithPreReleaseChannel()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(),
                             {QStringLiteral("next"),
                              QStringLiteral("--pre"),
                              QStringLiteral("rc"),
                              QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("nextVersion")).toString(),
             QStringLiteral("2.3.5-rc.1"));
}

void TestCli::invalidChannelIsAUsageError()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(),
                             {QStringLiteral("next"),
                              QStringLiteral("--pre"),
                              QStringLiteral("r c")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("r c"), run.err.constData());
}

void TestCli::commitsListsReasons()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(), {QStringLiteral("commits")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.contains(QStringLiteral("Commits since v2.3.4")));
    QVERIFY(out.contains(QStringLiteral("not a Conventional Commit")));
    QVERIFY(out.contains(QStringLiteral("docs")));
    const Run bumping = runCliOn(scratch.path(),
                                 {QStringLiteral("commits"), QStringLiteral("--bumping")});
    QVERIFY(!QString::fromUtf8(bumping.out).contains(QStringLiteral("Tweak things")));
    QVERIFY(QString::fromUtf8(bumping.out).contains(QStringLiteral("handle empty input")));
}

void TestCli::commitsJson()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(), {QStringLiteral("commits"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray commits = run.json().value(QStringLiteral("commits")).toArray();
    QCOMPARE(commits.size(), 3);
    QStringList rules;
    for (const QJsonValue &commit : commits)
        rules.append(commit.toObject().value(QStringLiteral("rule")).toString());
    QCOMPARE(rules,
             (QStringList{QStringLiteral("not-conventional"),
                          QStringLiteral("type-rule"),
                          QStringLiteral("type-rule")}));
    QCOMPARE(run.json().value(QStringLiteral("since")).toObject().value(QStringLiteral("tag")),
             QJsonValue(QStringLiteral("v2.3.4")));
}

void TestCli::defaultsToTheCurrentFolder()
{
    ScratchRepository scratch;
    buildProject(scratch);
    QDir(scratch.path()).mkpath(QStringLiteral("deep/inside"));
    const Run run = runCli({QStringLiteral("next"), QStringLiteral("--json")},
                           scratch.path() + QStringLiteral("/deep/inside"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("nextVersion")).toString(), QStringLiteral("2.3.5"));
}

void TestCli::notARepository()
{
    QTemporaryDir dir;
    const Run run = runCli({QStringLiteral("next"), QStringLiteral("--repo"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not inside a git repository"));
    QVERIFY(run.err.contains(dir.path().toUtf8()));
    QVERIFY(run.out.isEmpty());
    const Run json = runCli({QStringLiteral("next"),
                             QStringLiteral("--json"),
                             QStringLiteral("--repo"),
                             dir.path()});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
             QStringLiteral("git.not-a-repository"));
}

// The core's messages follow the user's locale; --json stays as it is for machines, its messages
// included.
void TestCli::speaksTheUsersLanguage()
{
    QTemporaryDir dir;
    const QByteArray before = qgetenv("LC_ALL");
    const QByteArray language = qgetenv("LANGUAGE");
    qunsetenv("LANGUAGE");
    qputenv("LC_ALL", "de_DE.UTF-8");
    const Run german = runCli({QStringLiteral("next"), QStringLiteral("--repo"), dir.path()});
    const Run json = runCli({QStringLiteral("next"),
                             QStringLiteral("--json"),
                             QStringLiteral("--repo"),
                             dir.path()});
    qputenv("LC_ALL", "sv_SE.UTF-8");
    const Run swedish = runCli({QStringLiteral("next"), QStringLiteral("--repo"), dir.path()});
    qputenv("LC_ALL", before);
    if (!language.isNull())
        qputenv("LANGUAGE", language);
    QCOMPARE(german.exitCode, 1);
    QVERIFY2(QString::fromUtf8(german.err)
                     .contains(QStringLiteral("liegt in keinem git-Repository")),
             german.err.constData());
    QCOMPARE(swedish.exitCode, 1);
    QVERIFY2(QString::fromUtf8(swedish.err)
                     .contains(QStringLiteral("ligger inte i något git-förråd")),
             swedish.err.constData());
    QCOMPARE(json.exitCode, 1);
    const QJsonObject error = json.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(),
             QStringLiteral("git.not-a-repository"));
    QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("not inside a git repository")),
             json.out.constData());
}

void TestCli::emptyRepository()
{
    ScratchRepository scratch;
    const Run run = runCliOn(scratch.path(), {QStringLiteral("next")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no commits yet"), run.err.constData());
}

void TestCli::brokenConfigNamesTheLine()
{
    ScratchRepository scratch;
    buildProject(scratch);
    scratch.writeFile(QStringLiteral(".releasedesk.yml"),
                      "tag-pattern: \"v{version}\"\ntypes:\n  feat:\n    bump: huge\n");
    const Run run = runCliOn(scratch.path(), {QStringLiteral("next")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(".releasedesk.yml:4"), run.err.constData());
    QVERIFY(run.err.contains("types.feat.bump"));
}

void TestCli::shallowCloneWithoutTags()
{
    ScratchRepository origin;
    buildProject(origin);
    QTemporaryDir target;
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("clone"),
               QStringLiteral("-q"),
               QStringLiteral("--depth=1"),
               QStringLiteral("file://") + origin.path(),
               target.path()});
    QVERIFY(git.waitForFinished(60000));
    QCOMPARE(git.exitCode(), 0);
    const Run run = runCli({QStringLiteral("next"), QStringLiteral("--repo"), target.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("shallow clone"), run.err.constData());
    QVERIFY(run.err.contains("--unshallow"));
}

void TestCli::semanticReleaseHistory()
{
    // The real history: the current version is what `git describe` says (v25.0.9) and HEAD is
    // that release, so nothing is due.
    QTemporaryDir dir;
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"), dir.path()));
    const Run run = runCli({QStringLiteral("next"),
                            QStringLiteral("--json"),
                            QStringLiteral("--repo"),
                            dir.path()});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("currentVersion")).toString(), QStringLiteral("25.0.9"));
    QCOMPARE(json.value(QStringLiteral("release")).toBool(), false);
    QVERIFY(json.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Nothing")));
}

void TestCli::monorepoPackage()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral(".releasedesk.yml"),
                     "packages:\n  app:\n    path: packages/app\n  lib:\n    path: packages/lib\n"},
                    {QStringLiteral("packages/app/a"), "1"},
                    {QStringLiteral("packages/lib/l"), "1"}});
    scratch.tag(QStringLiteral("app@1.0.0"));
    scratch.tag(QStringLiteral("lib@2.0.0"));
    scratch.commit(QStringLiteral("feat(app): new screen"),
                   {{QStringLiteral("packages/app/a"), "2"}});
    scratch.commit(QStringLiteral("fix(lib): off by one"),
                   {{QStringLiteral("packages/lib/l"), "2"}});
    const auto next = [&](const QString &package) {
        return runCliOn(scratch.path(),
                        {QStringLiteral("next"),
                         QStringLiteral("--json"),
                         QStringLiteral("--package"),
                         package});
    };
    const Run app = next(QStringLiteral("app"));
    QCOMPARE(app.exitCode, 0);
    QCOMPARE(app.json().value(QStringLiteral("nextVersion")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(app.json().value(QStringLiteral("nextTag")).toString(), QStringLiteral("app@1.1.0"));
    const Run lib = next(QStringLiteral("lib"));
    QCOMPARE(lib.json().value(QStringLiteral("nextVersion")).toString(), QStringLiteral("2.0.1"));
    const Run commits = runCliOn(scratch.path(),
                                 {QStringLiteral("commits"),
                                  QStringLiteral("--json"),
                                  QStringLiteral("--package"),
                                  QStringLiteral("lib")});
    QCOMPARE(commits.json().value(QStringLiteral("commits")).toArray().size(), 1);
    const Run unknown = next(QStringLiteral("web"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("app"), unknown.err.constData()); // lists what exists
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
