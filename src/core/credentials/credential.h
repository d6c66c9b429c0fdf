// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd {

// Where credentials are wanted, in the terms of git's credential protocol: "https",
// "127.0.0.1:8080", and the user name when the URL names one.
struct CredentialRequest
{
    QString protocol; // https, http, ssh
    QString host;     // host[:port]
    QString path;     // without the leading '/'; sent to helpers only with credential.useHttpPath
    QString username;

    // Parses a remote URL (https://user@host:port/path, ssh://..., user@host:path).
    static CredentialRequest fromUrl(const QString &url);
    // "https://host:port", the key a keychain entry is stored under.
    QString origin() const { return protocol + QStringLiteral("://") + host; }
    bool isSsh() const { return protocol == u"ssh"; }
};

// A user name with a password or access token, and who provided it.
struct Credential
{
    QString username;
    QString secret;
    QString provider; // "keychain", "credential helper", "prompt"
};

} // namespace rd
