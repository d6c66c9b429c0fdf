// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/unifieddiff.h"

#include <QTest>

using namespace rd;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLine();
    void adjacentLinesAreOneBlock();
    void distantChangesAreSeparateHunks();
    void noNewlineAtEnd();
    void nothingChanged();
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

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
