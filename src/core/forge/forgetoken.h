// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/environmentprovider.h"
#include "forge/forgelocation.h"

#include <QStringList>

#include <memory>

namespace git {
class Repository;
}

namespace rd {

// A forge's token from the environment: GITHUB_TOKEN, then GH_TOKEN for GitHub; GITLAB_TOKEN
// for GitLab.
class EnvironmentTokenProvider : public EnvironmentProvider
{
public:
    EnvironmentTokenProvider(
            ForgeLocation::Type type,
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    static QStringList variablesFor(ForgeLocation::Type type);
};

// The token for a forge, found in turn in the system keychain, the environment and git's
// credential helpers for the forge's host. None is fine: public projects work without.
struct ForgeToken
{
    QString secret;
    QString source;    // "the system keychain", "GITHUB_TOKEN", "git's credential helper"
    QStringList notes; // sources that failed (keychain unreachable...), for a warning

    // The standard sources for `location`; `repository` gives git's helper configuration
    // (null: no helpers). `keychainTimeoutMs` bounds a keychain that never answers.
    static QList<std::shared_ptr<CredentialProvider>> standardSources(
            const ForgeLocation &location,
            const git::Repository *repository,
            int keychainTimeoutMs = 5000);
    static ForgeToken find(const ForgeLocation &location,
                           const QList<std::shared_ptr<CredentialProvider>> &sources);
    // What the keychain and helpers are asked for: the forge's web origin (github.com for
    // api.github.com).
    static CredentialRequest requestFor(const ForgeLocation &location);
};

} // namespace rd
