// SPDX-License-Identifier: GPL-3.0-or-later
#include "npmcredentials.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace rd {

QString NpmCredentials::tokenInNpmrc(const QByteArray &npmrc, const QUrl &registry)
{
    // npm matches the registry's address without its scheme: "//host:port/path/".
    QString wanted = QStringLiteral("//") + registry.host();
    if (registry.port() != -1)
        wanted += u':' + QString::number(registry.port());
    QString path = registry.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    wanted += path;
    static const QRegularExpression env(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    for (const QByteArray &raw : npmrc.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        if (key != wanted + u":_authToken")
            continue;
        const QString value = line.mid(eq + 1).trimmed();
        QString token;
        qsizetype done = 0;
        for (auto it = env.globalMatch(value); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            token += value.mid(done, match.capturedStart() - done)
                     + qEnvironmentVariable(match.captured(1).toLatin1().constData());
            done = match.capturedEnd();
        }
        return token + value.mid(done);
    }
    return {};
}

NpmCredential NpmCredentials::findInNpmrc(const QUrl &registry, const QString &projectRoot)
{
    const QStringList files{QDir(projectRoot).filePath(QStringLiteral(".npmrc")),
                            QDir::home().filePath(QStringLiteral(".npmrc"))};
    for (const QString &path : files) {
        QFile file(path);
        if (projectRoot.isEmpty() && path == files.first())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (const QString token = tokenInNpmrc(file.readAll(), registry); !token.isEmpty())
            return {token,
                    path == files.first() ? QStringLiteral(".npmrc") : QStringLiteral("~/.npmrc")};
    }
    return {};
}

} // namespace rd
