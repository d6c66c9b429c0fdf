// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the text parsers' fuzz corpus and kept crashers (fuzz/textparsers.cpp) with the normal
// compiler, and runs the same properties over real data: every commit message of the fixture
// histories, every changelog fixture, and the configurations the tests use.
#include "fixtures.h"
#include "fuzzcorpus.h"
#include "fuzztargets.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Entry = QString (*)(const uint8_t *, size_t);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString run(Entry entry, const QByteArray &input)
{
    return entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

Entry entryNamed(const QString &name)
{
    if (name == u"commitmessage")
        return &rd::fuzz::commitmessage;
    if (name == u"changelogdocument")
        return &rd::fuzz::changelogdocument;
    return &rd::fuzz::projectconfig;
}

} // namespace

class TestTextFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedInputs_data();
    void committedInputs();
    void everyCommitMessageOfTheFixtures_data();
    void everyCommitMessageOfTheFixtures();
    void everyChangelogFixture();
};

void TestTextFuzzReplay::committedInputs_data()
{
    rd::test::addFuzzCorpusRows({QStringLiteral("commitmessage"),
                                 QStringLiteral("changelogdocument"),
                                 QStringLiteral("projectconfig")});
}

void TestTextFuzzReplay::committedInputs()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const QString problem = run(entryNamed(target), readAll(path));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTextFuzzReplay::everyCommitMessageOfTheFixtures_data()
{
    QTest::addColumn<QString>("history");
    QTest::newRow("semantic-release") << QStringLiteral("semantic-release");
    QTest::newRow("vite") << QStringLiteral("vite");
}

void TestTextFuzzReplay::everyCommitMessageOfTheFixtures()
{
    QFETCH(QString, history);
    QTemporaryDir dir;
    QVERIFY(rd::test::loadHistory(history, dir.path()));
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"),
               dir.path(),
               QStringLiteral("log"),
               QStringLiteral("--all"),
               QStringLiteral("--format=%B%x00")});
    QVERIFY(git.waitForFinished(120000));
    const QList<QByteArray> messages = git.readAllStandardOutput().split('\0');
    QVERIFY(messages.size() > 1000);
    for (const QByteArray &message : messages) {
        const QByteArray trimmed = message.startsWith('\n') ? message.mid(1) : message;
        const QString problem = run(&rd::fuzz::commitmessage, trimmed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + trimmed));
    }
}

void TestTextFuzzReplay::everyChangelogFixture()
{
    int files = 0;
    for (const QString &folder :
         {QStringLiteral("version-files/CHANGELOG"), QStringLiteral("histories")}) {
        QDirIterator it(rd::test::fixturePath(folder), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QStringLiteral(".md")) && !folder.endsWith(u"CHANGELOG"))
                continue;
            const QString problem = run(&rd::fuzz::changelogdocument, readAll(path));
            QVERIFY2(problem.isEmpty(), qPrintable(path + QStringLiteral(": ") + problem));
            ++files;
        }
    }
    QVERIFY(files >= 3);
}

QTEST_GUILESS_MAIN(TestTextFuzzReplay)
#include "tst_textfuzzreplay.moc"
