// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "releasescenario.h"

#include "git/library.h"
#include "git/objectstore.h"
#include "git/references.h"
#include "git/worktreestatus.h"
#include "release/jsonbytes.h"
#include "release/releaserunner.h"
#include "release/stepfactory.h"
#include "util/fileio.h"

#include <QDir>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <git2/tag.h>

using namespace rd;
using rd::test::ReleaseScenario;

namespace {

// A step that fails while a flag file exists: stands in for a later CI or publish step that
// stops the release after the push.
class FlagStep : public ReleaseStep
{
public:
    explicit FlagStep(QString flag)
        : m_flag(std::move(flag))
    {}
    QString kind() const override { return QStringLiteral("test-flag"); }
    QString id() const override { return kind(); }
    QString title() const override { return QStringLiteral("Wait for the flag"); }
    QString details() const override { return m_flag; }
    QJsonObject toJson() const override { return {{QStringLiteral("flag"), m_flag}}; }
    Result<std::optional<QJsonObject>> checkDone(StepContext &) const override
    {
        return std::optional<QJsonObject>();
    }
    Result<QJsonObject> execute(StepContext &) override
    {
        if (QFile::exists(m_flag))
            return fail(u"test.flag", QStringLiteral("The flag file is there."));
        return QJsonObject{{QStringLiteral("ok"), true}};
    }
    Status undoLocal(StepContext &, const QJsonObject &) override { return {}; }

private:
    QString m_flag;
};

QString readText(const QString &path)
{
    auto bytes = readFile(path);
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

} // namespace

class TestReleaseRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runMakesTheRelease();
    void journalEqualsDryRun();
    void failedPushResumes();
    void resumeDoesNotRepeatUnjournaledWork();
    void abortUndoesLocalSteps();
    void abortNeedsConfirmationOnceSomethingWasPushed();
    void newRunRefusedWhileUnfinished();
    void editedFileIsNeverOverwritten();
    void releaseWithoutFilesTagsHead();
    void cancelLeavesResumableRelease();
    void relativeRemotePathIsResolvedLikeGit();

private:
    git::Library m_library;
};

void TestReleaseRunner::initTestCase()
{
    StepFactory::registerKind(QStringLiteral("test-flag"), [](const QJsonObject &data) {
        return Result<std::unique_ptr<ReleaseStep>>(
                std::make_unique<FlagStep>(data.value(QLatin1String("flag")).toString()));
    });
}

void TestReleaseRunner::runMakesTheRelease()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    RD_VERIFY_OK(plan);
    QCOMPARE(plan->size(), 5); // package.json, CHANGELOG.md, commit, tag, push

    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);

    // One commit on the base, with the planned message, by the configured identity.
    QCOMPARE(s.commitsSinceBase(), 1);
    const git::Oid head = s.local().head();
    auto commit = s.repo().lookupCommit(head);
    QVERIFY(commit);
    QCOMPARE(commit->message(), QStringLiteral("chore(release): 1.1.0\n"));
    QCOMPARE(commit->author().name, QStringLiteral("Rel Easer"));
    QCOMPARE(commit->author().email, QStringLiteral("releaser@example.invalid"));
    git::ObjectStore store(s.repo());
    auto entry = store.entryAt(head, QStringLiteral("package.json"));
    QVERIFY(entry && *entry);
    QCOMPARE(*store.blobContent((*entry)->blob),
             ReleaseScenario::packageJson(QStringLiteral("1.1.0")));
    // Other files are the base's, untouched.
    auto other = store.entryAt(head, QStringLiteral("src/main.c"));
    auto otherBase = store.entryAt(s.base(), QStringLiteral("src/main.c"));
    QCOMPARE((*other)->blob, (*otherBase)->blob);

    // An annotated tag with the release notes as message.
    auto tags = s.repo().tags();
    QVERIFY(tags);
    const auto tag = std::find_if(tags->begin(), tags->end(), [](const git::TagRef &t) {
        return t.name == u"v1.1.0";
    });
    QVERIFY(tag != tags->end());
    QVERIFY(tag->annotated);
    QCOMPARE(tag->target, head);
    QCOMPARE(tag->message, QStringLiteral("## 1.1.0\n\n- second feature\n- a bug\n"));
    QCOMPARE(tag->tagger->name, QStringLiteral("Rel Easer"));

    // The remote has both.
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(head));
    QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")), std::optional<git::Oid>(tag->object));

    // The work tree is clean: the written files were staged with the commit.
    auto status = git::WorkTreeStatus::read(s.repo(), true);
    QVERIFY(status);
    QVERIFY(status->isClean());
    QCOMPARE(runner.journal().state, Journal::State::Completed);
    auto unfinished = ReleaseRunner::unfinished(s.repo());
    QVERIFY(unfinished && !*unfinished);
}

