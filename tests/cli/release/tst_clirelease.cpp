// SPDX-License-Identifier: GPL-3.0-or-later
// `releasedesk-cli release` run as a user or a CI job would: the real binary on a project with
// v1.0.0, two commits after it and a file:// origin; killed at step boundaries, resumed and
// aborted in new processes.

#include "releasescenario.h"
#include "testaccess.h"

#include "git/library.h"
#include "util/fileio.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <git2/errors.h>
#include <git2/object.h>
#include <git2/refs.h>
#include <git2/revparse.h>
#include <git2/tag.h>

#include <csignal>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using rd::test::ReleaseScenario;

namespace {

struct Run
{
    int exitCode = -1; // -2: killed (a crash or the fault injection)
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray both() const { return "stdout:\n" + out + "\nstderr:\n" + err; }
};

struct Options
{
    QStringList environment;   // NAME=value added to the process's environment
    QByteArray input;          // written to stdin, which is then closed
    bool terminal = false;     // stdin is a pseudo-terminal; `input` is typed on it
    QByteArray interruptAfter; // Ctrl+C (SIGINT) once stderr shows this
    // The binary: the CLI's code with the test-only kill switch, or the shipped one.
    QString program = QStringLiteral(RELEASEDESK_CLI);
};

Run cli(const QStringList &arguments, const Options &options = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : options.environment)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    process.setProcessEnvironment(environment);

    int master = -1;
    const auto closeMaster = qScopeGuard([&master] {
        if (master >= 0)
            ::close(master);
    });
    QByteArray slaveName;
    if (options.terminal) {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            return {};
        slaveName = ::ptsname(master);
        // In the child, between fork and exec: the terminal becomes its stdin.
        const char *name = slaveName.constData();
        process.setChildProcessModifier([name] {
            const int slave = ::open(name, O_RDWR | O_NOCTTY);
            if (slave >= 0) {
                ::dup2(slave, STDIN_FILENO);
                ::close(slave);
            }
        });
    }
    process.start(options.program, arguments);
    if (!process.waitForStarted(60000) || process.processId() <= 0)
        return {};
    if (options.terminal) {
        (void) !::write(master, options.input.constData(), size_t(options.input.size()));
    } else {
        if (!options.input.isEmpty())
            process.write(options.input);
        process.closeWriteChannel();
    }
    Run run;
    if (!options.interruptAfter.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        while (!run.err.contains(options.interruptAfter) && timer.elapsed() < 60000
               && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            run.err += process.readAllStandardError();
        }
        if (process.state() == QProcess::Running)
            ::kill(pid_t(process.processId()), SIGINT);
    }
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    return run;
}

// Every reference of a repository read from disk: name → target (id or symbolic name).
QMap<QString, QString> refsOf(const QString &path)
{
    QMap<QString, QString> refs;
    auto repo = git::Repository::open(path);
    if (!repo)
        return refs;
    git_reference_iterator *iterator = nullptr;
    if (git_reference_iterator_new(&iterator, git::TestAccess::raw(*repo)) != 0)
        return refs;
    git_reference *ref = nullptr;
    while (git_reference_next(&ref, iterator) == 0) {
        const QString name = QString::fromUtf8(git_reference_name(ref));
        refs.insert(name,
                    git_reference_type(ref) == GIT_REFERENCE_DIRECT
                            ? git::Oid(*git_reference_target(ref)).toString()
                            : QString::fromUtf8(git_reference_symbolic_target(ref)));
        git_reference_free(ref);
    }
    git_reference_iterator_free(iterator);
    return refs;
}

QStringList tagsOf(const QString &path)
{
    QStringList tags;
    const QMap<QString, QString> refs = refsOf(path);
    for (auto it = refs.begin(); it != refs.end(); ++it)
        if (it.key().startsWith(QLatin1String("refs/tags/")))
            tags.append(it.key().mid(10));
    return tags;
}

// The message of an annotated tag; empty for a lightweight or missing one.
QString tagMessage(const QString &path, const QString &tag)
{
    auto repo = git::Repository::open(path);
    if (!repo)
        return {};
    git_object *object = nullptr;
    if (git_revparse_single(&object,
                            git::TestAccess::raw(*repo),
                            ("refs/tags/" + tag).toUtf8().constData())
        != 0)
        return {};
    QString message;
    if (git_object_type(object) == GIT_OBJECT_TAG)
        message = QString::fromUtf8(git_tag_message(reinterpret_cast<const git_tag *>(object)));
    git_object_free(object);
    return message;
}

