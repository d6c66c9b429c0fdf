// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/changelogdocument.h"

#include <QFile>
#include <QTest>

using namespace rd;

namespace {

QString changelogDir()
{
    return QStringLiteral(RELEASEDESK_FIXTURES_DIR "/version-files/CHANGELOG/");
}

QByteArray readFixture(const QString &name)
{
    QFile file(changelogDir() + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

struct ManifestRow
{
    QString file;
    QString expectedVersion;
    int line = 0;
};

// The CHANGELOG rows of the fixtures' MANIFEST.tsv: written by whoever collected the files,
// independently of this parser.
QList<ManifestRow> manifestRows()
{
    QFile file(QStringLiteral(RELEASEDESK_FIXTURES_DIR "/version-files/MANIFEST.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read MANIFEST.tsv");
    QList<ManifestRow> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() < 7 || cells.at(0) != "CHANGELOG")
            continue;
        rows.append({QString::fromUtf8(cells.at(1)),
                     QString::fromUtf8(cells.at(5)),
                     cells.at(6).toInt()});
    }
    return rows;
}

const QByteArray newSection = "## [9.9.9] - 2030-01-02\n\n### Added\n\n- Something new.\n\n";

} // namespace

class TestChangelogDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latestReleaseOfRealChangelogs_data();
    void latestReleaseOfRealChangelogs();
    void keepAChangelogHeadings();
    void conventionalHeadingsWithLinksAndAnchors();
    void headingForms_data();
    void headingForms();
    void headingsInCodeBlocksAreIgnored();
    void sectionGoesBeforeACodeBlockThatNeverCloses();
    void covers();
    void prependKeepsEveryOtherByte_data();
    void prependKeepsEveryOtherByte();
    void prependGoesBelowUnreleased();
    void prependKeepsAnchorWithItsHeading();
    void crlfFileGetsCrlfSection();
    void fileWithoutReleasesGetsSectionAtTheEnd_data();
    void fileWithoutReleasesGetsSectionAtTheEnd();
    void byteOrderMarkStaysFirst();
};

void TestChangelogDocument::latestReleaseOfRealChangelogs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("line");
    const QList<ManifestRow> rows = manifestRows();
    QVERIFY(rows.size() >= 4);
    for (const ManifestRow &row : rows)
        QTest::newRow(qPrintable(row.file)) << row.file << row.expectedVersion << row.line;
}

void TestChangelogDocument::latestReleaseOfRealChangelogs()
{
    QFETCH(QString, file);
    QFETCH(QString, version);
    QFETCH(int, line);
    const QByteArray bytes = readFixture(file);
    const ChangelogDocument document = ChangelogDocument::parse(bytes);
    const auto latest = document.latestRelease();
    QVERIFY(latest);
    QCOMPARE(latest->versionText, version);
    QVERIFY(latest->version);
    QCOMPARE(latest->version->toString(), version);
    QCOMPARE(latest->line, line);
    QVERIFY(document.covers(*Version::parse(version)));
    // The byte ranges point at the heading and at the version inside it.
    QCOMPARE(bytes.mid(latest->versionOffset, latest->versionLength), version.toLatin1());
    QCOMPARE(bytes.at(latest->offset), '#');
    QVERIFY(latest->offset == 0 || bytes.at(latest->offset - 1) == '\n');
    const char after = latest->offset + latest->length < bytes.size()
                               ? bytes.at(latest->offset + latest->length)
                               : '\n';
    QVERIFY(after == '\n' || after == '\r');
    QCOMPARE(document.bytes(), bytes);
}

