// SPDX-License-Identifier: GPL-3.0-or-later
// The one diff model: exact git text for small cases, the CHANGELOG.md section inserted at the
// top shown as a pure insertion, and a property test over the real version files, the real
// changelogs and generated ones: the shown text, applied as a patch to the old bytes, gives
// exactly the new bytes, and the side-by-side rows are the hunks' lines.
#include "sources/changelogdocument.h"
#include "sources/unifieddiff.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <cstdio>

using namespace rd;

namespace {

using Kind = UnifiedDiff::Line::Kind;

// A file's lines with their terminators.
QList<QByteArray> wholeLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        lines.append(bytes.mid(start, end - start));
        start = end;
    }
    return lines;
}

// Applies git's unified text to `before` the way patch(1) does, strictly (no fuzz, no offset):
// every context and removed line must be the old file's line at the header's position. Returns
// the new bytes, or an empty optional with `why` set.
std::optional<QByteArray> applyPatch(const QByteArray &before,
                                     const QByteArray &patch,
                                     QString *why)
{
    const QList<QByteArray> old = wholeLines(before);
    QList<QByteArray> lines = patch.split('\n');
    if (!patch.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QByteArray result;
    int position = 0; // old lines copied so far
    int written = 0;  // new lines written so far
    qsizetype i = 0;
    const auto failure = [&](const QString &message) {
        *why = message + QStringLiteral(" (patch line %1)").arg(i + 1);
        return std::nullopt;
    };
    if (lines.size() < 2 || !lines.at(0).startsWith("--- a/") || !lines.at(1).startsWith("+++ b/"))
        return patch.isEmpty() ? std::optional(before) : failure(QStringLiteral("no file header"));
    i = 2;
    while (i < lines.size()) {
        int beforeStart = 0, beforeCount = 0, afterStart = 0, afterCount = 0;
        if (std::sscanf(lines.at(i).constData(),
                        "@@ -%d,%d +%d,%d @@",
                        &beforeStart,
                        &beforeCount,
                        &afterStart,
                        &afterCount)
            != 4)
            return failure(QStringLiteral("a malformed hunk header"));
        ++i;
        const int first = beforeCount == 0 ? beforeStart : beforeStart - 1;
        if (first < position || first > old.size())
            return failure(QStringLiteral("a hunk out of order"));
        for (; position < first; ++position, ++written)
            result += old.at(position);
        if ((afterCount == 0 ? afterStart : afterStart - 1) != written)
            return failure(QStringLiteral("the new start %1 is not where the hunk lands (%2)")
                                   .arg(afterStart)
                                   .arg(written + 1));
        int removed = 0, added = 0;
        while (i < lines.size() && !lines.at(i).startsWith("@@")) {
            const QByteArray &line = lines.at(i);
            const bool noNewline = i + 1 < lines.size()
                                   && lines.at(i + 1) == "\\ No newline at end of file";
            const QByteArray whole = line.mid(1) + (noNewline ? "" : "\n");
            const char sign = line.isEmpty() ? '?' : line.at(0);
            if (sign == ' ' || sign == '-') {
                if (position >= old.size() || old.at(position) != whole)
                    return failure(QStringLiteral("line %1 is not \"%2\"")
                                           .arg(position + 1)
                                           .arg(QString::fromUtf8(line.mid(1))));
                ++position;
                ++removed;
                if (sign == ' ') {
                    result += whole;
                    ++added;
                    ++written;
                }
            } else if (sign == '+') {
                result += whole;
                ++added;
                ++written;
            } else {
                return failure(QStringLiteral("a line that is no diff line"));
            }
            i += noNewline ? 2 : 1;
        }
        if (removed != beforeCount || added != afterCount)
            return failure(QStringLiteral("counts %1,%2 differ from the header's %3,%4")
                                   .arg(removed)
                                   .arg(added)
                                   .arg(beforeCount)
                                   .arg(afterCount));
    }
    for (; position < old.size(); ++position)
        result += old.at(position);
    return result;
}

// The side-by-side rows say the same as the hunk: the left column is the old file's lines in
// order, the right the new file's, and a row shown unchanged on both sides is one line.
QString rowsProblem(const UnifiedDiff::Hunk &hunk,
                    const QByteArray &before,
                    const QByteArray &after)
{
    const QList<QByteArray> old = wholeLines(before);
    const QList<QByteArray> now = wholeLines(after);
    int left = hunk.beforeCount == 0 ? hunk.beforeStart : hunk.beforeStart - 1;
    int right = hunk.afterCount == 0 ? hunk.afterStart : hunk.afterStart - 1;
    const auto sameLine = [](const UnifiedDiff::Line &line, const QByteArray &whole) {
        return line.bytes + (line.noNewlineAtEnd ? "" : "\n") == whole;
    };
    for (const UnifiedDiff::Row &row : hunk.rows()) {
        if (!row.left && !row.right)
            return QStringLiteral("an empty row");
        if (row.left) {
            if (row.left->beforeNumber != left + 1 || left >= old.size()
                || !sameLine(*row.left, old.at(left)))
                return QStringLiteral("left line %1 is not the old line %2")
                        .arg(row.left->beforeNumber)
                        .arg(left + 1);
            ++left;
        }
        if (row.right) {
            if (row.right->afterNumber != right + 1 || right >= now.size()
                || !sameLine(*row.right, now.at(right)))
                return QStringLiteral("right line %1 is not the new line %2")
                        .arg(row.right->afterNumber)
                        .arg(right + 1);
            ++right;
        }
        const bool leftKept = row.left && row.left->kind == Kind::Context;
        const bool rightKept = row.right && row.right->kind == Kind::Context;
        if (leftKept != rightKept)
            return QStringLiteral("old line %1 shown unchanged on one side only").arg(left);
        if (leftKept && row.left->bytes != row.right->bytes)
            return QStringLiteral("old line %1 and new line %2 shown unchanged but differ")
                    .arg(left)
                    .arg(right);
    }
    const int leftEnd = (hunk.beforeCount == 0 ? hunk.beforeStart : hunk.beforeStart - 1)
                        + hunk.beforeCount;
    const int rightEnd = (hunk.afterCount == 0 ? hunk.afterStart : hunk.afterStart - 1)
                         + hunk.afterCount;
    if (left != leftEnd || right != rightEnd)
        return QStringLiteral("the rows cover other lines than the header");
    return {};
}

// Everything the diff shows of `before` changed by `splices` holds; empty when it does.
QString diffProblem(const QByteArray &before, const QList<Splice> &splices)
{
    const auto after = Splice::apply(before, splices);
    if (!after)
        return after.error().message;
    const UnifiedDiff diff = UnifiedDiff::compute(before, splices);
    if (diff.isEmpty() != (*after == before))
        return QStringLiteral("empty diff for a change, or a diff for no change");
    QString why;
    const auto patched = applyPatch(before, diff.text(QStringLiteral("f")), &why);
    if (!patched)
        return QStringLiteral("the shown patch does not apply: ") + why;
    if (*patched != *after)
        return QStringLiteral("the shown patch gives other bytes than the change");
    for (const UnifiedDiff::Hunk &hunk : diff.hunks()) {
        if (const QString problem = rowsProblem(hunk, before, *after); !problem.isEmpty())
            return problem;
    }
    return {};
}

QByteArray crlf(QByteArray bytes)
{
    bytes.replace("\r\n", "\n");
    return bytes.replace("\n", "\r\n");
}

QByteArray withoutFinalNewline(QByteArray bytes)
{
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

// Every real file of the corpus: version files and changelogs, from the repository's fixtures
// and from RELEASEDESK_EXTRA_FIXTURES_DIR when set (a larger shared corpus of the same layout).
QList<std::pair<QString, QByteArray>> corpus()
{
    QStringList roots{QStringLiteral(RELEASEDESK_FIXTURES_DIR)};
    if (const QString extra = qEnvironmentVariable("RELEASEDESK_EXTRA_FIXTURES_DIR");
        !extra.isEmpty())
        roots.append(extra);
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &root : std::as_const(roots)) {
        for (const QString &folder :
             {QStringLiteral("version-files"), QStringLiteral("histories")}) {
            QDirIterator it(root + u'/' + folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (folder == u"histories" && !path.endsWith(QStringLiteral(".md")))
                    continue; // fast-import streams: large, and no file a release edits
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    files.append({path.section(u'/', -2), file.readAll()});
            }
        }
    }
    return files;
}

// A line start in the middle of the file (0 when there is one line).
qsizetype middleLineStart(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n', bytes.size() / 2);
    return newline < 0 || newline + 1 >= bytes.size() ? 0 : newline + 1;
}

// A generated changelog of `releases` sections, newest first.
QByteArray generatedChangelog(int releases, int seed)
{
    QByteArray text = "# Changelog\n\nAll notable changes to this project are documented here.\n\n";
    for (int r = releases; r >= 1; --r) {
        text += "## 1." + QByteArray::number(r) + ".0 (2026-01-0" + QByteArray::number(r % 9 + 1)
                + ")\n\n### Features\n\n";
        for (int i = 0; i < (seed + r) % 4 + 1; ++i)
            text += "- **api:** change " + QByteArray::number(i) + "\n";
        text += "\n### Bug Fixes\n\n- a fix\n\n";
    }
    return text;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLine();
    void adjacentLinesAreOneBlock();
    void distantChangesAreSeparateHunks();
    void noNewlineAtEnd();
    void nothingChanged();
    void sectionInsertedAtTopIsPureInsertion();
    void insertionsAnywhere_data();
    void insertionsAnywhere();
    void newChangelogSections();
    void randomSplicesOverCorpus();
};

void TestUnifiedDiff::oneLine()
{
    const QByteArray before = "a\nb\nversion = 1\nc\nd\ne\nf\n";
    const QByteArray diff = UnifiedDiff::render(QStringLiteral("x.toml"),
                                                before,
                                                {Splice{14, 1, "2"}});
    QCOMPARE(diff,
             QByteArray("--- a/x.toml\n+++ b/x.toml\n@@ -1,6 +1,6 @@\n a\n b\n-version = 1\n"
                        "+version = 2\n c\n d\n e\n"));
    // The changed byte is what the views highlight.
    const UnifiedDiff model = UnifiedDiff::compute(before, {Splice{14, 1, "2"}});
    const UnifiedDiff::Line &added = model.hunks().at(0).lines.at(3);
    QCOMPARE(added.kind, Kind::Added);
    QCOMPARE(added.changed, (QList<std::pair<qsizetype, qsizetype>>{{10, 1}}));
}

void TestUnifiedDiff::adjacentLinesAreOneBlock()
{
    const QByteArray before = "v: 1\na: 1\n";
    const QByteArray diff = UnifiedDiff::render(QStringLiteral("c.yaml"),
                                                before,
                                                {Splice{8, 1, "2"}, Splice{3, 1, "2"}});
    QCOMPARE(diff,
             QByteArray(
                     "--- a/c.yaml\n+++ b/c.yaml\n@@ -1,2 +1,2 @@\n-v: 1\n-a: 1\n+v: 2\n+a: 2\n"));
}

void TestUnifiedDiff::distantChangesAreSeparateHunks()
{
    QByteArray before;
    for (int i = 1; i <= 20; ++i)
        before += "line " + QByteArray::number(i) + '\n';
    const qsizetype second = before.indexOf("line 2\n") + 5;
    const qsizetype nineteenth = before.indexOf("line 19") + 5;
    const QByteArray diff = UnifiedDiff::render(QStringLiteral("f"),
                                                before,
                                                {Splice{second, 1, "X"},
                                                 Splice{nineteenth, 2, "Y"}});
    QCOMPARE(diff.count("@@ -"), 2);
    QVERIFY(diff.contains("@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line X\n"));
    QVERIFY(diff.contains(
            "@@ -16,5 +16,5 @@\n line 16\n line 17\n line 18\n-line 19\n+line Y\n line 20\n"));
}

void TestUnifiedDiff::noNewlineAtEnd()
{
    const QByteArray diff = UnifiedDiff::render(QStringLiteral("VERSION"),
                                                "1.0.0",
                                                {Splice{0, 5, "1.0.1"}});
    QCOMPARE(diff,
             QByteArray("--- a/VERSION\n+++ b/VERSION\n@@ -1,1 +1,1 @@\n-1.0.0\n\\ No newline "
                        "at end of file\n+1.0.1\n\\ No newline at end of file\n"));
}

void TestUnifiedDiff::nothingChanged()
{
    QVERIFY(UnifiedDiff::render(QStringLiteral("f"), "abc\n", {Splice{0, 1, "a"}}).isEmpty());
}

// Issue 15: the Review page showed the old top section as removed and never re-added, and the
// side-by-side view marked line 3 deleted while the right showed it unchanged further down.
void TestUnifiedDiff::sectionInsertedAtTopIsPureInsertion()
{
    const QByteArray before = "# Changelog\n\n## 1.1.0 (2026-01-05)\n\n### Features\n\n- one\n";
    const ChangelogDocument document = ChangelogDocument::parse(before);
    const QByteArray after = document.withNewRelease(
            "## 1.2.0 (2026-02-01)\n\n### Features\n\n- two\n- three\n\n");
    const Splice splice = UnifiedDiff::spliceBetween(before, after);
    QCOMPARE(Splice::apply(before, {splice}).value(), after);

    const QByteArray text = UnifiedDiff::render(QStringLiteral("CHANGELOG.md"), before, {splice});
    QVERIFY2(!text.contains("\n-"), text.constData());
    QVERIFY2(text.contains("\n+## 1.2.0 (2026-02-01)\n"), text.constData());
    QVERIFY2(text.contains("\n ## 1.1.0 (2026-01-05)\n"), text.constData());

    const UnifiedDiff diff = UnifiedDiff::compute(before, {splice});
    QCOMPARE(diff.hunks().size(), 1);
    for (const UnifiedDiff::Row &row : diff.hunks().at(0).rows()) {
        QVERIFY(row.right);
        if (row.left && row.left->beforeNumber == 3) {
            QCOMPARE(row.left->kind, Kind::Context);
            QCOMPARE(row.right->afterNumber, 3 + 7); // after the seven inserted lines
            QCOMPARE(row.right->bytes, QByteArray("## 1.1.0 (2026-01-05)"));
        }
    }
    QCOMPARE(diffProblem(before, {splice}), QString());
}

void TestUnifiedDiff::insertionsAnywhere_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("inserted");
    QTest::addColumn<QString>("where");
    const QByteArray file = generatedChangelog(3, 1);
    const QByteArray section = "## 2.0.0\n\n- x\n\n";
    for (const QString &where :
         {QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("end")}) {
        QTest::addRow("%s", qPrintable(where)) << file << section << where;
        QTest::addRow("%s crlf", qPrintable(where)) << crlf(file) << crlf(section) << where;
        QTest::addRow("%s no final newline", qPrintable(where))
                << withoutFinalNewline(file) << section << where;
        QTest::addRow("%s no final newline, insertion without one", qPrintable(where))
                << withoutFinalNewline(file) << withoutFinalNewline(section) << where;
        QTest::addRow("%s mid-line", qPrintable(where)) << file << QByteArray("x\ny") << where;
        QTest::addRow("%s into an empty file", qPrintable(where))
                << QByteArray() << section << where;
    }
}