// What a release may change: refs here and on the remote, files, config, the journal.
struct Snapshot
{
    QMap<QString, QString> refs;
    QMap<QString, QString> remoteRefs;
    QMap<QString, QByteArray> files; // the work tree, .git left out
    QByteArray config;
    bool journal = false;
    bool releaseDeskFolder = false;

    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(ReleaseScenario &s)
{
    Snapshot shot;
    const QString root = s.local().path();
    shot.refs = refsOf(root);
    shot.refs.insert(QStringLiteral("HEAD"), s.local().head().toString());
    shot.remoteRefs = refsOf(s.remoteDir());
    QDirIterator it(root,
                    QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.startsWith(QLatin1String(".git/")))
            continue;
        shot.files.insert(relative, rd::readFile(path).value_or(QByteArray("<unreadable>")));
    }
    shot.config = rd::readFile(root + QStringLiteral("/.git/config")).value_or(QByteArray());
    shot.journal = QFile::exists(root + QStringLiteral("/.git/releasedesk/journal.json"));
    shot.releaseDeskFolder = QFileInfo::exists(root + QStringLiteral("/.git/releasedesk"));
    return shot;
}

QJsonObject journalOf(ReleaseScenario &s)
{
    auto bytes = rd::readFile(s.local().path() + QStringLiteral("/.git/releasedesk/journal.json"));
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

QStringList repoArgs(ReleaseScenario &s, QStringList arguments)
{
    return QStringList{QStringLiteral("release"), QStringLiteral("--repo"), s.local().path()}
           + arguments;
}

QString packageVersion(ReleaseScenario &s)
{
    auto bytes = rd::readFile(s.local().path() + QStringLiteral("/package.json"));
    const QJsonObject package = QJsonDocument::fromJson(bytes.value_or(QByteArray())).object();
    return package.value(QLatin1String("version")).toString();
}

} // namespace

class TestCliRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpNamesTheModes();
    void dryRunShowsThePlanAndChangesNothing();
    void jsonDryRunIsThePlanThatRuns();
    void notATerminalWithoutYesIsAUsageError();
    void terminalAnswerDecides_data();
    void terminalAnswerDecides();
    void ctrlCAtTheQuestionChangesNothing();
    void yesReleases();
    void versionOverrides_data();
    void versionOverrides();
    void bumpMajorReleasesTwoZero();
    void invalidChoicesAreUsageErrors_data();
    void invalidChoicesAreUsageErrors();
    void olderVersionFailsThePreflight();
    void dirtyWorkTreeFailsThePreflight();
    void nothingToReleaseAfterARelease();
    void notesFromAFile();
    void nothingToResume();
    void killedThenResumed_data();
    void killedThenResumed();
    void killedThenAbortedLocally();
    void shippedBinaryIgnoresKillSwitches();
    void abortAfterThePushNeedsConfirmation();

private:
    std::optional<git::Library> m_library;
};

void TestCliRelease::initTestCase()
{
    m_library.emplace();
    QVERIFY(QFile::exists(QStringLiteral(RELEASEDESK_CLI)));
}