void TestChangelogDocument::keepAChangelogHeadings()
{
    const ChangelogDocument document = ChangelogDocument::parse(
            readFixture(QStringLiteral("olivierlacan__keep-a-changelog__CHANGELOG.md")));
    const QList<ChangelogHeading> &headings = document.headings();
    // ## [Unreleased], then every release down to 0.0.1; "### Added" & co. are not releases.
    QVERIFY(headings.size() > 10);
    QVERIFY(headings.first().unreleased);
    QCOMPARE(headings.first().line, 8);
    QCOMPARE(headings.first().level, 2);
    QVERIFY(headings.first().versionText.isEmpty());
    QCOMPARE(headings.first().versionOffset, qsizetype(-1));
    QCOMPARE(headings.at(1).versionText, QStringLiteral("1.1.1"));
    QCOMPARE(headings.at(1).date, QDate(2023, 3, 5));
    QCOMPARE(headings.last().versionText, QStringLiteral("0.0.1"));
    QCOMPARE(headings.last().date, QDate(2014, 5, 31));
    for (const ChangelogHeading &heading : headings.mid(1)) {
        QVERIFY2(heading.version, qPrintable(heading.versionText));
        QVERIFY(heading.date.isValid());
    }

    const ChangelogDocument pipAudit = ChangelogDocument::parse(
            readFixture(QStringLiteral("pypa__pip-audit__CHANGELOG.md")));
    QVERIFY(pipAudit.headings().first().unreleased); // "## [Unreleased] - ReleaseDate"
    QCOMPARE(pipAudit.headings().first().line, 9);
}

void TestChangelogDocument::conventionalHeadingsWithLinksAndAnchors()
{
    const ChangelogDocument document = ChangelogDocument::parse(
            readFixture(QStringLiteral("conventional-changelog__standard-version__CHANGELOG.md")));
    const QList<ChangelogHeading> &headings = document.headings();
    QVERIFY(!headings.isEmpty());
    QCOMPARE(headings.first().versionText, QStringLiteral("5.0.0"));
    QCOMPARE(headings.first().date, QDate(2019, 2, 14)); // not a date inside the compare URL
    QCOMPARE(headings.first().level, 1);
    // The first release, written without a link: "# 1.0.0 (2016-04-04)".
    QCOMPARE(headings.last().versionText, QStringLiteral("1.0.0"));
    QCOMPARE(headings.last().date, QDate(2016, 4, 4));
    // Patch releases are level-2 headings between the level-1 minors.
    bool sawPatch = false;
    for (const ChangelogHeading &heading : headings)
        sawPatch = sawPatch || (heading.level == 2 && heading.version && heading.version->patch());
    QVERIFY(sawPatch);

    const ChangelogDocument cliui = ChangelogDocument::parse(
            readFixture(QStringLiteral("yargs__cliui__CHANGELOG.md")));
    QCOMPARE(cliui.headings().size(), 1); // "### ⚠ BREAKING CHANGES" is a section, not a release
    QCOMPARE(cliui.headings().first().date, QDate(2019, 11, 10));
}

