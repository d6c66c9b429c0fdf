// SPDX-License-Identifier: GPL-3.0-or-later
// A release composed from a real project state: the next version and why, the notes, the
// version sources and changelog as files, the pre-flight, and the plan the runner executes.

#include "expectedcheck.h"
#include "releasescenario.h"

#include "git/library.h"
#include "project/project.h"
#include "release/preflight.h"
#include "release/releaserunner.h"
#include "releasedraft/releasedraft.h"
#include "util/fileio.h"

#include <QDir>
#include <QTest>

using namespace rd;
using rd::test::ReleaseScenario;

class TestReleaseDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_library.emplace(); }

    void computedVersionAndNotes()
    {
        ReleaseScenario s;
        QVERIFY2(s.isValid(), qPrintable(s.error()));
        auto project = Project::open(s.local().path());
        QVERIFY(project);
        DraftOptions options;
        options.date = QDate(2026, 11, 23);
        auto draft = ReleaseDraft::prepare(*project, options);
        RD_VERIFY_OK(draft);
        QCOMPARE(draft->report().lastRelease->name, QStringLiteral("v1.0.0"));
        QCOMPARE(draft->report().commits.size(), 2);

        auto next = draft->resolve({});
        QVERIFY(next);
        QCOMPARE(next->version.toString(), QStringLiteral("1.1.0"));
        QVERIFY(!next->steps.isEmpty());
        QCOMPARE(draft->tagName(next->version), QStringLiteral("v1.1.0"));

        auto written = draft->notes(next->version);
        RD_VERIFY_OK(written);
        const QString notes = *written;
        QVERIFY2(notes.contains(QStringLiteral("1.1.0")), qPrintable(notes));
        QVERIFY(notes.contains(QStringLiteral("second feature")));
        QVERIFY(notes.contains(QStringLiteral("a bug")));
        QVERIFY(notes.contains(QStringLiteral("2026-11-23")));
        QVERIFY(!notes.contains(QStringLiteral("first feature"))); // released in 1.0.0
    }

    void overrides_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("bump");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("expected");
        QTest::newRow("computed") << ""
                                  << ""
                                  << ""
                                  << "1.1.0";
        QTest::newRow("computed rc") << ""
                                     << ""
                                     << "rc"
                                     << "1.1.0-rc.1";
        QTest::newRow("major") << ""
                               << "major"
                               << ""
                               << "2.0.0";
        QTest::newRow("patch") << ""
                               << "patch"
                               << ""
                               << "1.0.1";
        QTest::newRow("minor beta") << ""
                                    << "minor"
                                    << "beta"
                                    << "1.1.0-beta.1";
        QTest::newRow("custom") << "3.0.0"
                                << ""
                                << ""
                                << "3.0.0";
        QTest::newRow("custom v") << "v1.2.0-alpha.4"
                                  << ""
                                  << ""
                                  << "1.2.0-alpha.4";
    }

    void overrides()
    {
        QFETCH(QString, version);
        QFETCH(QString, bump);
        QFETCH(QString, channel);
        QFETCH(QString, expected);
        ReleaseScenario s;
        QVERIFY(s.isValid());
        auto project = Project::open(s.local().path());
        QVERIFY(project);
        auto draft = ReleaseDraft::prepare(*project);
        QVERIFY(draft);
        auto choice = VersionChoice::fromOptions(version, bump, channel);
        RD_VERIFY_OK(choice);
        auto next = draft->resolve(*choice);
        RD_VERIFY_OK(next);
        QCOMPARE(next->version.toString(), expected);
    }

    void invalidChoices_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("bump");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("both") << "1.0.0"
                              << "minor"
                              << ""
                              << "not both";
        QTest::newRow("bad version") << "1.0"
                                     << ""
                                     << ""
                                     << "\"1.0\"";
        QTest::newRow("bad level") << ""
                                   << "huge"
                                   << ""
                                   << "\"huge\"";
        QTest::newRow("none level") << ""
                                    << "none"
                                    << ""
                                    << "major, minor or patch";
        QTest::newRow("version and channel") << "1.2.0"
                                             << ""
                                             << "rc"
                                             << "1.4.0-rc.1";
    }

    void invalidChoices()
    {
        QFETCH(QString, version);
        QFETCH(QString, bump);
        QFETCH(QString, channel);
        QFETCH(QString, mentions);
        auto choice = VersionChoice::fromOptions(version, bump, channel);
        QVERIFY(!choice);
        QCOMPARE(choice.error().code, errc::invalidChoice.toString());
        QVERIFY2(choice.error().message.contains(mentions), qPrintable(choice.error().message));
    }

    void filesKeepEveryOtherByte()
    {
        ReleaseScenario s;
        QVERIFY(s.isValid());
        auto project = Project::open(s.local().path());
        QVERIFY(project);
        auto draft = ReleaseDraft::prepare(*project);
        QVERIFY(draft);
        const Version version = *Version::parse(QStringLiteral("1.1.0"));
        const QString notes = QStringLiteral("## 1.1.0 (edited)\n\n- by hand\n");
        auto files = draft->files(version, notes);
        RD_VERIFY_OK(files);
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->at(0).path, QStringLiteral("package.json"));
        QCOMPARE(files->at(0).before, std::optional(ReleaseScenario::packageJson("1.0.0")));
        QCOMPARE(files->at(0).after, ReleaseScenario::packageJson(QStringLiteral("1.1.0")));
        QCOMPARE(files->at(1).path, QStringLiteral("CHANGELOG.md"));
        // The edited notes go under the title; the old file follows byte for byte.
        const QByteArray before = ReleaseScenario::changelogBefore();
        QCOMPARE(files->at(1).after,
                 QByteArray("# Changelog\n\n## 1.1.0 (edited)\n\n- by hand\n\n")
                         + before.mid(before.indexOf("## [1.0.0]")));

        // The review shows the changelog as one insertion, the version as its own bytes.
        auto edits = draft->edits(version, notes);
        QVERIFY(edits);
        QCOMPARE(edits->at(1).splices.size(), 1);
        QCOMPARE(edits->at(1).splices.first().length, 0);
        QCOMPARE(edits->at(1).splices.first().replacement,
                 QByteArray("## 1.1.0 (edited)\n\n- by hand\n\n"));
        QCOMPARE(edits->at(0).splices.first().replacement, QByteArray("1.1.0"));

        // Nothing was written yet.
        QCOMPARE(*readFile(s.local().path() + QStringLiteral("/package.json")),
                 ReleaseScenario::packageJson(QStringLiteral("1.0.0")));

        // A version the changelog already has is refused, naming the file and line.
        auto covered = draft->files(*Version::parse(QStringLiteral("1.0.0")), notes);
        QVERIFY(!covered);
        QCOMPARE(covered.error().code, errc::changelogCovered.toString());
        QCOMPARE(covered.error().source, QStringLiteral("CHANGELOG.md:3"));

        // Without the changelog only the version sources change.
        draft->setWriteChangelog(false);
        QVERIFY(draft->changelogFile().isEmpty());
        auto onlySources = draft->files(version, notes);
        QVERIFY(onlySources);
        QCOMPARE(onlySources->size(), 1);
    }

    // changelog.template shapes the release's notes, and through them the tag message and the
    // CHANGELOG.md section, as it shapes `releasedesk-cli changelog`.
    void templateShapesTheNotes()
    {
        ReleaseScenario s;
        QVERIFY2(s.isValid(), qPrintable(s.error()));
        s.local().writeFile(QStringLiteral(".releasedesk.yml"),
                            "changelog:\n  template: notes.mustache\n");
        s.local().writeFile(QStringLiteral("notes.mustache"),
                            "{{#releases}}## Release {{version}}{{#package}} of "
                            "{{package}}{{/package}}\n\n{{#sections}}{{#entries}}* "
                            "{{description}}\n{{/entries}}{{/sections}}{{/releases}}");
        auto project = Project::open(s.local().path());
        RD_VERIFY_OK(project);
        auto draft = ReleaseDraft::prepare(*project);
        RD_VERIFY_OK(draft);
        const Version version = *Version::parse(QStringLiteral("1.1.0"));
        auto notes = draft->notes(version);
        RD_VERIFY_OK(notes);
        QCOMPARE(*notes, QStringLiteral("## Release 1.1.0\n\n* second feature\n* a bug\n"));
        auto files = draft->files(version, *notes);
        RD_VERIFY_OK(files);
        QCOMPARE(files->at(1).path, QStringLiteral("CHANGELOG.md"));
        QVERIFY2(files->at(1).after.startsWith(
                         "# Changelog\n\n## Release 1.1.0\n\n* second feature\n* a bug\n\n"),
                 files->at(1).after.constData());
        auto choices = draft->choices(version, *notes);
        RD_VERIFY_OK(choices);
        QCOMPARE(choices->releaseNotes, notes->trimmed());

        // A template that cannot be read or parsed stops the draft, naming the file.
        s.local().writeFile(QStringLiteral("notes.mustache"), "{{#releases}}unclosed");
        auto broken = ReleaseDraft::prepare(*project);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, errc::badTemplate.toString());
        QVERIFY2(broken.error().toString().contains(QStringLiteral("notes.mustache")),
                 qPrintable(broken.error().toString()));
        QVERIFY(QFile::remove(s.local().path() + QStringLiteral("/notes.mustache")));
        auto missing = ReleaseDraft::prepare(*project);
        QVERIFY(!missing);
        QVERIFY2(missing.error().toString().contains(QStringLiteral("notes.mustache")),
                 qPrintable(missing.error().toString()));
    }

    void newChangelogGetsAHeader()
    {
        ReleaseScenario s;
        QVERIFY(s.isValid());
        s.local().commit(QStringLiteral("chore: drop the changelog"),
                         {{QStringLiteral("CHANGELOG.md"), QByteArray()}});
        auto project = Project::open(s.local().path());
        QVERIFY(project);
        auto draft = ReleaseDraft::prepare(*project);
        QVERIFY(draft);
        auto files = draft->files(*Version::parse(QStringLiteral("1.1.0")),
                                  QStringLiteral("## 1.1.0\n\n- x\n"));
        QVERIFY(files);
        const FileChange &changelog = files->last();
        QCOMPARE(changelog.path, QStringLiteral("CHANGELOG.md"));
        QVERIFY(!changelog.before);
        QVERIFY2(changelog.after.startsWith("# Changelog"), changelog.after.constData());
        QVERIFY2(changelog.after.endsWith("\n\n## 1.1.0\n\n- x\n"), changelog.after.constData());
    }

    void preflightAndRelease()
    {
        ReleaseScenario s;
        QVERIFY(s.isValid());
        auto project = Project::open(s.local().path());
        QVERIFY(project);
        auto draft = ReleaseDraft::prepare(*project);
        QVERIFY(draft);
        QCOMPARE(draft->pushRemote(), QStringLiteral("origin"));
        const Version version = draft->resolve({})->version;

        auto probe = draft->makeProbe();
        PreflightContext context(project->repository());
        draft->fillPreflight(context, version, probe.get());
        context.remotes = &s.remotes();
        QCOMPARE(context.tagName, QStringLiteral("v1.1.0"));
        QCOMPARE(context.commitsSinceLastRelease, 2);
        const QList<CheckResult> results = Preflight::standard().run(context);
        for (const CheckResult &result : results)
            QVERIFY2(result.status == CheckResult::Status::Pass,
                     qPrintable(result.id + QStringLiteral(": ") + result.message));
        QVERIFY(Preflight::allowsRelease(results));

        auto notes = draft->notes(version);
        RD_VERIFY_OK(notes);
        auto choices = draft->choices(version, *notes);
        QVERIFY(choices);
        auto plan = draft->plan(*choices);
        RD_VERIFY_OK(plan);
        QVERIFY(plan->dryRunText().contains(QStringLiteral("package.json")));
        ReleaseRunner runner(project->repository(), {&s.remotes(), nullptr});
        auto done = runner.run(*plan);
        RD_VERIFY_OK(done);
        QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
        QCOMPARE(*readFile(s.local().path() + QStringLiteral("/package.json")),
                 ReleaseScenario::packageJson(QStringLiteral("1.1.0")));

        // The next draft starts from the new release, with nothing to release.
        auto after = ReleaseDraft::prepare(*project);
        QVERIFY(after);
        QCOMPARE(after->report().lastRelease->name, QStringLiteral("v1.1.0"));
        auto nothing = after->resolve({});
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, errc::nothingToRelease.toString());
        // The sources now agree with the release.
        auto readings = after->makeProbe()->read();
        QVERIFY(readings);
        QCOMPARE(readings->size(), 1);
        QCOMPARE(readings->first().text, QStringLiteral("1.1.0"));
    }

    void preflightSeesDisagreeingSources()
    {
        ReleaseScenario s;
        QVERIFY(s.isValid());
        s.local().commit(QStringLiteral("chore: python too"),
                         {{QStringLiteral("pyproject.toml"),
                           "[project]\nname = \"demo\"\nversion = \"0.9.0\"\n"}});
        auto project = Project::open(s.local().path());
        QVERIFY(project);
        auto draft = ReleaseDraft::prepare(*project);
        QVERIFY(draft);
        auto probe = draft->makeProbe();
        PreflightContext context(project->repository());
        draft->fillPreflight(context, draft->resolve({})->version, probe.get());
        context.fetch = false;
        context.remote.clear();
        QList<CheckResult> results = Preflight::standard().run(context);
        const auto sources = std::find_if(results.begin(), results.end(), [](const CheckResult &r) {
            return r.id == QLatin1String("version-sources");
        });
        QVERIFY(sources != results.end());
        QCOMPARE(sources->status, CheckResult::Status::Fail);
        QVERIFY2(sources->message.contains(QStringLiteral("pyproject.toml")),
                 qPrintable(sources->message));
        // The release itself writes both.
        auto files = draft->files(*Version::parse(QStringLiteral("1.1.0")), QStringLiteral("x"));
        QVERIFY(files);
        QCOMPARE(files->size(), 3);
    }

    void packageSourcesOnly()
    {
        rd::test::ScratchRepository repo;
        QVERIFY(repo.isValid());
        repo.commit(QStringLiteral("feat: two packages"),
                    {{QStringLiteral(".releasedesk.yml"),
                      "packages:\n  web:\n    path: packages/web\n"},
                     {QStringLiteral("packages/web/package.json"),
                      ReleaseScenario::packageJson(QStringLiteral("0.1.0"))},
                     {QStringLiteral("packages/api/package.json"),
                      ReleaseScenario::packageJson(QStringLiteral("4.0.0"))}});
        repo.tag(QStringLiteral("web@0.1.0"));
        repo.commit(QStringLiteral("fix(web): a web fix"),
                    {{QStringLiteral("packages/web/index.js"), "x\n"}});
        auto project = Project::open(repo.path());
        QVERIFY(project);
        DraftOptions options;
        options.package = QStringLiteral("web");
        auto draft = ReleaseDraft::prepare(*project, options);
        RD_VERIFY_OK(draft);
        const Version version = draft->resolve({})->version;
        QCOMPARE(version.toString(), QStringLiteral("0.1.1"));
        QCOMPARE(draft->tagName(version), QStringLiteral("web@0.1.1"));
        auto notes = draft->notes(version);
        RD_VERIFY_OK(notes);
        auto files = draft->files(version, *notes);
        QVERIFY(files);
        QStringList paths;
        for (const FileChange &change : *files)
            paths.append(change.path);
        QCOMPARE(paths,
                 QStringList({QStringLiteral("packages/web/package.json"),
                              QStringLiteral("packages/web/CHANGELOG.md")}));

        options.package = QStringLiteral("nope");
        auto unknown = ReleaseDraft::prepare(*project, options);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("web")));
    }

private:
    std::optional<git::Library> m_library;
};

QTEST_GUILESS_MAIN(TestReleaseDraft)
#include "tst_releasedraft.moc"