void TestReleaseRunner::journalEqualsDryRun()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    // The dry-run: the plan's JSON and text, made before anything runs.
    const QJsonObject dryRun = plan->toJson();
    const QString dryRunText = plan->dryRunText();

    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    QVERIFY(runner.run(*plan));

    auto journal = Journal::load(s.repo().gitDir());
    QVERIFY(journal && *journal);
    QCOMPARE((*journal)->plan, dryRun);
    QCOMPARE((*journal)->state, Journal::State::Completed);

    // And the outcome matches what the dry-run promised, step by step.
    const QJsonArray steps = dryRun.value(QLatin1String("steps")).toArray();
    QCOMPARE((*journal)->steps.size(), steps.size());
    const git::Oid head = s.local().head();
    git::ObjectStore store(s.repo());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QJsonObject data = step.value(QLatin1String("data")).toObject();
        const Journal::Step &record = (*journal)->steps.at(i);
        QCOMPARE(record.id, step.value(QLatin1String("id")).toString());
        QCOMPARE(record.state, Journal::StepState::Done);
        const QString kind = step.value(QLatin1String("kind")).toString();
        if (kind == u"write-file") {
            const QString path = data.value(QLatin1String("path")).toString();
            QCOMPARE(record.result.value(QLatin1String("sha256")).toString(),
                     data.value(QLatin1String("afterSha256")).toString());
            QCOMPARE(JsonBytes::sha256(*readFile(QDir(s.repo().workdir()).filePath(path))),
                     data.value(QLatin1String("afterSha256")).toString());
            auto entry = store.entryAt(head, path);
            QVERIFY(entry && *entry);
            QCOMPARE((*entry)->blob.toString(), data.value(QLatin1String("afterBlob")).toString());
            QVERIFY(dryRunText.contains(QStringLiteral("+++ b/") + path));
        } else if (kind == u"commit") {
            QCOMPARE(record.result.value(QLatin1String("commit")).toString(), head.toString());
            QCOMPARE(s.repo().lookupCommit(head)->message(),
                     data.value(QLatin1String("message")).toString());
            QCOMPARE(s.repo().lookupCommit(head)->parentId(0).toString(),
                     data.value(QLatin1String("base")).toString());
        } else if (kind == u"tag") {
            const QString name = data.value(QLatin1String("name")).toString();
            QCOMPARE(name, QStringLiteral("v1.1.0"));
            git::References refs(s.repo());
            QCOMPARE((*refs.target(QStringLiteral("refs/tags/") + name))->toString(),
                     record.result.value(QLatin1String("tag")).toString());
            const QStringList lines = data.value(QLatin1String("message")).toString().split(u'\n');
            for (const QString &line : lines)
                QVERIFY2(dryRunText.contains(line), qPrintable(line));
        } else if (kind == u"push") {
            const QJsonObject pushed = record.result.value(QLatin1String("refs")).toObject();
            const QJsonArray refs = data.value(QLatin1String("refs")).toArray();
            QCOMPARE(pushed.size(), refs.size());
            for (const QJsonValue &ref : refs) {
                const QString remoteRef = ref.toObject().value(QLatin1String("remote")).toString();
                QVERIFY2(pushed.contains(remoteRef), qPrintable(remoteRef));
                QCOMPARE(s.remoteRef(remoteRef)->toString(), pushed.value(remoteRef).toString());
                QVERIFY(dryRunText.contains(remoteRef));
            }
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected step kind ") + kind));
        }
    }
    QVERIFY(dryRunText.contains(QStringLiteral("chore(release): 1.1.0")));
    QVERIFY(dryRunText.contains(s.remoteUrl()));
}

void TestReleaseRunner::failedPushResumes()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    // The remote goes away for a while.
    const QString hidden = s.remoteDir() + QStringLiteral(".away");
    QVERIFY(QDir().rename(s.remoteDir(), hidden));
    {
        ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
        auto done = runner.run(*plan);
        QVERIFY(!done);
        QCOMPARE(runner.journal().state, Journal::State::Failed);
        QCOMPARE(runner.journal().steps.last().state, Journal::StepState::Failed);
        QVERIFY(!runner.journal().steps.last().errorMessage.isEmpty());
    }
    QVERIFY(QDir().rename(hidden, s.remoteDir()));
    auto unfinished = ReleaseRunner::unfinished(s.repo());
    QVERIFY(unfinished && *unfinished);

    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    auto resumed = runner.resume();
    RD_VERIFY_OK(resumed);
    QCOMPARE(s.commitsSinceBase(), 1);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")),
             std::optional<git::Oid>(s.local().head()));
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
}

