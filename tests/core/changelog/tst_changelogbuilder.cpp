// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog/changelogbuilder.h"
#include "changelog/changelogjson.h"
#include "changelog/changelogtemplate.h"
#include "changelog/issuereference.h"
#include "changelog/markdownrenderer.h"
#include "expectedcheck.h"
#include "sources/changelogdocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

ProjectConfig config(const QByteArray &yaml)
{
    auto parsed = ProjectConfig::parse(yaml, QStringLiteral("test.yml"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().toString()));
    return *parsed;
}

// Commits as a range yields them, newest first, classified together.
QList<AnalyzedCommit> commits(const QStringList &messages,
                              const CommitRules &rules = CommitRules::defaults())
{
    QList<AnalyzedCommit> list;
    QList<ConventionalCommit> parsed;
    QList<QString> ids;
    QList<int> parents;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        AnalyzedCommit commit;
        const QString hex = QStringLiteral("%1").arg(i + 1, 40, 16, QLatin1Char('a'));
        commit.id = *git::Oid::fromString(hex);
        commit.message = messages.at(i);
        commit.author = {QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.invalid"), {}};
        commit.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        commit.parsed = parseCommitMessage(commit.message);
        parsed.append(commit.parsed);
        ids.append(hex);
        parents.append(commit.parsed.form == CommitForm::Merge ? 2 : 1);
        list.append(commit);
    }
    const QList<Classification> verdicts = CommitClassifier(rules).classifyRange(parsed,
                                                                                 ids,
                                                                                 parents);
    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].classification = verdicts.at(i);
    return list;
}

ChangelogBuilder builder(const QByteArray &yaml = {},
                         const QString &remote = QStringLiteral("git@github.com:acme/rocket.git"))
{
    const ProjectConfig project = config(yaml);
    auto rules = CommitRules::fromConfig(project);
    auto settings = ChangelogSettings::fromConfig(project);
    auto links = RepositoryLinks::fromConfig(project, remote);
    if (!rules || !settings || !links)
        qFatal("bad test configuration");
    return ChangelogBuilder(*rules, *settings, *links);
}

ChangelogReleaseInfo info120()
{
    ChangelogReleaseInfo info;
    info.version = QStringLiteral("1.2.0");
    info.tag = QStringLiteral("v1.2.0");
    info.previousTag = QStringLiteral("v1.1.0");
    info.date = QDate(2024, 5, 2);
    return info;
}

const QStringList sample = {
        QStringLiteral("feat(api)!: drop the v1 endpoints\n\nBREAKING CHANGE: clients must call "
                       "/v2.\nSee the migration guide."),
        QStringLiteral("chore: bump dependencies"),
        QStringLiteral("fix: crash on empty input (#42)\n\nCloses #40, #41"),
        QStringLiteral("docs: explain retries"),
        QStringLiteral("perf(parser): cache lookups"),
        QStringLiteral(
                "feat: add --dry-run\n\nCo-authored-by: Grace Hopper <grace@example.invalid>"),
        QStringLiteral("Update README"),
};

QString hex(int n)
{
    return QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('a'));
}

} // namespace

class TestChangelogBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueReferences_data();
    void issueReferences();
    void sectionsAndLeftOut();
    void sectionOrderHiddenTypesAndScopes();
    void conventionalMarkdown();
    void keepAChangelogMarkdown();
    void withoutLinks();
    void jsonShape();
    void mustacheTemplate();
    void templateErrors();
    void prependRenderedSectionToRealChangelog_data();
    void prependRenderedSectionToRealChangelog();
    void settingsErrors_data();
    void settingsErrors();
};

void TestChangelogBuilder::issueReferences_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("expected"); // "text action"

    QTest::newRow("none") << "feat: add x" << QStringList();
    QTest::newRow("squash merge title") << "fix: y (#4283)" << QStringList{"#4283 "};
    QTest::newRow("closes in body") << "fix: y\n\nCloses #12" << QStringList{"#12 closes"};
    QTest::newRow("list") << "fix: y\n\nThis fixes #1, #2 and #3. See #4.\n\nSigned-off-by: Ada"
                          << QStringList{"#1 fixes", "#2 fixes", "#3 fixes", "#4 "};
    QTest::newRow("footer colon") << "fix: y\n\nRefs: #7, #8" << QStringList{"#7 refs", "#8 refs"};
    QTest::newRow("footer hash") << "fix: y\n\nbody\n\nResolves #9" << QStringList{"#9 resolves"};
    QTest::newRow("mention then close") << "fix: y (#5)\n\nCloses #5" << QStringList{"#5 closes"};
    QTest::newRow("other repository")
            << "fix: y\n\nCloses acme/other#3" << QStringList{"acme/other#3 closes"};
    QTest::newRow("merge request") << "fix: y (!17)" << QStringList{"!17 "};
    QTest::newRow("not references")
            << "fix: colour #fff, anchor a#1, url http://x/#/2, html &#123;, feat!: x"
            << QStringList();
    QTest::newRow("breaking footer") << "feat!: y\n\nBREAKING CHANGE: see #3" << QStringList{"#3 "};
}