void TestChangelogDocument::headingForms_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("release");
    QTest::addColumn<QString>("versionText");
    QTest::addColumn<QString>("version"); // empty: not SemVer
    QTest::addColumn<QDate>("date");

    const QDate none;
    QTest::newRow("keep a changelog") << QByteArray("## [1.1.1] - 2023-03-05") << true << "1.1.1"
                                      << "1.1.1" << QDate(2023, 3, 5);
    QTest::newRow("conventional") << QByteArray("## 1.1.1 (2023-03-05)") << true << "1.1.1"
                                  << "1.1.1" << QDate(2023, 3, 5);
    QTest::newRow("linked") << QByteArray("### [4.1.1](https://x/compare/v4.1.0...v4.1.1) "
                                          "(2019-01-02)")
                            << true << "4.1.1"
                            << "4.1.1" << QDate(2019, 1, 2);
    QTest::newRow("v prefix") << QByteArray("## v2.0.0") << true << "v2.0.0"
                              << "2.0.0" << none;
    QTest::newRow("bracketed v") << QByteArray("## [v2.0.0-rc.1] - 2020-02-30") << true
                                 << "v2.0.0-rc.1"
                                 << "2.0.0-rc.1" << none; // no 30 February
    QTest::newRow("pep 440") << QByteArray("## 10.0.0b1") << true << "10.0.0b1"
                             << "" << none;
    QTest::newRow("two numbers") << QByteArray("## 1.30 — 2021-06-01") << true << "1.30"
                                 << "" << QDate(2021, 6, 1);
    QTest::newRow("package prefix")
            << QByteArray("## create-vite@8.2.0 (2025-01-01)") << true << "8.2.0"
            << "8.2.0" << QDate(2025, 1, 1);
    QTest::newRow("scoped package")
            << QByteArray("## @vitejs/plugin-legacy@7.0.1") << true << "7.0.1"
            << "7.0.1" << none;
    QTest::newRow("version word") << QByteArray("# Version 3.2.1") << true << "3.2.1"
                                  << "3.2.1" << none;
    QTest::newRow("build metadata") << QByteArray("## 1.0.0+build.5") << true << "1.0.0+build.5"
                                    << "1.0.0+build.5" << none;
    QTest::newRow("trailing dot") << QByteArray("## 1.2.3.") << true << "1.2.3"
                                  << "1.2.3" << none;
    QTest::newRow("unreleased") << QByteArray("## [Unreleased]") << true << ""
                                << "" << none;
    QTest::newRow("unreleased bare") << QByteArray("## unreleased") << true << ""
                                     << "" << none;
    QTest::newRow("title") << QByteArray("# Changelog") << false << ""
                           << "" << none;
    QTest::newRow("section") << QByteArray("### Bug Fixes") << false << ""
                             << "" << none;
    QTest::newRow("date heading") << QByteArray("## 2023-03-05") << false << ""
                                  << "" << none;
    QTest::newRow("x version") << QByteArray("### 1.x compatibility") << false << ""
                               << "" << none;
    QTest::newRow("hashtag") << QByteArray("#1.2.3") << false << ""
                             << "" << none;
    QTest::newRow("seven hashes") << QByteArray("####### 1.2.3") << false << ""
                                  << "" << none;
    QTest::newRow("indented code") << QByteArray("    ## 1.2.3") << false << ""
                                   << "" << none;
    QTest::newRow("three spaces") << QByteArray("   ## 1.2.3") << true << "1.2.3"
                                  << "1.2.3" << none;
    QTest::newRow("a tab after two spaces") << QByteArray("  \t## 1.2.3") << false << ""
                                            << "" << none;
    // A tab goes to the next multiple of four columns: indented code too.
    QTest::newRow("tab-indented code") << QByteArray("\t## 1.2.3") << false << ""
                                       << "" << none;
    QTest::newRow("space and tab") << QByteArray(" \t## 1.2.3") << false << ""
                                   << "" << none;
    QTest::newRow("unreleased word") << QByteArray("## Unreleasedfoo") << false << ""
                                     << "" << none;
    QTest::newRow("plain text") << QByteArray("1.2.3 was great") << false << ""
                                << "" << none;
}

void TestChangelogDocument::headingForms()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, release);
    QFETCH(QString, versionText);
    QFETCH(QString, version);
    QFETCH(QDate, date);
    const QByteArray bytes = "intro\n\n" + line + "\n\ntext\n";
    const ChangelogDocument document = ChangelogDocument::parse(bytes);
    QCOMPARE(document.headings().size(), release ? 1 : 0);
    if (!release)
        return;
    const ChangelogHeading &heading = document.headings().first();
    QCOMPARE(heading.line, 3);
    QCOMPARE(heading.offset, qsizetype(7));
    QCOMPARE(heading.length, line.size());
    QCOMPARE(heading.versionText, versionText);
    QCOMPARE(heading.unreleased, versionText.isEmpty());
    QCOMPARE(heading.version ? heading.version->toString() : QString(), version);
    QCOMPARE(heading.date, date);
    if (!versionText.isEmpty())
        QCOMPARE(bytes.mid(heading.versionOffset, heading.versionLength), versionText.toLatin1());
}

void TestChangelogDocument::headingsInCodeBlocksAreIgnored()
{
    const QByteArray bytes = "# Changelog\n\n```md\n## 9.0.0\n```\n\n~~~\n## 8.0.0\n```\n~~~\n\n"
                             "## 1.0.0\n";
    const ChangelogDocument document = ChangelogDocument::parse(bytes);
    QCOMPARE(document.headings().size(), 1);
    QCOMPARE(document.latestRelease()->versionText, QStringLiteral("1.0.0"));
}