void TestReleaseRunner::resumeDoesNotRepeatUnjournaledWork()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    const QString hidden = s.remoteDir() + QStringLiteral(".away");
    QVERIFY(QDir().rename(s.remoteDir(), hidden));
    {
        ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
        QVERIFY(!runner.run(*plan));
    }
    QVERIFY(QDir().rename(hidden, s.remoteDir()));
    const git::Oid commit = s.local().head();
    // As if the process died after each step's work but before the journal said so.
    auto journal = Journal::load(s.repo().gitDir());
    QVERIFY(journal && *journal);
    for (Journal::Step &step : (*journal)->steps) {
        step.state = Journal::StepState::Running;
        step.result = {};
    }
    (*journal)->state = Journal::State::Running;
    QVERIFY((*journal)->save(s.repo().gitDir()));

    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    auto resumed = runner.resume();
    RD_VERIFY_OK(resumed);
    QCOMPARE(s.local().head(), commit); // no second commit
    QCOMPARE(s.commitsSinceBase(), 1);
    git::References refs(s.repo());
    auto tag = refs.target(QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(tag && *tag);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")), *tag);
    // The recovered results are journaled.
    QCOMPARE(runner.journal().steps.at(2).result.value(QLatin1String("commit")).toString(),
             commit.toString());
}

void TestReleaseRunner::abortUndoesLocalSteps()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    const QString hidden = s.remoteDir() + QStringLiteral(".away");
    QVERIFY(QDir().rename(s.remoteDir(), hidden));
    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    QVERIFY(!runner.run(*plan));
    QCOMPARE(s.commitsSinceBase(), 1);
    QVERIFY(QDir().rename(hidden, s.remoteDir()));

    ReleaseRunner aborter(s.repo(), {&s.remotes(), nullptr});
    auto aborted = aborter.abort(false);
    RD_VERIFY_OK(aborted);
    QCOMPARE(s.local().head(), s.base());
    git::References refs(s.repo());
    QVERIFY(!*refs.target(QStringLiteral("refs/tags/v1.1.0")));
    QCOMPARE(readText(QDir(s.repo().workdir()).filePath(QStringLiteral("package.json"))),
             QString::fromUtf8(ReleaseScenario::packageJson(QStringLiteral("1.0.0"))));
    QCOMPARE(readText(QDir(s.repo().workdir()).filePath(QStringLiteral("CHANGELOG.md"))),
             QString::fromUtf8(ReleaseScenario::changelogBefore()));
    auto status = git::WorkTreeStatus::read(s.repo(), true);
    QVERIFY(status);
    QVERIFY2(status->isClean(), qPrintable(status->entries().value(0).path));
    QCOMPARE(aborter.journal().state, Journal::State::Aborted);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(s.base()));
    // And a new release can start.
    auto unfinished = ReleaseRunner::unfinished(s.repo());
    QVERIFY(unfinished && !*unfinished);
}

void TestReleaseRunner::abortNeedsConfirmationOnceSomethingWasPushed()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    QTemporaryDir flagDir;
    const QString flag = flagDir.filePath(QStringLiteral("stop"));
    QFile(flag).open(QIODevice::WriteOnly);
    QVERIFY(plan->append(std::make_unique<FlagStep>(flag)));

    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    QVERIFY(!runner.run(*plan));
    const git::Oid commit = s.local().head();
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(commit));

    // Without confirmation nothing at all is undone.
    ReleaseRunner cautious(s.repo(), {&s.remotes(), nullptr});
    auto refused = cautious.abort(false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, errc::remoteConfirm.toString());
    QVERIFY(refused.error().message.contains(QStringLiteral("refs/tags/v1.1.0")));
    QCOMPARE(s.local().head(), commit);
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));

    ReleaseRunner confirmed(s.repo(), {&s.remotes(), nullptr});
    auto aborted = confirmed.abort(true);
    RD_VERIFY_OK(aborted);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(s.base()));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    QCOMPARE(s.local().head(), s.base());
}

void TestReleaseRunner::newRunRefusedWhileUnfinished()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    const QString hidden = s.remoteDir() + QStringLiteral(".away");
    QVERIFY(QDir().rename(s.remoteDir(), hidden));
    {
        ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
        QVERIFY(!runner.run(*plan));
    }
    QVERIFY(QDir().rename(hidden, s.remoteDir()));
    auto again = s.plan(s.choices(QStringLiteral("1.2.0")));
    QVERIFY(again);
    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    auto refused = runner.run(*again);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, errc::inProgress.toString());
    QCOMPARE(s.commitsSinceBase(), 1);
}