void TestChangelogBuilder::issueReferences()
{
    QFETCH(QString, message);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const IssueReference &reference : findIssueReferences(parseCommitMessage(message)))
        got.append(reference.text + u' ' + reference.action);
    QCOMPARE(got, expected);
}

void TestChangelogBuilder::sectionsAndLeftOut()
{
    const ChangelogRelease release = builder().build(info120(), commits(sample));
    QCOMPARE(release.commitCount, 7);
    QStringList titles;
    for (const ChangelogSection &section : release.sections)
        titles.append(section.title);
    // The default types' order, whatever the commits' order.
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Features"),
                          QStringLiteral("Bug Fixes"),
                          QStringLiteral("Performance Improvements")}));
    QCOMPARE(release.sections.at(0).entries.size(), 2);
    QCOMPARE(release.breakingChanges.size(), 1);
    QCOMPARE(release.breakingChanges.first().breakingNote,
             QStringLiteral("clients must call /v2.\nSee the migration guide."));
    QCOMPARE(release.leftOut.size(), 3);
    QCOMPARE(release.leftOut.at(0).header, QStringLiteral("chore: bump dependencies"));
    QVERIFY(release.leftOut.at(0).reason.contains(QStringLiteral("hidden")));
    QVERIFY(release.leftOut.at(2).reason.contains(QStringLiteral("not a Conventional Commit")));
    const ChangelogEntry &dryRun = release.sections.at(0).entries.at(1);
    QCOMPARE(dryRun.authors.size(), 2);
    QCOMPARE(dryRun.authors.at(1).name, QStringLiteral("Grace Hopper"));
    QCOMPARE(release.compareUrl,
             QStringLiteral("https://github.com/acme/rocket/compare/v1.1.0...v1.2.0"));
}

void TestChangelogBuilder::sectionOrderHiddenTypesAndScopes()
{
    const QByteArray yaml = "types:\n  docs: { hidden: false }\nchangelog:\n  sections: [Bug "
                            "Fixes, Documentation]\n  hidden: [perf]\n  scopes: plain\n";
    const ChangelogBuilder custom = builder(yaml);
    const ChangelogRelease release = custom.build(info120(),
                                                  commits(sample,
                                                          *CommitRules::fromConfig(config(yaml))));
    QStringList titles;
    for (const ChangelogSection &section : release.sections)
        titles.append(section.title);
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Bug Fixes"),
                          QStringLiteral("Documentation"),
                          QStringLiteral("Features")}));
    bool perfLeftOut = false;
    for (const LeftOutCommit &commit : release.leftOut)
        perfLeftOut = perfLeftOut
                      || (commit.header.startsWith(QStringLiteral("perf"))
                          && commit.reason.contains(QStringLiteral("changelog.hidden")));
    QVERIFY(perfLeftOut);
    const MarkdownRenderer renderer(ChangelogFormat::Conventional, custom.settings());
    QVERIFY(renderer.section(release).contains(QStringLiteral("* api: drop the v1 endpoints")));

    // A breaking change of a hidden type is always in the notes.
    const ChangelogRelease chore
            = builder("changelog:\n  hidden: [chore]\n")
                      .build(info120(), commits({QStringLiteral("chore!: drop node 16")}));
    QCOMPARE(chore.entryCount(), 1);
    QCOMPARE(chore.breakingChanges.size(), 1);
}

