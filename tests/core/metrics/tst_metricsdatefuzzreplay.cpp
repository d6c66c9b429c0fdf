// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the metrics dates' fuzz corpus and kept crashers (fuzz/metricsdatetarget.cpp) with
// the normal compiler, and a few inputs at the edges of the grammar.
#include "fuzztargets.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

QString run(const QByteArray &input)
{
    return rd::fuzz::metricsdate(reinterpret_cast<const uint8_t *>(input.constData()),
                                 size_t(input.size()));
}

} // namespace

class TestMetricsDateFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedInputs_data();
    void committedInputs();
    void edges_data();
    void edges();
};

void TestMetricsDateFuzzReplay::committedInputs_data()
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashers")}) {
        QDirIterator it(QStringLiteral(RELEASEDESK_SOURCE_DIR "/fuzz/") + kind
                                + QStringLiteral("/metricsdate"),
                        QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral(".keep")))
                continue;
            QTest::newRow(qPrintable(kind + u'/' + it.fileName())) << path;
            ++rows;
        }
    }
    QVERIFY2(rows >= 4, "the seed corpus of metricsdate is missing");
}

void TestMetricsDateFuzzReplay::committedInputs()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString problem = run(file.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMetricsDateFuzzReplay::edges_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("nul") << QByteArray("2024-03-01\0", 11);
    QTest::newRow("invalid utf-8") << QByteArray("2024-\xff\xfe-01");
    QTest::newRow("year 9999") << QByteArray("9999-12-31");
    QTest::newRow("year 0") << QByteArray("0000-01-01");
    QTest::newRow("leap day") << QByteArray("2024-02-29T23:59:59Z");
    QTest::newRow("time only") << QByteArray("12:00:00");
    QTest::newRow("huge offset") << QByteArray("2024-03-01T00:00:00+23:59");
}

void TestMetricsDateFuzzReplay::edges()
{
    QFETCH(QByteArray, input);
    const QString problem = run(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestMetricsDateFuzzReplay)
#include "tst_metricsdatefuzzreplay.moc"
