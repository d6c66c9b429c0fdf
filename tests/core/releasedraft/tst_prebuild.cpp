// SPDX-License-Identifier: GPL-3.0-or-later
// Artifacts built before the release is made: the plan's files in a scratch copy, the work tree
// and the repository untouched, kept with their digests for exactly that plan, and refused
// when they changed since.
#include "expectedcheck.h"
#include "filedigest.h"
#include "releasescenario.h"

#include "git/checkout.h"
#include "git/library.h"
#include "project/project.h"
#include "releasedraft/prebuild.h"
#include "releasedraft/publishdraft.h"
#include "releasedraft/releasedraft.h"
#include "util/fileio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::ReleaseScenario;
using rd::test::sha256Of;

namespace {

// An npm entry whose tarball the build packs by hand from the package.json the release writes.
const QByteArray config
        = "registries:\n  - { type: npm, package: demo, url: \"http://127.0.0.1:9\", publish: "
          "\"dist/demo-{version}.tgz\" }\npublish:\n  build:\n    - \"mkdir -p dist/package && "
          "cp package.json dist/package/ && tar czf dist/demo-{version}.tgz -C dist package && "
          "rm -r dist/package\"\n";

// The scenario's project publishing `config`, its draft, its 1.1.0 plan and publish settings.
class Publishing
{
public:
    Publishing()
    {
        if (!s.isValid()) {
            problem = s.error();
            return;
        }
        s.local().commit(QStringLiteral("chore: publish"),
                         {{QStringLiteral(".releasedesk.yml"), config}});
        auto opened = Project::open(s.local().path());
        auto prepared = opened ? ReleaseDraft::prepare(project.emplace(std::move(*opened)))
                               : Result<ReleaseDraft>(std::unexpected(opened.error()));
        auto made = s.plan();
        auto configured = opened ? PublishDraft::settings(*project)
                                 : Result<PublishSettings>(std::unexpected(opened.error()));
        for (const Error *error : {prepared ? nullptr : &prepared.error(),
                                   made ? nullptr : &made.error(),
                                   configured ? nullptr : &configured.error()}) {
            if (error && problem.isEmpty())
                problem = error->toString();
        }
        if (!problem.isEmpty())
            return;
        draft.emplace(std::move(*prepared));
        plan.emplace(std::move(*made));
        settings = *configured;
    }
    bool isValid() const { return problem.isEmpty(); }

    ReleaseScenario s;
    std::optional<Project> project;
    std::optional<ReleaseDraft> draft;
    std::optional<ReleasePlan> plan;
    PublishSettings settings;
    QString problem;
};

} // namespace

class TestPrebuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_library.emplace(); }
    void exportWritesACommitsFilesElsewhere();
    void buildsTheReleaseBeforeItIsMade();
    void anotherVersionDoesNotFindThem();
    void changedOrGoneArtifactsAreRefused();
    void commitPlaceholderAndFailingBuild();

private:
    std::optional<git::Library> m_library;
};

void TestPrebuild::exportWritesACommitsFilesElsewhere()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    QTemporaryDir target;
    const QString tree = target.filePath(QStringLiteral("tree"));
    RD_VERIFY_OK(git::Checkout::exportCommit(s.repo(), s.base(), tree));
    QCOMPARE(*readFile(tree + QStringLiteral("/package.json")),
             ReleaseScenario::packageJson(QStringLiteral("1.0.0")));
    QVERIFY(QFile::exists(tree + QStringLiteral("/src/extra.c")));
    QVERIFY(!QFile::exists(tree + QStringLiteral("/.git")));
    // A folder that is not empty is refused.
    QVERIFY(!git::Checkout::exportCommit(s.repo(), s.base(), tree));
}

void TestPrebuild::buildsTheReleaseBeforeItIsMade()
{
    Publishing p;
    QVERIFY2(p.isValid(), qPrintable(p.problem));
    ReleaseScenario &s = p.s;
    auto &draft = p.draft;
    const PublishSettings *settings = &p.settings;
    auto &plan = p.plan;
    const git::Oid head = *s.repo().headId();

    auto built = Prebuild::build(*draft, *plan, *settings, QStringLiteral("notes"));
    RD_VERIFY_OK(built);
    QCOMPARE(built->tag, QStringLiteral("v1.1.0"));
    QCOMPARE(built->files.size(), 1);
    const PrebuiltFile &file = built->files.first();
    QCOMPARE(file.path, QStringLiteral("dist/demo-1.1.0.tgz"));
    const QString kept = QDir(built->filesRoot()).filePath(file.path);
    QCOMPARE(file.sha256, sha256Of(kept));
    QCOMPARE(file.size, QFileInfo(kept).size());
    QVERIFY(built->folder.startsWith(s.repo().gitDir()));
    // The tarball holds the package.json the release writes (1.1.0), not HEAD's (1.0.0).
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("xzOf"), kept, QStringLiteral("package/package.json")});
    QVERIFY(tar.waitForFinished());
    QCOMPARE(tar.readAllStandardOutput(), ReleaseScenario::packageJson(QStringLiteral("1.1.0")));
    // The publish steps planned on them, with the tarball's digest, paths relative.
    QVERIFY2(built->publishText.contains(QStringLiteral("Publish demo 1.1.0 to npm"))
                     && built->publishText.contains(QStringLiteral("Tarball: dist/demo-1.1.0.tgz")),
             qPrintable(built->publishText));

    // Nothing of the release exists yet: no tag, HEAD and the work tree as they were.
    QCOMPARE(*s.repo().headId(), head);
    auto tag = s.repo().tag(QStringLiteral("v1.1.0"));
    QVERIFY(tag && !*tag);
    QVERIFY(!QFile::exists(s.local().path() + QStringLiteral("/dist")));
    QCOMPARE(*readFile(s.local().path() + QStringLiteral("/package.json")),
             ReleaseScenario::packageJson(QStringLiteral("1.0.0")));
    QVERIFY(!QFile::exists(built->folder + QStringLiteral(".partial")));

    // Found again for the same plan, unchanged.
    auto found = Prebuild::find(s.repo().gitDir(), *plan, p.settings);
    RD_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->files.size(), 1);
    QCOMPARE((*found)->files.first().sha256, file.sha256);
    QCOMPARE((*found)->publishText, built->publishText);
    RD_VERIFY_OK(Prebuild::verify(**found));
}