// Found by the fuzzer: a file without releases that ends inside an unclosed code block got the
// new section appended inside the block, where it is no heading. It goes before the block.
void TestChangelogDocument::sectionGoesBeforeACodeBlockThatNeverCloses()
{
    const QByteArray bytes = "# Changelog\n\nIntro.\n\n~~~\n## example\nno closing fence\n";
    const ChangelogDocument document = ChangelogDocument::parse(bytes);
    QCOMPARE(document.insertionOffset(), bytes.indexOf("~~~"));
    const QByteArray written = document.withNewRelease("## 2.0.0 (2026-12-07)\n\n- a change\n");
    QCOMPARE(written,
             QByteArray("# Changelog\n\nIntro.\n\n## 2.0.0 (2026-12-07)\n\n- a change\n\n~~~\n"
                        "## example\nno closing fence\n"));
    QVERIFY(ChangelogDocument::parse(written).covers(Version(2, 0, 0)));
    // A closed block changes nothing: the section goes at the end.
    const QByteArray closed = "# Changelog\n\n~~~\n## example\n~~~\n";
    QCOMPARE(ChangelogDocument::parse(closed).insertionOffset(), closed.size());
}

void TestChangelogDocument::covers()
{
    const ChangelogDocument document = ChangelogDocument::parse(
            "## [Unreleased]\n## 2.0.0-rc.1\n## v1.1.0\n## 1.0.0+old\n## 0.9\n");
    QVERIFY(document.covers(*Version::parse(u"2.0.0-rc.1")));
    QVERIFY(document.covers(*Version::parse(u"1.1.0")));
    QVERIFY(document.covers(*Version::parse(u"1.0.0"))); // build metadata ignored
    QVERIFY(document.covers(*Version::parse(u"1.0.0+new")));
    QVERIFY(!document.covers(*Version::parse(u"2.0.0")));
    QVERIFY(!document.covers(*Version::parse(u"0.9.0"))); // "0.9" is not SemVer
    QCOMPARE(document.latestRelease()->versionText, QStringLiteral("2.0.0-rc.1"));
    QVERIFY(!ChangelogDocument::parse({}).latestRelease());
    QVERIFY(ChangelogDocument::parse({}).headings().isEmpty());
}

void TestChangelogDocument::prependKeepsEveryOtherByte_data()
{
    QTest::addColumn<QString>("file");
    for (const ManifestRow &row : manifestRows())
        QTest::newRow(qPrintable(row.file)) << row.file;
}

void TestChangelogDocument::prependKeepsEveryOtherByte()
{
    QFETCH(QString, file);
    const QByteArray original = readFixture(file);
    const ChangelogDocument document = ChangelogDocument::parse(original);
    const qsizetype at = document.insertionOffset();
    const QByteArray updated = document.withNewRelease(newSection);

    QVERIFY(updated.size() > original.size());
    const qsizetype inserted = updated.size() - original.size();
    // Everything before the insertion point and everything after it is byte-identical.
    QVERIFY(updated.first(at) == original.first(at));
    QVERIFY(updated.sliced(at + inserted) == original.sliced(at));
    QVERIFY(updated.sliced(at, inserted).contains(newSection.trimmed()));

    // Read back, the new release is the latest one and the old ones are all still there.
    const ChangelogDocument reread = ChangelogDocument::parse(updated);
    QCOMPARE(reread.latestRelease()->versionText, QStringLiteral("9.9.9"));
    QCOMPARE(reread.headings().size(), document.headings().size() + 1);
    qsizetype previousIndex = -1;
    for (qsizetype i = 0; i < reread.headings().size(); ++i) {
        if (reread.headings().at(i).versionText == u"9.9.9")
            previousIndex = i;
    }
    // It comes right after an Unreleased heading, if any, and before the old latest release.
    const auto oldLatest = document.latestRelease();
    QCOMPARE(reread.headings().at(previousIndex + 1).versionText, oldLatest->versionText);
}

void TestChangelogDocument::prependGoesBelowUnreleased()
{
    const QByteArray original = readFixture(QStringLiteral("olivierlacan__keep-a-changelog__"
                                                           "CHANGELOG.md"));
    const QByteArray updated = ChangelogDocument::parse(original).withNewRelease(newSection);
    const qsizetype unreleased = updated.indexOf("## [Unreleased]");
    const qsizetype added = updated.indexOf("## [9.9.9]");
    const qsizetype old = updated.indexOf("## [1.1.1]");
    QVERIFY(unreleased >= 0 && unreleased < added && added < old);
    // Separated by blank lines on both sides, as the file's other sections are.
    QVERIFY(updated.mid(added - 2, 2) == "\n\n");
    QVERIFY(updated.mid(old - 2, 2) == "\n\n");
    QVERIFY(updated.mid(old - 3, 3) != "\n\n\n");
}

