// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreader.h"

#include <QFile>
#include <QtDebug>

namespace rd::test {

QList<HistoryCommit> readFastImportCommits(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << path << file.errorString();
        return {};
    }
    const QByteArray stream = file.readAll();
    QList<HistoryCommit> commits;
    bool inCommit = false;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        qsizetype end = stream.indexOf('\n', pos);
        if (end < 0)
            end = stream.size();
        const QByteArrayView line(stream.constData() + pos, end - pos);
        pos = end + 1;
        if (line.startsWith("commit ")) {
            inCommit = true;
            commits.append(HistoryCommit{});
        } else if (line.startsWith("tag ") || line.startsWith("reset ")) {
            inCommit = false;
        } else if (line.startsWith("data ")) {
            bool ok = false;
            const qsizetype size = line.sliced(5).toLongLong(&ok);
            if (!ok || size < 0 || end + 1 + size > stream.size()) {
                qWarning() << "malformed data block in" << path << "at byte" << end;
                return {};
            }
            if (inCommit)
                commits.last().message = QString::fromUtf8(stream.constData() + end + 1, size);
            pos = end + 1 + size;
        } else if (inCommit && line.startsWith("original-oid ")) {
            commits.last().originalId = QString::fromLatin1(line.sliced(13));
        } else if (inCommit && (line.startsWith("from ") || line.startsWith("merge "))) {
            ++commits.last().parentCount;
        }
    }
    return commits;
}

} // namespace rd::test
