// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzcorpus.h"

#include <QDirIterator>
#include <QTest>

namespace rd::test {

void addFuzzCorpusRows(const QStringList &targets)
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &target : targets) {
        int rows = 0;
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashers")}) {
            QDirIterator it(QStringLiteral(RELEASEDESK_SOURCE_DIR "/fuzz/") + kind + u'/' + target,
                            QDir::Files | QDir::Hidden);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QStringLiteral(".keep")))
                    continue;
                QTest::newRow(qPrintable(target + u'/' + kind + u'/' + it.fileName()))
                        << target << path;
                ++rows;
            }
        }
        QVERIFY2(rows >= 4,
                 qPrintable(QStringLiteral("the seed corpus of %1 is missing").arg(target)));
    }
}

} // namespace rd::test