void TestCliRelease::helpNamesTheModes()
{
    const Run run = cli({QStringLiteral("release"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--dry-run",
                               "--yes",
                               "--resume",
                               "--abort",
                               "--confirm-remote",
                               "--notes-file",
                               "--bump",
                               "--no-push"})
        QVERIFY2(run.out.contains(option), option);
    const Run list = cli({QStringLiteral("--help")});
    QVERIFY(list.out.contains("release"));
}

void TestCliRelease::dryRunShowsThePlanAndChangesNothing()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    const Snapshot before = snapshot(s);

    const Run run = cli(repoArgs(s, {QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, run.both().constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Release 1.1.0 (tag v1.1.0), after 1.0.0 (tag v1.0.0)")),
             run.out.constData());
    // The reasons are the sentences `next` gives.
    const Run next = cli({QStringLiteral("next"),
                          QStringLiteral("--json"),
                          QStringLiteral("--repo"),
                          s.local().path()});
    const QJsonArray steps = next.json().value(QLatin1String("steps")).toArray();
    QVERIFY(!steps.isEmpty());
    for (const QJsonValue &step : steps)
        QVERIFY2(out.contains(step.toString()), qPrintable(step.toString()));
    // Checks, then the exact plan: both diffs, the commit, the tag with the notes, the push.
    QVERIFY2(out.contains(QStringLiteral("pass  Tag is free")), run.out.constData());
    QVERIFY(!out.contains(QStringLiteral("FAIL")));
    QVERIFY(out.contains(QStringLiteral("-  \"version\": \"1.0.0\"")));
    QVERIFY(out.contains(QStringLiteral("+  \"version\": \"1.1.0\"")));
    QVERIFY(out.contains(QStringLiteral("Update CHANGELOG.md")));
    QVERIFY(out.contains(QStringLiteral("+### Bug Fixes")));
    QVERIFY(out.contains(QStringLiteral("Create the annotated tag v1.1.0")));
    QVERIFY(out.contains(QStringLiteral("refs/tags/v1.1.0 -> refs/tags/v1.1.0")));
    QVERIFY(out.contains(QStringLiteral("Push main and v1.1.0 to origin")));
    QVERIFY(out.contains(QStringLiteral("Dry run: nothing was changed")));

    const Snapshot after = snapshot(s);
    QCOMPARE(after.refs, before.refs);
    QCOMPARE(after.remoteRefs, before.remoteRefs);
    QCOMPARE(after.files, before.files);
    QCOMPARE(after.config, before.config);
    QVERIFY(!after.journal);
    QVERIFY(!after.releaseDeskFolder);
}

void TestCliRelease::jsonDryRunIsThePlanThatRuns()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Run dry = cli(repoArgs(s, {QStringLiteral("--dry-run"), QStringLiteral("--json")}));
    QVERIFY2(dry.exitCode == 0, dry.both().constData());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(dry.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, dry.out.constData());
    QCOMPARE(json.value(QLatin1String("version")).toString(), QStringLiteral("1.1.0"));
    QCOMPARE(json.value(QLatin1String("tag")).toString(), QStringLiteral("v1.1.0"));
    QCOMPARE(json.value(QLatin1String("previous")).toString(), QStringLiteral("v1.0.0"));
    QVERIFY(!json.value(QLatin1String("reasons")).toArray().isEmpty());
    QCOMPARE(json.value(QLatin1String("dryRun")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("done")).toBool(true), false);
    const QJsonArray checks = json.value(QLatin1String("checks")).toArray();
    QStringList ids;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        ids.append(check.value(QLatin1String("id")).toString());
        QVERIFY(!check.value(QLatin1String("title")).toString().isEmpty());
        QVERIFY(!check.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(check.contains(QLatin1String("fix")));
        QVERIFY2(check.value(QLatin1String("status")).toString() != u"fail",
                 qPrintable(check.value(QLatin1String("message")).toString()));
    }
    QVERIFY(ids.contains(QStringLiteral("version-order")));
    QVERIFY(ids.contains(QStringLiteral("tag-free")));
    const QJsonObject plan = json.value(QLatin1String("plan")).toObject();
    QStringList stepIds;
    for (const QJsonValue &step : plan.value(QLatin1String("steps")).toArray())
        stepIds.append(step.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(stepIds,
             QStringList({QStringLiteral("write-file:package.json"),
                          QStringLiteral("write-file:CHANGELOG.md"),
                          QStringLiteral("commit"),
                          QStringLiteral("tag"),
                          QStringLiteral("push")}));

    const Run real = cli(repoArgs(s, {QStringLiteral("--yes")}));
    QVERIFY2(real.exitCode == 0, real.both().constData());
    const QJsonObject journal = journalOf(s);
    QCOMPARE(journal.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
    // Step for step, byte for byte: what was shown is what ran.
    QCOMPARE(journal.value(QLatin1String("plan")).toObject(), plan);
}

void TestCliRelease::notATerminalWithoutYesIsAUsageError()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Snapshot before = snapshot(s);
    const Run run = cli(repoArgs(s, {}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--yes") && run.err.contains("--dry-run"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(snapshot(s) == before);
}

void TestCliRelease::terminalAnswerDecides_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no") << QByteArray("n\n") << 4;
    QTest::newRow("empty means no") << QByteArray("\n") << 4;
    QTest::newRow("yes") << QByteArray("y\n") << 0;
}

void TestCliRelease::terminalAnswerDecides()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Snapshot before = snapshot(s);
    Options options;
    options.terminal = true;
    options.input = answer;
    const Run run = cli(repoArgs(s, {}), options);
    QVERIFY2(run.exitCode == exitCode, run.both().constData());
    QVERIFY2(run.err.contains("Release 1.1.0 as v1.1.0? [y/N]"), run.err.constData());
    if (exitCode == 4) {
        QVERIFY(run.err.contains("nothing was changed"));
        const Snapshot after = snapshot(s);
        QCOMPARE(after.refs, before.refs);
        QCOMPARE(after.remoteRefs, before.remoteRefs);
        QCOMPARE(after.files, before.files);
        QVERIFY(!after.journal);
    } else {
        QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    }
}

void TestCliRelease::ctrlCAtTheQuestionChangesNothing()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Snapshot before = snapshot(s);
    Options options;
    options.terminal = true;
    options.interruptAfter = "[y/N]";
    const Run run = cli(repoArgs(s, {}), options);
    QVERIFY2(run.exitCode == 4, run.both().constData());
    QVERIFY2(run.err.contains("Interrupted") && run.err.contains("Cancelled: nothing was changed."),
             run.err.constData());
    const Snapshot after = snapshot(s);
    QCOMPARE(after.refs, before.refs);
    QCOMPARE(after.remoteRefs, before.remoteRefs);
    QCOMPARE(after.files, before.files);
    QVERIFY(!after.journal);
}

void TestCliRelease::yesReleases()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Run run = cli(repoArgs(s, {QStringLiteral("--yes")}));
    QVERIFY2(run.exitCode == 0, run.both().constData());
    QVERIFY2(run.out.contains("Released 1.1.0 as v1.1.0 and pushed it to origin."),
             run.out.constData());
    // Progress on stderr, step by step.
    QVERIFY2(run.err.contains("Create the annotated tag v1.1.0"), run.err.constData());

    QCOMPARE(s.commitsSinceBase(), 1);
    const QString head = s.local().head().toString();
    QCOMPARE(tagsOf(s.local().path()), QStringList({"v1.0.0", "v1.1.0"}));
    const QString message = tagMessage(s.local().path(), QStringLiteral("v1.1.0"));
    QVERIFY2(message.contains(QStringLiteral("second feature"))
                     && message.contains(QStringLiteral("a bug"))
                     && !message.contains(QStringLiteral("first feature")),
             qPrintable(message));
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main"))->toString(), head);
    QCOMPARE(*s.remoteRef(QStringLiteral("refs/tags/v1.1.0")),
             git::Oid::fromString(
                     refsOf(s.local().path()).value(QStringLiteral("refs/tags/v1.1.0"))));
    QCOMPARE(packageVersion(s), QStringLiteral("1.1.0"));
    const QByteArray changelog = *rd::readFile(s.local().path() + QStringLiteral("/CHANGELOG.md"));
    QVERIFY2(changelog.indexOf("1.1.0") > 0
                     && changelog.indexOf("1.1.0") < changelog.indexOf("[1.0.0]"),
             changelog.constData());
    QVERIFY(changelog.endsWith(ReleaseScenario::changelogBefore().mid(13)));
}