void TestUnifiedDiff::insertionsAnywhere()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, inserted);
    QFETCH(QString, where);
    const qsizetype at = where == u"top"      ? 0
                         : where == u"middle" ? middleLineStart(before)
                                              : before.size();
    const QList<Splice> splices{Splice{at, 0, inserted}};
    QCOMPARE(diffProblem(before, splices), QString());
    // Inserting whole lines at a line start removes nothing.
    if (inserted.endsWith('\n') && (at == 0 || before.at(at - 1) == '\n')) {
        const QByteArray text = UnifiedDiff::render(QStringLiteral("f"), before, splices);
        QVERIFY2(!text.mid(text.indexOf("@@")).contains("\n-"), text.constData());
    }
}

// Every way a release adds a section: to the real changelogs and generated ones, in their own
// line ending and without a final newline, the splice computed as the release computes it.
void TestUnifiedDiff::newChangelogSections()
{
    QList<std::pair<QString, QByteArray>> files;
    for (const auto &[name, bytes] : corpus()) {
        if (name.endsWith(QStringLiteral(".md")) && !name.endsWith(QStringLiteral("README.md")))
            files.append({name, bytes});
    }
    QVERIFY(files.size() >= 4);
    for (int n = 0; n < 6; ++n)
        files.append({QStringLiteral("generated %1").arg(n), generatedChangelog(n, n)});
    int checked = 0;
    for (const auto &[name, original] : std::as_const(files)) {
        for (const QByteArray &before : {original, crlf(original), withoutFinalNewline(original)}) {
            // A section that repeats the old top's lines, so a naive common suffix shifts.
            for (const QByteArray &section :
                 {QByteArray("## 9.0.0 (2026-03-01)\n\n### Features\n\n- **api:** change 0\n\n"),
                  QByteArray("## 9.0.0\n\n")}) {
                const QByteArray after = ChangelogDocument::parse(before).withNewRelease(section);
                const Splice splice = UnifiedDiff::spliceBetween(before, after);
                QVERIFY2(Splice::apply(before, {splice}).value_or(QByteArray()) == after,
                         qPrintable(name));
                const QString problem = diffProblem(before, {splice});
                QVERIFY2(problem.isEmpty(), qPrintable(name + QStringLiteral(": ") + problem));
                ++checked;
                // A file without a final newline gets one on its last line: that line changes.
                if (!before.endsWith('\n'))
                    continue;
                const QByteArray text = UnifiedDiff::render(QStringLiteral("f"), before, {splice});
                QVERIFY2(!text.mid(text.indexOf("@@")).contains("\n-"),
                         qPrintable(name + QStringLiteral(" shows a removed line:\n")
                                    + QString::fromUtf8(text)));
            }
        }
    }
    qInfo("%d changelog insertions checked", checked);
}

