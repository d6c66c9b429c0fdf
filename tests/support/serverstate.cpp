// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstate.h"

#include <QFile>
#include <QProcess>

namespace rd::test {

QString serverStateFile(const char *variable, const QString &name)
{
    const QString folder = qEnvironmentVariable(variable);
    if (folder.isEmpty())
        return {};
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString npmView(const QString &home,
                const QString &url,
                const QString &npmrc,
                const QString &spec,
                const QString &field)
{
    QProcess npm;
    npm.setWorkingDirectory(home);
    npm.start(QStringLiteral("npm"),
              {QStringLiteral("view"),
               spec,
               field,
               QStringLiteral("--registry"),
               url + u'/',
               QStringLiteral("--userconfig"),
               npmrc,
               QStringLiteral("--loglevel=error")});
    if (!npm.waitForFinished(120000)) {
        npm.kill();
        npm.waitForFinished();
        return {};
    }
    return QString::fromUtf8(npm.readAllStandardOutput()).trimmed();
}

} // namespace rd::test