void TestCliRelease::versionOverrides_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("version");
    QTest::newRow("patch") << QStringList{QStringLiteral("--bump"), QStringLiteral("patch")}
                           << "1.0.1";
    QTest::newRow("rc") << QStringList{QStringLiteral("--pre"), QStringLiteral("rc")}
                        << "1.1.0-rc.1";
    QTest::newRow("custom") << QStringList{QStringLiteral("--version"), QStringLiteral("v1.7.0")}
                            << "1.7.0";
}

void TestCliRelease::versionOverrides()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, version);
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Run run = cli(repoArgs(s, arguments + QStringList{"--dry-run", "--json"}));
    QVERIFY2(run.exitCode == 0, run.both().constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("version")).toString(), version);
    QCOMPARE(json.value(QLatin1String("tag")).toString(), QStringLiteral("v") + version);
    QCOMPARE(json.value(QLatin1String("plan")).toObject().value(QLatin1String("tag")).toString(),
             QStringLiteral("v") + version);
}

void TestCliRelease::bumpMajorReleasesTwoZero()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Run run = cli(
            repoArgs(s,
                     {QStringLiteral("--bump"), QStringLiteral("major"), QStringLiteral("--yes")}));
    QVERIFY2(run.exitCode == 0, run.both().constData());
    QVERIFY2(run.out.contains("A major bump, as you chose"), run.out.constData());
    QCOMPARE(packageVersion(s), QStringLiteral("2.0.0"));
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v2.0.0")));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
}

