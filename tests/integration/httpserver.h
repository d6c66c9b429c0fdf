// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/fileio.h"

#include <QDir>
#include <QUuid>

namespace rd::test {

// The git smart-HTTP server git-http-server.sh started for this test run (its state folder is
// in RELEASEDESK_TEST_HTTP).
struct HttpServer
{
    QString state;
    QString url; // http://127.0.0.1:PORT/git
    QString user;
    QString password;

    bool load()
    {
        state = qEnvironmentVariable("RELEASEDESK_TEST_HTTP");
        auto u = readFile(QDir(state).filePath(QStringLiteral("url")));
        auto n = readFile(QDir(state).filePath(QStringLiteral("user")));
        auto p = readFile(QDir(state).filePath(QStringLiteral("password")));
        if (!u || !n || !p)
            return false;
        url = QString::fromUtf8(*u);
        user = QString::fromUtf8(*n);
        password = QString::fromUtf8(*p);
        return true;
    }

    // A fresh repository name on the server: its URL and its folder.
    QPair<QString, QString> newRepository() const
    {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces)
                             + QStringLiteral(".git");
        return {url + u'/' + name, QDir(state).filePath(QStringLiteral("repos/") + name)};
    }
};

} // namespace rd::test
