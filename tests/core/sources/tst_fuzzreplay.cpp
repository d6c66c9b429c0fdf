// SPDX-License-Identifier: GPL-3.0-or-later
// Replays fuzz/corpus/<target>/ and fuzz/crashers/<target>/ through the fuzz entry points, and
// every version-file fixture through every format: no crash, and the properties the fuzzers
// check (spans inside the file, writes only inside the version range) hold.
#include "fuzztargets.h"

#include "sources/sourceformat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

const QString fuzzDir = QStringLiteral(RELEASEDESK_SOURCE_DIR "/fuzz");
const QString fixtures = QStringLiteral(RELEASEDESK_FIXTURES_DIR "/version-files");

using Entry = QString (*)(const uint8_t *, size_t);

Entry entryFor(const QString &target)
{
    if (target == u"formats")
        return rd::fuzz::formats;
    if (target == u"json")
        return rd::fuzz::json;
    if (target == u"scheme")
        return rd::fuzz::scheme;
    if (target == u"diff")
        return rd::fuzz::diff;
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString run(const QString &target, const QByteArray &input)
{
    return entryFor(target)(reinterpret_cast<const uint8_t *>(input.constData()),
                            size_t(input.size()));
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedInputs_data();
    void committedInputs();
    void fixturesThroughEveryFormat();
    void handMadeHostileInputs_data();
    void handMadeHostileInputs();
};

void TestFuzzReplay::committedInputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashers")}) {
        for (const QString &target : {QStringLiteral("formats"),
                                      QStringLiteral("json"),
                                      QStringLiteral("scheme"),
                                      QStringLiteral("diff")}) {
            QDirIterator it(fuzzDir + u'/' + kind + u'/' + target, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.endsWith(QStringLiteral(".keep")))
                    QTest::newRow(qPrintable(kind + u'/' + target + u'/' + it.fileName()))
                            << target << path;
            }
        }
    }
    // Always at least one row, so the test cannot pass by finding nothing.
    QTest::newRow("empty input") << QStringLiteral("formats") << QString();
}

void TestFuzzReplay::committedInputs()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const QByteArray input = path.isEmpty() ? QByteArray() : readAll(path);
    const QString problem = run(target, input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFuzzReplay::fixturesThroughEveryFormat()
{
    int replayed = 0;
    QDirIterator it(fixtures, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QStringLiteral("MANIFEST.tsv"))
            || path.endsWith(QStringLiteral("README.md")))
            continue;
        const QByteArray bytes = readAll(path);
        for (qsizetype format = 0; format < rd::SourceFormat::all().size(); ++format) {
            const QString problem = run(QStringLiteral("formats"), char(format) + bytes);
            QVERIFY2(problem.isEmpty(), qPrintable(path + QStringLiteral(": ") + problem));
            ++replayed;
        }
        QVERIFY(run(QStringLiteral("json"), bytes).isEmpty());
        QVERIFY(run(QStringLiteral("diff"), bytes).isEmpty());
    }
    QVERIFY(replayed > 60 * 20);
}

void TestFuzzReplay::handMadeHostileInputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("deep JSON") << "json" << QByteArray(200000, '[');
    QTest::newRow("deep JSON objects") << "json" << QByteArray(100000, '{');
    QTest::newRow("unterminated TOML string")
            << "formats" << QByteArray("\x02[project]\nversion = \"1.0");
    QTest::newRow("YAML anchors") << "formats"
                                  << QByteArray("\x07version: &a 1.0.0\nappVersion: *a\n");
    QTest::newRow("XML entity bomb")
            << "formats"
            << QByteArray("\x08<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a "
                          "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
                          "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><project><version>&c;</version></"
                          "project>");
    QTest::newRow("CRLF only") << "formats" << QByteArray("\x0e\r\n\r\n\r\n");
    QTest::newRow("BOM only") << "formats" << QByteArray("\x00\xEF\xBB\xBF", 4);
    QTest::newRow("lone CR version file") << "formats"
                                          << QByteArray("\x0e"
                                                        "1.0.0\r");
    QTest::newRow("scheme with huge number") << "scheme"
                                             << QByteArray("\x00"
                                                           "99999999999999999999999.1.1");
    QTest::newRow("diff of empty file") << "diff" << QByteArray("\x01\x02\x03\x04");
}

void TestFuzzReplay::handMadeHostileInputs()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, input);
    const QString problem = run(target, input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
