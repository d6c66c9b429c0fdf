// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace rd::test {

QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(RELEASEDESK_FIXTURES_DIR)).filePath(relative);
}

bool loadHistory(const QString &name, const QString &targetDir)
{
    const QString stream = fixturePath(QStringLiteral("histories/%1.fi").arg(name));
    if (!QFile::exists(stream)) {
        qWarning("fixture history missing: %s", qPrintable(stream));
        return false;
    }
    QProcess init;
    init.start(QStringLiteral("git"),
               {QStringLiteral("init"),
                QStringLiteral("-q"),
                QStringLiteral("--bare"),
                QStringLiteral("-b"),
                QStringLiteral("main"),
                targetDir});
    if (!init.waitForFinished(60000) || init.exitCode() != 0) {
        qWarning("git init failed: %s", init.readAllStandardError().constData());
        return false;
    }
    QProcess import;
    import.setStandardInputFile(stream);
    import.start(QStringLiteral("git"),
                 {QStringLiteral("-C"),
                  targetDir,
                  QStringLiteral("fast-import"),
                  QStringLiteral("--quiet")});
    if (!import.waitForFinished(300000) || import.exitCode() != 0) {
        qWarning("git fast-import failed: %s", import.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool makeDemoRepository(const QString &targetDir)
{
    QProcess make;
    make.start(QStringLiteral("bash"),
               {QStringLiteral(RELEASEDESK_SOURCE_DIR "/scripts/make-demo-repo"), targetDir});
    if (!make.waitForFinished(60000) || make.exitStatus() != QProcess::NormalExit
        || make.exitCode() != 0) {
        qWarning("scripts/make-demo-repo failed: %s", make.readAllStandardError().constData());
        return false;
    }
    return true;
}

QStringList gitLines(const QString &repo, const QStringList &arguments)
{
    QProcess git;
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repo} + arguments);
    if (!git.waitForFinished(120000) || git.exitCode() != 0)
        qWarning("git %s failed: %s",
                 qPrintable(arguments.join(u' ')),
                 git.readAllStandardError().constData());
    return QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace rd::test