void TestCliRelease::invalidChoicesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad version") << QStringList{QStringLiteral("--version"), QStringLiteral("1.0")}
                                 << "--version";
    QTest::newRow("bad level") << QStringList{QStringLiteral("--bump"), QStringLiteral("huge")}
                               << "--bump: \"huge\"";
    QTest::newRow("both") << QStringList{"--version", "2.0.0", "--bump", "minor"}
                          << "--version and --bump";
    QTest::newRow("bad channel") << QStringList{QStringLiteral("--pre"), QStringLiteral("rc!")}
                                 << "--pre";
    QTest::newRow("resume and abort") << QStringList{"--resume", "--abort"} << "--abort";
    QTest::newRow("resume with version") << QStringList{"--resume", "--version", "2.0.0"}
                                         << "--version does not go with --resume";
    QTest::newRow("confirm without abort")
            << QStringList{"--confirm-remote", "--dry-run"} << "--confirm-remote";
}

void TestCliRelease::invalidChoicesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Snapshot before = snapshot(s);
    const Run run = cli(repoArgs(s, arguments + QStringList{QStringLiteral("--yes")}));
    QVERIFY2(run.exitCode == 2, run.both().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QVERIFY(snapshot(s) == before);
}

void TestCliRelease::olderVersionFailsThePreflight()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Snapshot before = snapshot(s);
    const Run run = cli(repoArgs(s,
                                 {QStringLiteral("--version"),
                                  QStringLiteral("1.0.0"),
                                  QStringLiteral("--yes")}));
    QVERIFY2(run.exitCode == 1, run.both().constData());
    QVERIFY2(run.out.contains("FAIL  Next version is greater than the last release"),
             run.out.constData());
    QVERIFY2(run.err.contains("version-order"), run.err.constData());
    QVERIFY(snapshot(s) == before);

    const Run json = cli(repoArgs(s, {"--version", "1.0.0", "--dry-run", "--json"}));
    QCOMPARE(json.exitCode, 1);
    bool found = false;
    for (const QJsonValue &check : json.json().value(QLatin1String("checks")).toArray())
        if (check.toObject().value(QLatin1String("id")).toString() == u"version-order") {
            found = true;
            QCOMPARE(check.toObject().value(QLatin1String("status")).toString(),
                     QStringLiteral("fail"));
        }
    QVERIFY(found);
    QCOMPARE(json.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
             QStringLiteral("release.preflight-failed"));
}