void TestReleaseRunner::editedFileIsNeverOverwritten()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    const QByteArray edited = "{ \"edited\": true }\n";
    s.local().writeFile(QStringLiteral("CHANGELOG.md"), edited);

    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    auto done = runner.run(*plan);
    QVERIFY(!done);
    QCOMPARE(done.error().code, errc::fileChanged.toString());
    QCOMPARE(done.error().source, QStringLiteral("CHANGELOG.md"));
    QCOMPARE(*readFile(QDir(s.repo().workdir()).filePath(QStringLiteral("CHANGELOG.md"))), edited);
    QCOMPARE(s.commitsSinceBase(), 0);

    ReleaseRunner aborter(s.repo(), {&s.remotes(), nullptr});
    QVERIFY(aborter.abort(false));
    // package.json (written first) is restored; the edited file is left as the user made it.
    QCOMPARE(*readFile(QDir(s.repo().workdir()).filePath(QStringLiteral("package.json"))),
             ReleaseScenario::packageJson(QStringLiteral("1.0.0")));
    QCOMPARE(*readFile(QDir(s.repo().workdir()).filePath(QStringLiteral("CHANGELOG.md"))), edited);
}

void TestReleaseRunner::releaseWithoutFilesTagsHead()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    ReleaseChoices choices = s.choices();
    choices.files.clear();
    auto plan = s.plan(choices);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 2);
    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    QVERIFY(runner.run(*plan));
    QCOMPARE(s.local().head(), s.base());
    auto tags = s.repo().tags();
    const auto tag = std::find_if(tags->begin(), tags->end(), [](const git::TagRef &t) {
        return t.name == u"v1.1.0";
    });
    QVERIFY(tag != tags->end());
    QCOMPARE(tag->target, s.base());
    QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")), std::optional<git::Oid>(tag->object));
}

void TestReleaseRunner::cancelLeavesResumableRelease()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto plan = s.plan();
    QVERIFY(plan);
    Progress progress;
    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    runner.setObserver([&](qsizetype index, const ReleaseStep &, Journal::StepState state) {
        if (index == 2 && state == Journal::StepState::Done)
            progress.cancel(); // the user clicks Cancel while the tag is being made
    });
    auto done = runner.run(*plan, &progress);
    QVERIFY(!done);
    QCOMPARE(done.error().code, rd::errc::cancelled.toString());
    QCOMPARE(runner.journal().steps.at(3).state, Journal::StepState::Pending);
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));

    ReleaseRunner resumer(s.repo(), {&s.remotes(), nullptr});
    QVERIFY(resumer.resume());
    QCOMPARE(s.commitsSinceBase(), 1);
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
}

void TestReleaseRunner::relativeRemotePathIsResolvedLikeGit()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    // As `git remote add origin ../…/origin.git` writes it: relative to the work tree.
    const QString relative = QDir(s.local().path()).relativeFilePath(s.remoteDir());
    QVERIFY2(relative.startsWith(QLatin1String("../")), qPrintable(relative));
    auto config = s.repo().config();
    QVERIFY(config);
    QVERIFY(config->setString(QStringLiteral("remote.origin.url"), relative));

    // The process runs elsewhere, two levels down, where the same relative path leads nowhere.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString deep = elsewhere.filePath(QStringLiteral("a/b"));
    QVERIFY(QDir().mkpath(deep));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(deep));
    const auto restore = qScopeGuard([&before] { QDir::setCurrent(before); });
    QVERIFY(!QDir(deep).exists(relative));

    auto url = RemoteAccess::pushUrl(s.repo(), QStringLiteral("origin"));
    RD_VERIFY_OK(url);
    QCOMPARE(QDir(*url).canonicalPath(), QDir(s.remoteDir()).canonicalPath());

    auto plan = s.plan();
    RD_VERIFY_OK(plan);
    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")),
             std::optional<git::Oid>(s.local().head()));
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    // The configuration still says what the user wrote.
    QCOMPARE(config->string(QStringLiteral("remote.origin.url")), std::optional<QString>(relative));

    // A bare repository resolves it against its own folder, as git does.
    auto bare = git::Repository::open(s.remoteDir());
    QVERIFY(bare);
    auto bareConfig = bare->config();
    QVERIFY(bareConfig);
    const QString back = QDir(s.remoteDir()).relativeFilePath(s.local().path());
    QVERIFY(bareConfig->setString(QStringLiteral("remote.back.url"), back));
    auto backUrl = RemoteAccess::pushUrl(*bare, QStringLiteral("back"));
    RD_VERIFY_OK(backUrl);
    QCOMPARE(QDir(*backUrl).canonicalPath(), QDir(s.local().path()).canonicalPath());
}

QTEST_GUILESS_MAIN(TestReleaseRunner)
#include "tst_releaserunner.moc"