void TestChangelogDocument::prependKeepsAnchorWithItsHeading()
{
    const QByteArray original = "# Change Log\n\n<a name=\"1.1.0\"></a>\n# [1.1.0](url) "
                                "(2020-01-01)\n\n* x\n";
    const ChangelogDocument document = ChangelogDocument::parse(original);
    QCOMPARE(document.insertionOffset(), original.indexOf("<a name"));
    const QByteArray updated = document.withNewRelease("# 1.2.0 (2020-02-02)\n\n* y\n\n");
    QCOMPARE(updated,
             QByteArray("# Change Log\n\n# 1.2.0 (2020-02-02)\n\n* y\n\n<a name=\"1.1.0\"></a>\n"
                        "# [1.1.0](url) (2020-01-01)\n\n* x\n"));
}

void TestChangelogDocument::crlfFileGetsCrlfSection()
{
    QByteArray original = readFixture(QStringLiteral("pypa__pip-audit__CHANGELOG.md"));
    original.replace("\n", "\r\n");
    const ChangelogDocument document = ChangelogDocument::parse(original);
    QCOMPARE(document.latestRelease()->versionText, QStringLiteral("2.1.1"));
    QCOMPARE(document.latestRelease()->line, 17);
    QCOMPARE(original.mid(document.latestRelease()->offset, document.latestRelease()->length),
             QByteArray("## [2.1.1] - 2022-03-29"));
    const qsizetype at = document.insertionOffset();
    // The caller may hand over LF or CRLF text; the file gets its own line ending.
    for (const QByteArray &section : {newSection, QByteArray(newSection).replace("\n", "\r\n")}) {
        const QByteArray updated = document.withNewRelease(section);
        const qsizetype inserted = updated.size() - original.size();
        QVERIFY(updated.first(at) == original.first(at));
        QVERIFY(updated.sliced(at + inserted) == original.sliced(at));
        const QByteArray added = updated.sliced(at, inserted);
        QCOMPARE(added.count('\n'), added.count("\r\n"));
        QVERIFY(!added.contains("\r\r"));
        QVERIFY(added.startsWith("## [9.9.9]"));
        QVERIFY(added.endsWith("\r\n\r\n"));
    }
}

void TestChangelogDocument::fileWithoutReleasesGetsSectionAtTheEnd_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray section = "## 1.0.0\n\n- First.\n";
    QTest::newRow("empty") << QByteArray() << section;
    QTest::newRow("title") << QByteArray("# Changelog\n") << "# Changelog\n\n" + section;
    QTest::newRow("no final newline") << QByteArray("# Changelog") << "# Changelog\n\n" + section;
    QTest::newRow("blank line") << QByteArray("# Changelog\n\n") << "# Changelog\n\n" + section;
    QTest::newRow("unreleased only") << QByteArray("# Changelog\n\n## [Unreleased]\n\n- Soon.\n")
                                     << "# Changelog\n\n## [Unreleased]\n\n- Soon.\n\n" + section;
}

void TestChangelogDocument::fileWithoutReleasesGetsSectionAtTheEnd()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, expected);
    const ChangelogDocument document = ChangelogDocument::parse(original);
    QCOMPARE(document.insertionOffset(), original.size());
    QCOMPARE(document.withNewRelease("## 1.0.0\n\n- First.\n\n"), expected);
}

void TestChangelogDocument::byteOrderMarkStaysFirst()
{
    const QByteArray original = "\xEF\xBB\xBF## 1.0.0\n\n- First.\n";
    const ChangelogDocument document = ChangelogDocument::parse(original);
    QCOMPARE(document.headings().size(), 1);
    QCOMPARE(document.headings().first().offset, qsizetype(3));
    QCOMPARE(document.headings().first().line, 1);
    QCOMPARE(document.withNewRelease("## 1.1.0\n\n- Second.\n\n"),
             QByteArray("\xEF\xBB\xBF## 1.1.0\n\n- Second.\n\n## 1.0.0\n\n- First.\n"));
}

QTEST_GUILESS_MAIN(TestChangelogDocument)
#include "tst_changelogdocument.moc"
