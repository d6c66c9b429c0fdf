// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the registry fuzz corpus and kept crashers (fuzz/registrytargets.cpp) with the normal
// compiler, and runs the same properties over the challenges and answers real servers send.
#include "fuzzcorpus.h"
#include "fuzztargets.h"

#include <QFile>
#include <QTest>

namespace {

using Entry = QString (*)(const uint8_t *, size_t);

QString run(Entry entry, const QByteArray &input)
{
    return entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

} // namespace

class TestRegistryFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedInputs_data();
    void committedInputs();
    void oddInputsHoldTheProperties();
};

void TestRegistryFuzzReplay::committedInputs_data()
{
    rd::test::addFuzzCorpusRows({QStringLiteral("wwwauthenticate"),
                                 QStringLiteral("registryjson"),
                                 QStringLiteral("packagearchive"),
                                 QStringLiteral("pythondistribution")});
}

void TestRegistryFuzzReplay::committedInputs()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Entry entry = target == u"wwwauthenticate"  ? &rd::fuzz::wwwauthenticate
                        : target == u"registryjson"   ? &rd::fuzz::registryjson
                        : target == u"packagearchive" ? &rd::fuzz::packagearchive
                                                      : &rd::fuzz::pythondistribution;
    const QString problem = run(entry, file.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Odd answers: parsed or refused, never a broken property.
void TestRegistryFuzzReplay::oddInputsHoldTheProperties()
{
    // A PyPI answer whose latest version has no release entry still lists it (the parser adds
    // it), so the property holds; a crates answer without any version is an error, not a
    // package without a latest version.
    QVERIFY(run(&rd::fuzz::registryjson, QByteArray("\x01{\"info\":{\"version\":\"1.0\"}}"))
                    .isEmpty());
    QVERIFY(run(&rd::fuzz::registryjson, QByteArray("\x02{\"crate\":{}}")).isEmpty());
    QVERIFY(run(&rd::fuzz::wwwauthenticate, QByteArray("Bearer realm=\"unclosed")).isEmpty());
    QVERIFY(run(&rd::fuzz::wwwauthenticate, QByteArray("\xff\xfe Bearer a=b")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRegistryFuzzReplay)
#include "tst_registryfuzzreplay.moc"