void TestCliRelease::dirtyWorkTreeFailsThePreflight()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    s.local().writeFile(QStringLiteral("src/main.c"), "int main(void) { return 2; }\n");
    const Snapshot before = snapshot(s);
    const Run dry = cli(repoArgs(s, {QStringLiteral("--dry-run")}));
    QVERIFY2(dry.exitCode == 1, dry.both().constData());
    const QString out = QString::fromUtf8(dry.out);
    const QString failLine = out.section(QStringLiteral("FAIL"), 1, 1).section(u'\n', 0, 0);
    QVERIFY2(failLine.contains(QStringLiteral("src/main.c")), dry.out.constData());
    // The plan is still shown with --dry-run.
    QVERIFY(out.contains(QStringLiteral("Create the annotated tag v1.1.0")));

    const Run run = cli(repoArgs(s, {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(snapshot(s) == before);
}

void TestCliRelease::nothingToReleaseAfterARelease()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    QCOMPARE(cli(repoArgs(s, {QStringLiteral("--yes")})).exitCode, 0);
    const Snapshot before = snapshot(s);
    const Run run = cli(repoArgs(s, {QStringLiteral("--yes")}));
    QVERIFY2(run.exitCode == 0, run.both().constData());
    QVERIFY2(run.out.contains("Nothing to release since v1.1.0"), run.out.constData());
    QVERIFY(snapshot(s) == before);
    const Run json = cli(repoArgs(s, {QStringLiteral("--dry-run"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QLatin1String("release")).toBool(true), false);
    QCOMPARE(json.json().value(QLatin1String("previous")).toString(), QStringLiteral("v1.1.0"));
}

void TestCliRelease::notesFromAFile()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    // A missing file stops before anything is done.
    const Run missing = cli(
            repoArgs(s, {"--notes-file", s.local().path() + "/missing-notes.md", "--dry-run"}));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("missing-notes.md"), missing.err.constData());

    Options options;
    options.input = "## 1.1.0\n\nHand-written notes.\n";
    const Run run = cli(repoArgs(s,
                                 {QStringLiteral("--notes-file"),
                                  QStringLiteral("-"),
                                  QStringLiteral("--no-push"),
                                  QStringLiteral("--yes")}),
                        options);
    QVERIFY2(run.exitCode == 0, run.both().constData());
    QVERIFY(tagMessage(s.local().path(), QStringLiteral("v1.1.0"))
                    .contains(QStringLiteral("Hand-written notes.")));
    QVERIFY(rd::readFile(s.local().path() + QStringLiteral("/CHANGELOG.md"))
                    ->contains("Hand-written notes."));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0"))); // --no-push
}

void TestCliRelease::nothingToResume()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    for (const char *mode : {"--resume", "--abort"}) {
        const Run run = cli(repoArgs(s, {QString::fromLatin1(mode)}));
        QVERIFY2(run.exitCode == 1, run.both().constData());
        QVERIFY2(run.err.contains("no unfinished release"), run.err.constData());
    }
}

void TestCliRelease::killedThenResumed_data()
{
    QTest::addColumn<int>("step");
    // 1-2 write the files, 3 commits, 4 tags, 5 pushes.
    for (int step = 1; step <= 5; ++step)
        QTest::addRow("after step %d", step) << step;
}

