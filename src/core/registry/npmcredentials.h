// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace rd {

// The token npm itself would read from its configuration for `registry`: the `_authToken` of
// that registry in the project's .npmrc, else in the user's ~/.npmrc. Lines look like
// "//host:port/path/:_authToken=TOKEN" and may use ${ENV} for the token. The token and where
// it came from (".npmrc", "~/.npmrc"), or empty when there is none. NPM_TOKEN and the system
// keychain come before these files (publish/registrytoken.h).
struct NpmCredential
{
    QString token;
    QString source;
};

class NpmCredentials
{
public:
    static NpmCredential findInNpmrc(const QUrl &registry, const QString &projectRoot);
    // Only the .npmrc text: the token of `registry` in it, or empty.
    static QString tokenInNpmrc(const QByteArray &npmrc, const QUrl &registry);
};

} // namespace rd