void TestPrebuild::anotherVersionDoesNotFindThem()
{
    Publishing p;
    QVERIFY2(p.isValid(), qPrintable(p.problem));
    ReleaseScenario &s = p.s;
    auto &draft = p.draft;
    auto &plan = p.plan;
    RD_VERIFY_OK(Prebuild::build(*draft, *plan, p.settings, {}));

    // The same inputs whatever else the plan says; another version has others.
    auto again = s.plan();
    RD_VERIFY_OK(again);
    QCOMPARE(Prebuild::inputsOf(*again, p.settings), Prebuild::inputsOf(*plan, p.settings));
    auto major = s.plan(s.choices(QStringLiteral("2.0.0")));
    RD_VERIFY_OK(major);
    QVERIFY(Prebuild::inputsOf(*major, p.settings) != Prebuild::inputsOf(*plan, p.settings));
    auto none = Prebuild::find(s.repo().gitDir(), *major, p.settings);
    RD_VERIFY_OK(none);
    QVERIFY(!none->has_value());
    // Another build command or pattern needs another build too.
    PublishSettings edited = p.settings;
    edited.build.append(QStringLiteral("true"));
    QVERIFY(Prebuild::inputsOf(*plan, edited) != Prebuild::inputsOf(*plan, p.settings));
    auto stale = Prebuild::find(s.repo().gitDir(), *plan, edited);
    RD_VERIFY_OK(stale);
    QVERIFY(!stale->has_value());
    // Found for publishing the release later: built on its base with these settings.
    const QStringList bases{plan->base.toString()};
    auto made = Prebuild::findMade(s.repo().gitDir(), QStringLiteral("v1.1.0"), bases, p.settings);
    RD_VERIFY_OK(made);
    QVERIFY(made->has_value());
    auto elsewhere = Prebuild::findMade(s.repo().gitDir(),
                                        QStringLiteral("v1.1.0"),
                                        {QString(40, u'0')},
                                        p.settings);
    RD_VERIFY_OK(elsewhere);
    QVERIFY(!elsewhere->has_value());
}

void TestPrebuild::changedOrGoneArtifactsAreRefused()
{
    Publishing p;
    QVERIFY2(p.isValid(), qPrintable(p.problem));
    auto &draft = p.draft;
    auto &plan = p.plan;
    auto built = Prebuild::build(*draft, *plan, p.settings, {});
    RD_VERIFY_OK(built);
    const QString kept = QDir(built->filesRoot()).filePath(built->files.first().path);

    RD_VERIFY_OK(writeFileAtomically(kept, "another tarball"));
    auto changed = Prebuild::verify(*built);
    QVERIFY(!changed);
    QVERIFY(changed.error().is(errc::prebuiltChanged));
    QCOMPARE(changed.error().source, kept);
    QVERIFY2(changed.error().message.contains(QStringLiteral("changed since it was reviewed")),
             qPrintable(changed.error().message));

    QVERIFY(QFile::remove(kept));
    auto gone = Prebuild::verify(*built);
    QVERIFY(!gone);
    QVERIFY(gone.error().is(errc::prebuiltChanged));
    QVERIFY2(gone.error().message.contains(QStringLiteral("is gone")),
             qPrintable(gone.error().message));
}

void TestPrebuild::commitPlaceholderAndFailingBuild()
{
    Publishing p;
    QVERIFY2(p.isValid(), qPrintable(p.problem));
    ReleaseScenario &s = p.s;
    auto &draft = p.draft;
    auto &plan = p.plan;
    PublishSettings settings = p.settings;

    PublishSettings stamped = settings;
    stamped.build = {QStringLiteral("echo {short_commit} > dist/commit")};
    auto refused = Prebuild::build(*draft, *plan, stamped, {});
    QVERIFY(!refused);
    QVERIFY(refused.error().is(errc::prebuild));
    QVERIFY2(refused.error().message.contains(QStringLiteral("{commit}")),
             qPrintable(refused.error().message));

    // A good build first, then a failing one: the failure keeps nothing of its own and leaves
    // the earlier artifacts as they were.
    auto good = Prebuild::build(*draft, *plan, settings, {});
    RD_VERIFY_OK(good);
    PublishSettings failing = settings;
    failing.build = {QStringLiteral("echo half > dist-half; exit 4")};
    auto failed = Prebuild::build(*draft, *plan, failing, {});
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("4")),
             qPrintable(failed.error().toString()));
    QVERIFY(!QFile::exists(good->folder + QStringLiteral(".partial")));
    auto still = Prebuild::find(s.repo().gitDir(), *plan, p.settings);
    RD_VERIFY_OK(still);
    QVERIFY(still->has_value());
    RD_VERIFY_OK(Prebuild::verify(**still));
}

QTEST_GUILESS_MAIN(TestPrebuild)
#include "tst_prebuild.moc"
