// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "fixtures.h"
#include "scratchrepository.h"

#include "git/library.h"
#include "sources/changelogdocument.h"

#include <QFile>
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QStringList gitLines(const QString &repo, const QStringList &arguments)
{
    QProcess git;
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repo} + arguments);
    git.waitForFinished(120000);
    return QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestChangelogCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreleasedNotesUnderTheNextVersion();
    void prependToARealChangelog_data();
    void prependToARealChangelog();
    void prependCreatesAMissingFile();
    void outputAndJson();
    void templateFromSettings();
    void packagesOfAMonorepo();
    void releasesOfARealHistory();
    void wholeChangelogOfARealHistory();
    void usageErrors_data();
    void usageErrors();

private:
    git::Library m_library;
    QTemporaryDir m_dir;
    std::optional<ScratchRepository> m_project;
};

void TestChangelogCli::initTestCase()
{
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"),
                                  m_dir.filePath(QStringLiteral("semantic-release"))));
    m_project.emplace();
    ScratchRepository &project = *m_project;
    project.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    project.tag(QStringLiteral("v1.1.0"), QStringLiteral("1.1.0"));
    project.commit(QStringLiteral("fix(io): keep file modes (#12)"), {{QStringLiteral("b"), "1"}});
    project.commit(QStringLiteral("feat: add --dry-run\n\nCloses #7"),
                   {{QStringLiteral("c"), "1"}});
    project.commit(QStringLiteral("chore: tidy"), {{QStringLiteral("d"), "1"}});
    auto config = project.repo().config();
    QVERIFY(config);
    QVERIFY(config->setString(QStringLiteral("remote.origin.url"),
                              QStringLiteral("git@github.com:acme/rocket.git")));
}

void TestChangelogCli::unreleasedNotesUnderTheNextVersion()
{
    const Run run = runCli({QStringLiteral("changelog"),
                            QStringLiteral("--repo"),
                            m_project->path(),
                            QStringLiteral("--date"),
                            QStringLiteral("2024-06-01")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("## [1.2.0](https://github.com/acme/rocket/compare/"
                                            "v1.1.0...v1.2.0) (2024-06-01)\n\n### Features\n\n* "
                                            "add --dry-run ([")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(
            "* **io:** keep file modes ([#12](https://github.com/acme/rocket/issues/12))")));
    QVERIFY(text.contains(
            QStringLiteral(", closes [#7](https://github.com/acme/rocket/issues/7)")));
    QVERIFY(!text.contains(QStringLiteral("tidy")));
}

void TestChangelogCli::prependToARealChangelog_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("crlf");
    const QString kac = QStringLiteral("olivierlacan__keep-a-changelog__CHANGELOG.md");
    QTest::newRow("keep a changelog") << kac << QStringLiteral("keepachangelog") << false;
    QTest::newRow("keep a changelog crlf") << kac << QStringLiteral("keepachangelog") << true;
    QTest::newRow("standard-version")
            << QStringLiteral("conventional-changelog__standard-version__CHANGELOG.md")
            << QStringLiteral("md") << false;
    QTest::newRow("pip-audit") << QStringLiteral("pypa__pip-audit__CHANGELOG.md")
                               << QStringLiteral("keepachangelog") << false;
}

void TestChangelogCli::prependToARealChangelog()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, crlf);
    QByteArray original = readAll(
            rd::test::fixturePath(QStringLiteral("version-files/CHANGELOG/") + file));
    QVERIFY(!original.isEmpty());
    if (crlf)
        original.replace("\n", "\r\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("CHANGELOG.md"));
    writeAll(path, original);

    const QStringList arguments{QStringLiteral("changelog"),
                                QStringLiteral("--repo"),
                                m_project->path(),
                                QStringLiteral("--format"),
                                format,
                                QStringLiteral("--date"),
                                QStringLiteral("2024-06-01"),
                                QStringLiteral("--prepend"),
                                path};
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Added 1.2.0"));
    const QByteArray updated = readAll(path);
    const qsizetype at = rd::ChangelogDocument::parse(original).insertionOffset();
    const qsizetype inserted = updated.size() - original.size();
    QVERIFY(inserted > 0);
    // Every byte of the old file is still there, unchanged, around the new section.
    QVERIFY(updated.first(at) == original.first(at));
    QVERIFY(updated.sliced(at + inserted) == original.sliced(at));
    const QByteArray added = updated.sliced(at, inserted);
    QVERIFY(added.contains("1.2.0"));
    QVERIFY(added.contains("add --dry-run"));
    if (crlf)
        QCOMPARE(added.count('\n'), added.count("\r\n"));
    QCOMPARE(rd::ChangelogDocument::parse(updated).latestRelease()->versionText,
             QStringLiteral("1.2.0"));

    // Once is enough: the second time the file already covers 1.2.0 and stays as it is.
    const Run again = runCli(arguments);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already has a section for 1.2.0"), again.err.constData());
    QCOMPARE(readAll(path), updated);
}

