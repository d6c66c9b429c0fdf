// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/progress.h"

#include <QString>

#include <functional>
#include <optional>

namespace git {

// What a server asked for when it wanted to know who we are.
struct CredentialQuery
{
    QString url;             // the URL being contacted
    QString usernameFromUrl; // "git" in ssh://git@host/..., empty when the URL names none
    bool acceptsUserPass = false;
    bool acceptsSshKey = false;
    bool acceptsUsername = false; // ssh: the server first wants a user name alone
    int attempt = 0;              // 0 for the first question of an operation, then 1, 2...
};

// One answer to a CredentialQuery.
struct CredentialAnswer
{
    enum class Kind { UserPass, SshAgent, Username };
    Kind kind = Kind::UserPass;
    QString username;
    QString password; // UserPass only: a password or an access token
};

// What network operations report to and ask of their caller. All members may be empty.
struct RemoteCallbacks
{
    // Called each time the server refuses or asks for credentials. nullopt: nothing more to
    // offer; the operation then fails with git.auth and `credentialsError` (when set) as reason.
    std::function<std::optional<CredentialAnswer>(const CredentialQuery &)> credentials;
    // Why `credentials` had nothing more to offer (set by the callback; shown to the user).
    std::function<QString()> credentialsError;
    // Progress lines and percentages; cancel() stops the operation (rd::errc::cancelled).
    rd::Progress *progress = nullptr;
};

} // namespace git
