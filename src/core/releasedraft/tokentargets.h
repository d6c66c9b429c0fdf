// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "util/error.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rd {

class Project;

// A server ReleaseDesk sends a token to for a project: its forge (pipelines, forge releases)
// and each registry a release publishes to, with the keychain entry ("https://host:port") its
// token is kept under, the one `releasedesk-cli token set` writes.
struct TokenTarget
{
    enum class Kind { Forge, Npm, PyPI, Oci };

    Kind kind = Kind::Forge;
    QString what;      // "GitHub acme/widgets", "npm @team/app", "PyPI upload for team-app"
    QUrl address;      // where the requests go: the forge's API, the registry, PyPI's upload URL
    QString origin;    // the keychain entry's key
    QString comesFrom; // where the target was found: ".releasedesk.yml:14", "remote origin"
    std::optional<ForgeLocation> forge; // Kind::Forge

    // An OCI registry login is a user name with a password or token; the others are tokens.
    bool wantsUsername() const { return kind == Kind::Oci; }
};

// The targets of `project`: the forge that `remote` (or forge: in .releasedesk.yml) names, then
// the registries: entries that publish, in the file's order, each origin once. `problems`
// says what could not be listed (a .releasedesk.yml that does not load, a remote that names no
// forge), so a front end can say why a target is missing.
struct TokenTargets
{
    QList<TokenTarget> targets;
    QStringList problems;

    static TokenTargets of(const Project &project,
                           const QString &remote = QStringLiteral("origin"));
    // A target for an address the user typed (https://host[:port][/path]), looked up like a
    // registry's: the keychain, then nothing else.
    static Result<TokenTarget> forAddress(const QString &address);
};

// Where the token for a target comes from now, found as a release or the forge finds it.
struct TokenState
{
    QString source;   // "the system keychain", "NPM_TOKEN", ".npmrc"; empty: none
    QString username; // the keychain entry's user, when it has one
    bool fromKeychain = false;
    QStringList notes; // sources that failed ("the system keychain: did not answer")

    bool hasToken() const { return !source.isEmpty(); }
    // Looks in the keychain (bounded by `keychainTimeoutMs`), the environment and the files a
    // release reads. Blocks: call it off the GUI thread.
    static TokenState of(const TokenTarget &target,
                         const Project &project,
                         int keychainTimeoutMs = 5000);
};

} // namespace rd