void TestChangelogCli::prependCreatesAMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("NEW.md"));
    const Run run = runCli({QStringLiteral("changelog"),
                            QStringLiteral("--repo"),
                            m_project->path(),
                            QStringLiteral("--format"),
                            QStringLiteral("keepachangelog"),
                            QStringLiteral("--prepend"),
                            path,
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("version")).toString(), QStringLiteral("1.2.0"));
    QCOMPARE(run.json().value(QStringLiteral("entries")).toInt(), 2);
    const QByteArray text = readAll(path);
    QVERIFY(text.startsWith("# Changelog\n\n"));
    QVERIFY(text.contains("keepachangelog.com"));
    QVERIFY(text.contains("\n## [1.2.0] - "));
}

void TestChangelogCli::outputAndJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.json"));
    const Run written = runCli({QStringLiteral("changelog"),
                                QStringLiteral("--repo"),
                                m_project->path(),
                                QStringLiteral("--format"),
                                QStringLiteral("json"),
                                QStringLiteral("--output"),
                                path});
    QCOMPARE(written.exitCode, 0);
    QVERIFY(written.out.isEmpty());
    const QJsonObject file = QJsonDocument::fromJson(readAll(path)).object();
    const QJsonArray releases = file.value(QStringLiteral("releases")).toArray();
    QCOMPARE(releases.size(), 1);
    const QJsonObject next = releases.first().toObject();
    QCOMPARE(next.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.0"));
    QCOMPARE(next.value(QStringLiteral("tag")).toString(), QStringLiteral("v1.2.0"));
    QCOMPARE(next.value(QStringLiteral("previousTag")).toString(), QStringLiteral("v1.1.0"));
    QCOMPARE(next.value(QStringLiteral("commitCount")).toInt(), 3);
    QCOMPARE(next.value(QStringLiteral("leftOut")).toArray().size(), 1);
    QCOMPARE(file.value(QStringLiteral("repositoryUrl")).toString(),
             QStringLiteral("https://github.com/acme/rocket"));

    // --json on stdout is the same document.
    const Run json = runCli({QStringLiteral("changelog"),
                             QStringLiteral("--repo"),
                             m_project->path(),
                             QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("releases")).toArray().size(), 1);
}

void TestChangelogCli::templateFromSettings()
{
    ScratchRepository project;
    project.commit(QStringLiteral("feat: one"), {{QStringLiteral("a"), "1"}});
    project.tag(QStringLiteral("v0.1.0"));
    project.commit(QStringLiteral("fix: two"),
                   {{QStringLiteral(".releasedesk.yml"),
                     "changelog:\n  template: notes.mustache\n"},
                    {QStringLiteral("notes.mustache"),
                     "{{#releases}}Release {{title}}:{{#sections}}{{#entries}} "
                     "{{description}}{{/entries}}{{/sections}}{{/releases}}\n"}});
    const Run run = runCli({QStringLiteral("changelog"), QStringLiteral("--repo"), project.path()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("Release 0.1.1: two\n"));
    // A broken template is an error that names the file.
    writeAll(project.path() + QStringLiteral("/notes.mustache"), "{{#releases}}");
    const Run broken = runCli(
            {QStringLiteral("changelog"), QStringLiteral("--repo"), project.path()});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.err.contains("notes.mustache"));
}