void TestChangelogBuilder::conventionalMarkdown()
{
    const ChangelogBuilder b = builder();
    const ChangelogRelease release = b.build(info120(), commits(sample));
    const QString markdown = MarkdownRenderer(ChangelogFormat::Conventional, b.settings())
                                     .section(release);
    const QString base = QStringLiteral("https://github.com/acme/rocket");
    const QString expected
            = QStringLiteral("## [1.2.0](%1/compare/v1.1.0...v1.2.0) (2024-05-02)\n\n"
                             "### ⚠ BREAKING CHANGES\n\n"
                             "* **api:** clients must call /v2.\n  See the migration guide.\n\n"
                             "### Features\n\n"
                             "* **api:** drop the v1 endpoints ([%2](%1/commit/%3))\n"
                             "* add --dry-run ([%4](%1/commit/%5))\n\n"
                             "### Bug Fixes\n\n"
                             "* crash on empty input ([#42](%1/issues/42)) ([%6](%1/commit/%7)), "
                             "closes [#40](%1/issues/40) [#41](%1/issues/41)\n\n"
                             "### Performance Improvements\n\n"
                             "* **parser:** cache lookups ([%8](%1/commit/%9))\n\n")
                      .arg(base,
                           hex(1).left(7),
                           hex(1),
                           hex(6).left(7),
                           hex(6),
                           hex(3).left(7),
                           hex(3),
                           hex(5).left(7),
                           hex(5));
    QCOMPARE(markdown, expected);
}

void TestChangelogBuilder::keepAChangelogMarkdown()
{
    const ChangelogBuilder b = builder(
            "changelog:\n  authors: true\n  keep-a-changelog:\n    perf: Fixed\n");
    ChangelogRelease release = b.build(info120(), commits(sample));
    const MarkdownRenderer renderer(ChangelogFormat::KeepAChangelog, b.settings());
    const QString base = QStringLiteral("https://github.com/acme/rocket");
    const QString expected
            = QStringLiteral("## [1.2.0] - 2024-05-02\n\n"
                             "### Added\n\n"
                             "- **BREAKING:** **api:** drop the v1 endpoints, by Ada Lovelace\n\n"
                             "  clients must call /v2.\n  See the migration guide.\n"
                             "- add --dry-run, by Ada Lovelace, Grace Hopper\n\n"
                             "### Fixed\n\n"
                             "- crash on empty input ([#42](%1/issues/42)) (closes "
                             "[#40](%1/issues/40) [#41](%1/issues/41)), by Ada Lovelace\n"
                             "- **parser:** cache lookups, by Ada Lovelace\n\n")
                      .arg(base);
    QCOMPARE(renderer.section(release), expected);
    QCOMPARE(renderer.linkDefinition(release),
             QStringLiteral("[1.2.0]: %1/compare/v1.1.0...v1.2.0\n").arg(base));

    // A whole file: title, Keep a Changelog's introduction, releases, link definitions.
    ChangelogRelease unreleased
            = b.build(ChangelogReleaseInfo{{}, {}, QStringLiteral("v1.2.0"), {}, true, false},
                      commits({QStringLiteral("fix: later")}));
    const QString document = renderer.document({unreleased, release});
    QVERIFY(document.startsWith(QStringLiteral("# Changelog\n\n")));
    QVERIFY(document.contains(QStringLiteral("keepachangelog.com/en/1.1.0")));
    QVERIFY(document.contains(QStringLiteral("## [Unreleased]\n\n### Fixed\n\n- later")));
    QVERIFY(document.endsWith(QStringLiteral("[unreleased]: %1/compare/v1.2.0...HEAD\n"
                                             "[1.2.0]: %1/compare/v1.1.0...v1.2.0\n")
                                      .arg(base)));
    const ChangelogDocument parsed = ChangelogDocument::parse(document.toUtf8());
    QCOMPARE(parsed.headings().size(), 2);
    QVERIFY(parsed.headings().first().unreleased);
    QCOMPARE(parsed.latestRelease()->versionText, QStringLiteral("1.2.0"));
    QCOMPARE(parsed.latestRelease()->date, QDate(2024, 5, 2));
}

void TestChangelogBuilder::withoutLinks()
{
    const ChangelogBuilder b = builder({}, QStringLiteral("git@git.example.org:acme/rocket.git"));
    const ChangelogRelease release
            = b.build(info120(), commits({QStringLiteral("fix: y (#42)\n\nCloses #40")}));
    QVERIFY(release.compareUrl.isEmpty());
    QCOMPARE(MarkdownRenderer(ChangelogFormat::Conventional, b.settings()).section(release),
             QStringLiteral(
                     "## 1.2.0 (2024-05-02)\n\n### Bug Fixes\n\n* y (#42) (%1), closes #40\n\n")
                     .arg(hex(1).left(7)));
}

