// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"
#include "util/error.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace rd {

// The credential a publish step sends to a registry, found in turn in
//  - the system keychain, under the registry's origin ("https://host:port", the entry
//    `releasedesk-cli token set URL` stores; the same entries the forge and git pushes use),
//  - the environment: NPM_TOKEN; TWINE_PASSWORD, then PYPI_TOKEN; RELEASEDESK_OCI_PASSWORD
//    with RELEASEDESK_OCI_USERNAME,
//  - for npm, the registry's _authToken in the project's .npmrc, then ~/.npmrc.
// A keychain that fails or does not answer (bounded by a timeout) is a note, not an error.
struct RegistryToken
{
    enum class Kind { Npm, PyPI, Oci };

    QString username; // from the keychain entry or RELEASEDESK_OCI_USERNAME; may be empty
    QString secret;
    QString source;    // "the system keychain", "NPM_TOKEN", ".npmrc"...
    QStringList notes; // sources that failed, "name: message"
    bool fromKeychain = false;

    bool isEmpty() const { return secret.isEmpty(); }
    // " The system keychain: …" for a message, or empty when no source failed.
    QString notesText() const;

    // The standard sources for `kind` publishing to `registry` from `projectRoot`.
    static QList<std::shared_ptr<CredentialProvider>> standardSources(Kind kind,
                                                                      const QUrl &registry,
                                                                      const QString &projectRoot,
                                                                      int keychainTimeoutMs = 5000);
    // The same without the keychain, in their order (what comes after it).
    static QList<std::shared_ptr<CredentialProvider>> fallbackSources(
            Kind kind,
            const QUrl &registry,
            const QString &projectRoot,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static RegistryToken find(const QUrl &registry,
                              const QList<std::shared_ptr<CredentialProvider>> &sources);
    static RegistryToken find(Kind kind, const QUrl &registry, const QString &projectRoot);

    // What the keychain is asked for: the registry's origin (a default port left out).
    static CredentialRequest requestFor(const QUrl &registry);
    // A registry or forge address as the user typed it (https://host[:port][/path]): the
    // keychain origin it stands for, or an error saying what is wrong with it.
    static Result<QString> originOf(const QString &address);
    // The command that stores a token for `registry`: "releasedesk-cli token set https://…".
    static QString storeCommand(const QUrl &registry);
};

namespace errc {
inline constexpr QStringView publishTokenAddress = u"publish.token-address";
} // namespace errc

} // namespace rd