void TestChangelogCli::packagesOfAMonorepo()
{
    ScratchRepository mono;
    mono.commit(QStringLiteral("chore: init"),
                {{QStringLiteral(".releasedesk.yml"),
                  "packages:\n  app:\n    path: apps/app\n  lib:\n    path: libs/lib\n"},
                 {QStringLiteral("apps/app/main.c"), "1"},
                 {QStringLiteral("libs/lib/lib.c"), "1"}});
    mono.tag(QStringLiteral("app@1.0.0"));
    mono.tag(QStringLiteral("lib@2.0.0"));
    mono.commit(QStringLiteral("feat(app): screen"), {{QStringLiteral("apps/app/main.c"), "2"}});
    mono.commit(QStringLiteral("fix(lib): leak"), {{QStringLiteral("libs/lib/lib.c"), "2"}});
    const auto notes = [&](const QString &package) {
        return runCli({QStringLiteral("changelog"),
                       QStringLiteral("--repo"),
                       mono.path(),
                       QStringLiteral("--package"),
                       package,
                       QStringLiteral("--date"),
                       QStringLiteral("2024-01-01")});
    };
    const Run app = notes(QStringLiteral("app"));
    QCOMPARE(app.exitCode, 0);
    QVERIFY(app.out.startsWith("## 1.1.0 (2024-01-01)"));
    QVERIFY(app.out.contains("screen"));
    QVERIFY(!app.out.contains("leak"));
    const Run lib = notes(QStringLiteral("lib"));
    QVERIFY(lib.out.startsWith("## 2.0.1 (2024-01-01)"));
    QVERIFY(lib.out.contains("leak"));
    QVERIFY(!lib.out.contains("screen"));
    const Run unknown = notes(QStringLiteral("web"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("app, lib"));
}

void TestChangelogCli::releasesOfARealHistory()
{
    const QString repo = m_dir.filePath(QStringLiteral("semantic-release"));
    const Run run = runCli(
            {QStringLiteral("releases"), QStringLiteral("--repo"), repo, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray releases = run.json().value(QStringLiteral("releases")).toArray();
    // Every version tag: the v-tags and the stray "8.0.1" without the v, which the tag style
    // read from the tags counts as an older style of the same line.
    qsizetype tags = 0;
    for (const QString &tag : gitLines(repo, {QStringLiteral("tag"), QStringLiteral("--list")})) {
        const QString version = tag.startsWith(u'v') ? tag.mid(1) : tag;
        tags += !version.isEmpty() && version.at(0).isDigit() ? 1 : 0;
    }
    QCOMPARE(releases.size(), tags);
    QJsonObject latest;
    for (const QJsonValue &value : releases) {
        if (value.toObject().value(QStringLiteral("tag")).toString() == u"v25.0.9")
            latest = value.toObject();
    }
    // `git log v25.0.8..v25.0.9`: 21 commits, one fix.
    QCOMPARE(latest.value(QStringLiteral("commitCount")).toInt(), 21);
    QCOMPARE(latest.value(QStringLiteral("previous")).toString(), QStringLiteral("v25.0.8"));
    QCOMPARE(latest.value(QStringLiteral("level")).toString(), QStringLiteral("patch"));
    QCOMPARE(latest.value(QStringLiteral("types")).toObject().value(QStringLiteral("fix")).toInt(),
             1);

    const Run text = runCli({QStringLiteral("releases"),
                             QStringLiteral("--repo"),
                             repo,
                             QStringLiteral("--limit"),
                             QStringLiteral("3")});
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // header + 3
    QVERIFY(lines.at(1).contains("26.0.0-beta.1") && lines.at(1).contains("(pre-release)"));
    QVERIFY(lines.at(2).startsWith("25.0.9"));
}

void TestChangelogCli::wholeChangelogOfARealHistory()
{
    const QString repo = m_dir.filePath(QStringLiteral("semantic-release"));
    const Run run = runCli(
            {QStringLiteral("changelog"), QStringLiteral("--repo"), repo, QStringLiteral("--all")});
    QCOMPARE(run.exitCode, 0);
    const rd::ChangelogDocument document = rd::ChangelogDocument::parse(run.out);
    // Final releases and the one pre-release not released as a final yet, newest first.
    QVERIFY(document.headings().size() > 300);
    QCOMPARE(document.headings().at(0).versionText, QStringLiteral("26.0.0-beta.1"));
    QCOMPARE(document.headings().at(1).versionText, QStringLiteral("25.0.9"));
    QVERIFY(!document.covers(*rd::Version::parse(u"16.0.0-beta.1")));
    QVERIFY(document.covers(*rd::Version::parse(u"16.0.0")));
    QVERIFY(run.out.contains("do not expose the authenticated repository URL in EGITNOPERMISSION "
                             "errors (#4283)"));
}

void TestChangelogCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("two scopes") << QStringList{QStringLiteral("--all"),
                                               QStringLiteral("--unreleased")}
                                << 2 << "choose one of";
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("html")} << 2
                            << "unknown format";
    QTest::newRow("output and prepend") << QStringList{QStringLiteral("--output"),
                                                       QStringLiteral("a"),
                                                       QStringLiteral("--prepend"),
                                                       QStringLiteral("b")}
                                        << 2 << "exclude each other";
    QTest::newRow("prepend all") << QStringList{QStringLiteral("--all"),
                                                QStringLiteral("--prepend"),
                                                QStringLiteral("b")}
                                 << 2 << "one release";
    QTest::newRow("date") << QStringList{QStringLiteral("--date"), QStringLiteral("yesterday")} << 2
                          << "YYYY-MM-DD";
    QTest::newRow("unknown release")
            << QStringList{QStringLiteral("--release"), QStringLiteral("9.9.9")} << 2
            << "no release 9.9.9";
    QTest::newRow("bad channel") << QStringList{QStringLiteral("--pre"), QStringLiteral("rc..1")}
                                 << 2 << "channel";
}

void TestChangelogCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = runCli(
            QStringList{QStringLiteral("changelog"), QStringLiteral("--repo"), m_project->path()}
            + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestChangelogCli)
#include "tst_changelogcli.moc"