void TestCliRelease::killedThenResumed()
{
    QFETCH(int, step);
    ReleaseScenario s;
    QVERIFY(s.isValid());
    Options kill;
    kill.environment = {QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP=%1").arg(step)};
    const Run killed = cli(repoArgs(s, {QStringLiteral("--yes")}), kill);
    QVERIFY2(killed.exitCode == -2, killed.both().constData());

    // A new release refuses, naming the stopped one and the way out.
    const Run refused = cli(repoArgs(s, {QStringLiteral("--yes")}));
    QVERIFY2(refused.exitCode == 1, refused.both().constData());
    QVERIFY2(refused.err.contains("1.1.0 (tag v1.1.0)") && refused.err.contains("--resume")
                     && refused.err.contains("--abort"),
             refused.err.constData());
    QVERIFY(refused.out.isEmpty());

    const Run resumed = cli(repoArgs(s, {QStringLiteral("--resume"), QStringLiteral("--json")}));
    QVERIFY2(resumed.exitCode == 0, resumed.both().constData());
    const QJsonObject json = resumed.json();
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("resume"));
    QCOMPARE(json.value(QLatin1String("done")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("journal"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
             QStringLiteral("completed"));

    QCOMPARE(s.commitsSinceBase(), 1);
    QCOMPARE(tagsOf(s.local().path()), QStringList({"v1.0.0", "v1.1.0"}));
    QCOMPARE(tagsOf(s.remoteDir()), QStringList({"v1.0.0", "v1.1.0"}));
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main"))->toString(),
             s.local().head().toString());
    QCOMPARE(packageVersion(s), QStringLiteral("1.1.0"));
    // And the next release starts afresh.
    QCOMPARE(cli(repoArgs(s, {QStringLiteral("--yes")})).exitCode, 0);
}

void TestCliRelease::shippedBinaryIgnoresKillSwitches()
{
    // The installed releasedesk-cli has no fault injection: the same variable that kills the
    // test build after the commit is ignored, and the release completes.
    ReleaseScenario s;
    QVERIFY(s.isValid());
    Options shipped;
    shipped.program = QStringLiteral(RELEASEDESK_SHIPPED_CLI);
    shipped.environment = {QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP=4"),
                           QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP=1")};
    const Run run = cli(repoArgs(s, {QStringLiteral("--yes")}), shipped);
    QVERIFY2(run.exitCode == 0, run.both().constData());
    QVERIFY2(!run.err.contains("fault injection"), run.err.constData());
    QCOMPARE(tagsOf(s.local().path()), QStringList({"v1.0.0", "v1.1.0"}));
    QCOMPARE(tagsOf(s.remoteDir()), QStringList({"v1.0.0", "v1.1.0"}));
}

void TestCliRelease::killedThenAbortedLocally()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Snapshot before = snapshot(s);
    Options kill;
    kill.environment = {QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP=4")}; // commit and tag made
    QCOMPARE(cli(repoArgs(s, {QStringLiteral("--yes")}), kill).exitCode, -2);
    QCOMPARE(s.commitsSinceBase(), 1);

    const Run aborted = cli(repoArgs(s, {QStringLiteral("--abort")}));
    QVERIFY2(aborted.exitCode == 0, aborted.both().constData());
    QVERIFY2(aborted.out.contains("Aborted the release v1.1.0"), aborted.out.constData());
    const Snapshot after = snapshot(s);
    QCOMPARE(after.refs, before.refs);
    QCOMPARE(after.remoteRefs, before.remoteRefs);
    QCOMPARE(after.files, before.files);
    // Nothing reached the remote, so nothing was deployed: no undone release is recorded.
    QVERIFY(!QFile::exists(s.local().path()
                           + QStringLiteral("/.git/releasedesk/undone-releases.json")));
    // A new release may start again.
    QVERIFY2(cli(repoArgs(s, {QStringLiteral("--dry-run")})).exitCode == 0, "dry run after abort");
}

void TestCliRelease::abortAfterThePushNeedsConfirmation()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    const Snapshot before = snapshot(s);
    Options kill;
    kill.environment = {QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP=5")}; // pushed
    QCOMPARE(cli(repoArgs(s, {QStringLiteral("--yes")}), kill).exitCode, -2);
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));

    const Run refused = cli(repoArgs(s, {QStringLiteral("--abort")}));
    QVERIFY2(refused.exitCode == 1, refused.both().constData());
    QVERIFY2(refused.err.contains("already reached the remote")
                     && refused.err.contains("--confirm-remote"),
             refused.err.constData());
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0"))); // nothing undone
    QCOMPARE(s.commitsSinceBase(), 1);

    const Run confirmed = cli(
            repoArgs(s, {QStringLiteral("--abort"), QStringLiteral("--confirm-remote")}));
    QVERIFY2(confirmed.exitCode == 0, confirmed.both().constData());
    const Snapshot after = snapshot(s);
    QCOMPARE(after.remoteRefs, before.remoteRefs);
    QCOMPARE(after.files, before.files);
    QCOMPARE(s.commitsSinceBase(), 0);
    QCOMPARE(tagsOf(s.local().path()), QStringList({"v1.0.0"}));

    // v1.1.0 was deployed, then undone: git no longer has it, the metrics count it as failed.
    const Run metrics = cli({QStringLiteral("metrics"),
                             QStringLiteral("--repo"),
                             s.local().path(),
                             QStringLiteral("--since"),
                             QStringLiteral("2000-01-01"),
                             QStringLiteral("--until"),
                             QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate),
                             QStringLiteral("--json")});
    QVERIFY2(metrics.exitCode == 0, metrics.both().constData());
    const QJsonObject json = QJsonDocument::fromJson(metrics.out).object();
    const QJsonObject failures = json.value(QLatin1String("change_failure_rate")).toObject();
    const QJsonArray failed = failures.value(QLatin1String("items")).toArray();
    QVERIFY2(failed.size() == 1, metrics.out.constData());
    const QJsonObject undone = failed.first().toObject();
    QCOMPARE(undone.value(QLatin1String("tag")).toString(), QStringLiteral("v1.1.0"));
    const QJsonObject reason = undone.value(QLatin1String("reasons")).toArray().first().toObject();
    QCOMPARE(reason.value(QLatin1String("rule")).toString(), QStringLiteral("undone-release"));
    QVERIFY2(reason.value(QLatin1String("evidence")).toString().contains(u"refs/tags/v1.1.0"),
             metrics.out.constData());
    QCOMPARE(failures.value(QLatin1String("total")).toInt(), 2); // v1.0.0 and the undone v1.1.0
}

QTEST_GUILESS_MAIN(TestCliRelease)
#include "tst_clirelease.moc"
