// SPDX-License-Identifier: GPL-3.0-or-later
// Replays fuzz/corpus/peerconfig and fuzz/crashers/peerconfig, and every configuration of
// tests/core/peerconfig/data through every file format and importer, checking the properties
// the fuzzer checks.
#include "fuzztargets.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString run(const QByteArray &input)
{
    return rd::fuzz::peerconfig(reinterpret_cast<const uint8_t *>(input.constData()),
                                size_t(input.size()));
}

} // namespace

class TestPeerFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedInputs_data();
    void committedInputs();
    void dataThroughEveryImporter();
    void hostileInputs();
};

void TestPeerFuzzReplay::committedInputs_data()
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashers")}) {
        QDirIterator it(QStringLiteral(RELEASEDESK_SOURCE_DIR "/fuzz/") + kind
                                + QStringLiteral("/peerconfig"),
                        QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral(".keep")))
                continue;
            QTest::newRow(qPrintable(kind + u'/' + it.fileName())) << path;
            ++rows;
        }
    }
    QVERIFY2(rows >= 10, "the seed corpus is missing");
}

void TestPeerFuzzReplay::committedInputs()
{
    QFETCH(QString, path);
    const QString problem = run(readAll(path));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPeerFuzzReplay::dataThroughEveryImporter()
{
    QDirIterator it(QStringLiteral(RELEASEDESK_SOURCE_DIR "/tests/core/peerconfig/data"),
                    QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QByteArray content = readAll(it.next());
        ++files;
        for (int selector = 0; selector < 24; ++selector) {
            const QString problem = run(char(selector) + content);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(it.filePath() + QStringLiteral(" / ") + QString::number(selector)
                                + QStringLiteral(": ") + problem));
        }
    }
    QVERIFY(files >= 15);
}

void TestPeerFuzzReplay::hostileInputs()
{
    const QList<QByteArray> inputs = {
            QByteArray(1, '\0') + QByteArray(5000, '['),
            QByteArray(1, '\1') + QByteArray(3000, '-'),
            QByteArray(1, '\2') + QByteArray("a = ") + QByteArray(2000, '['),
            QByteArray(1, '\3') + QByteArray("[bumpversion]\n  indented\n"),
            QByteArray(1, '\0') + QByteArray("{\"tagFormat\": \"${version}${version}\"}"),
            QByteArray(1, '\4') + QByteArray("{\"branches\": [{\"name\": {\"x\": 1}}]}"),
            QByteArray(1, char(16)) + QByteArray("{\"packages\": {\".\": 3, \"a\": []}}"),
    };
    for (const QByteArray &input : inputs) {
        const QString problem = run(input);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestPeerFuzzReplay)
#include "tst_peerfuzzreplay.moc"