void TestChangelogBuilder::jsonShape()
{
    const ChangelogRelease release = builder().build(info120(), commits(sample));
    const QJsonObject json = toJson(release);
    // Round-trips through text as an object with every documented key.
    const QJsonObject object = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    for (const char *key : {"version",
                            "title",
                            "tag",
                            "previousTag",
                            "date",
                            "unreleased",
                            "preRelease",
                            "compareUrl",
                            "commitCount",
                            "sections",
                            "breakingChanges",
                            "leftOut"})
        QVERIFY2(object.contains(QLatin1String(key)), key);
    QCOMPARE(object.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.0"));
    QCOMPARE(object.value(QStringLiteral("date")).toString(), QStringLiteral("2024-05-02"));
    QCOMPARE(object.value(QStringLiteral("commitCount")).toInt(), 7);
    QCOMPARE(object.value(QStringLiteral("unreleased")).toBool(), false);
    const QJsonArray sections = object.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 3);
    const QJsonObject fix
            = sections.at(1).toObject().value(QStringLiteral("entries")).toArray().at(0).toObject();
    for (const char *key : {"commit",
                            "shortCommit",
                            "commitUrl",
                            "type",
                            "scope",
                            "description",
                            "body",
                            "breaking",
                            "breakingNote",
                            "date",
                            "references",
                            "authors"})
        QVERIFY2(fix.contains(QLatin1String(key)), key);
    QCOMPARE(fix.value(QStringLiteral("type")).toString(), QStringLiteral("fix"));
    QCOMPARE(fix.value(QStringLiteral("commit")).toString(), hex(3));
    const QJsonArray references = fix.value(QStringLiteral("references")).toArray();
    QCOMPARE(references.size(), 3);
    QCOMPARE(references.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("closes"));
    QCOMPARE(references.at(1).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://github.com/acme/rocket/issues/40"));
    QCOMPARE(object.value(QStringLiteral("leftOut")).toArray().size(), 3);
    QVERIFY(!toJson(release, false).contains(QStringLiteral("leftOut")));
}

void TestChangelogBuilder::mustacheTemplate()
{
    const QString text = QStringLiteral(
            // Sections that render nothing are written inline: the library keeps the line
            // break of a standalone tag line when its section is false.
            "{{^releases}}nothing\n{{/releases}}"
            "{{#releases}}\n"
            "# {{title}}{{#date}} ({{date}}){{/date}}\n"
            "{{#compareUrl}}[compare]({{compareUrl}})\n{{/compareUrl}}"
            "{{#breakingChanges}}\n"
            "BREAKING: {{breakingNote}}\n"
            "{{/breakingChanges}}\n"
            "{{#sections}}\n"
            "## {{title}}\n"
            "{{#entries}}\n"
            "- {{#scope}}{{scope}}: {{/scope}}{{description}} <{{shortCommit}}>"
            "{{#references}} {{text}}{{/references}}\n"
            "{{/entries}}\n"
            "{{/sections}}\n"
            "{{/releases}}\n");
    auto parsed = ChangelogTemplate::parse(text, QStringLiteral("notes.mustache"));
    RD_VERIFY_OK(parsed);
    const ChangelogBuilder b = builder({}, QString()); // no links: no compare line
    const ChangelogRelease release = b.build(info120(),
                                             commits({QStringLiteral(
                                                              "feat(ui): dark <mode> & more (#3)"),
                                                      QStringLiteral("fix!: y")}));
    auto rendered = parsed->render(
            QJsonObject{{QStringLiteral("releases"), QJsonArray{toJson(release)}}});
    QVERIFY(rendered);
    QCOMPARE(*rendered,
             QStringLiteral("# 1.2.0 (2024-05-02)\n"
                            "BREAKING: y\n"
                            "## Features\n"
                            "- ui: dark <mode> & more (#3) <%1> #3\n"
                            "## Bug Fixes\n"
                            "- y <%2>\n")
                     .arg(hex(1).left(7), hex(2).left(7)));
    auto empty = parsed->render(QJsonObject{{QStringLiteral("releases"), QJsonArray()}});
    QVERIFY(empty);
    QCOMPARE(*empty, QStringLiteral("nothing\n"));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("t.mustache")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{{#releases}}{{tag}}{{/releases}}");
    file.close();
    auto loaded = ChangelogTemplate::load(file.fileName());
    QVERIFY(loaded);
    QCOMPARE(*loaded->render(
                     QJsonObject{{QStringLiteral("releases"), QJsonArray{toJson(release)}}}),
             QStringLiteral("v1.2.0"));
}

void TestChangelogBuilder::templateErrors()
{
    auto unclosed = ChangelogTemplate::parse(QStringLiteral("{{#releases}}x"),
                                             QStringLiteral("t.mustache"));
    QVERIFY(!unclosed);
    QCOMPARE(unclosed.error().code, errc::badTemplate.toString());
    QCOMPARE(unclosed.error().source, QStringLiteral("t.mustache"));
    QVERIFY(unclosed.error().message.contains(QStringLiteral("releases")));
    auto missing = ChangelogTemplate::load(QStringLiteral("/nonexistent/notes.mustache"));
    QVERIFY(!missing);
    QVERIFY(missing.error().toString().contains(QStringLiteral("notes.mustache")));
}

void TestChangelogBuilder::prependRenderedSectionToRealChangelog_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<int>("format");
    const QString kac = QStringLiteral("olivierlacan__keep-a-changelog__CHANGELOG.md");
    const QString sv = QStringLiteral("conventional-changelog__standard-version__CHANGELOG.md");
    QTest::newRow("keep a changelog") << kac << false << int(ChangelogFormat::KeepAChangelog);
    QTest::newRow("keep a changelog crlf") << kac << true << int(ChangelogFormat::KeepAChangelog);
    QTest::newRow("standard-version") << sv << false << int(ChangelogFormat::Conventional);
    QTest::newRow("standard-version crlf") << sv << true << int(ChangelogFormat::Conventional);
}

void TestChangelogBuilder::prependRenderedSectionToRealChangelog()
{
    QFETCH(QString, file);
    QFETCH(bool, crlf);
    QFETCH(int, format);
    QFile input(QStringLiteral(RELEASEDESK_FIXTURES_DIR "/version-files/CHANGELOG/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QByteArray original = input.readAll();
    if (crlf)
        original.replace("\n", "\r\n");
    const ChangelogBuilder b = builder();
    ChangelogReleaseInfo info = info120();
    info.version = QStringLiteral("9.0.0");
    info.tag = QStringLiteral("v9.0.0");
    const QString section = MarkdownRenderer(ChangelogFormat(format), b.settings())
                                    .section(b.build(info, commits(sample)));
    const ChangelogDocument document = ChangelogDocument::parse(original);
    const qsizetype at = document.insertionOffset();
    const QByteArray updated = document.withNewRelease(section.toUtf8());
    const qsizetype inserted = updated.size() - original.size();
    QVERIFY(updated.first(at) == original.first(at));
    QVERIFY(updated.sliced(at + inserted) == original.sliced(at));
    QByteArray added = updated.sliced(at, inserted);
    if (crlf) {
        QCOMPARE(added.count('\n'), added.count("\r\n"));
        added.replace("\r\n", "\n");
    }
    QCOMPARE(added, section.toUtf8());
    const ChangelogDocument reread = ChangelogDocument::parse(updated);
    QCOMPARE(reread.latestRelease()->versionText, QStringLiteral("9.0.0"));
    QCOMPARE(reread.headings().size(), document.headings().size() + 1);
}

void TestChangelogBuilder::settingsErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a map") << QByteArray("changelog: yes\n") << "expected a map";
    QTest::newRow("unknown") << QByteArray("changelog:\n  sectons: []\n") << "changelog.sectons";
    QTest::newRow("format") << QByteArray("changelog:\n  format: html\n") << "changelog.format";
    QTest::newRow("scopes") << QByteArray("changelog:\n  scopes: italic\n") << "changelog.scopes";
    QTest::newRow("authors") << QByteArray("changelog:\n  authors: maybe\n") << "changelog.authors";
    QTest::newRow("kac") << QByteArray("changelog:\n  keep-a-changelog:\n    perf: Faster\n")
                         << "changelog.keep-a-changelog.perf";
}

void TestChangelogBuilder::settingsErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    auto settings = ChangelogSettings::fromConfig(config(yaml));
    QVERIFY(!settings);
    QVERIFY2(settings.error().toString().contains(expected),
             qPrintable(settings.error().toString()));
    QVERIFY(settings.error().source.startsWith(QStringLiteral("test.yml:")));
}

QTEST_GUILESS_MAIN(TestChangelogBuilder)
#include "tst_changelogbuilder.moc"