// Splices as the version writers make them and worse: one to three per file, replacing,
// inserting and deleting bytes with and without line breaks, over every corpus file in its
// own, CRLF and no-final-newline form.
void TestUnifiedDiff::randomSplicesOverCorpus()
{
    const QList<std::pair<QString, QByteArray>> files = corpus();
    QVERIFY(files.size() >= 50);
    QRandomGenerator random(15);
    const QList<QByteArray> replacements{"2.0.0", "", "\n", "a\nb\n", "x\r\n", "## 3\n\n", "z"};
    int checked = 0;
    for (const auto &[name, original] : files) {
        for (const QByteArray &before : {original, crlf(original), withoutFinalNewline(original)}) {
            for (int round = 0; round < 20; ++round) {
                QList<Splice> splices;
                qsizetype position = 0;
                const int count = random.bounded(1, 4);
                for (int s = 0; s < count && position <= before.size(); ++s) {
                    const qsizetype span = before.size() - position;
                    const qsizetype offset = position + random.bounded(span + 1);
                    const qsizetype length = random.bounded(
                            std::min<qsizetype>(before.size() - offset, 40) + 1);
                    splices.append(
                            Splice{offset,
                                   length,
                                   replacements.at(random.bounded(int(replacements.size())))});
                    position = offset + length + 1;
                }
                const QString problem = diffProblem(before, splices);
                QVERIFY2(problem.isEmpty(), qPrintable(name + QStringLiteral(": ") + problem));
                ++checked;
            }
        }
    }
    qInfo("%d files, %d spliced variants checked", int(files.size()), checked);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
