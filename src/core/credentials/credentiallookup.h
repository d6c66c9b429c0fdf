// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace rd {

// The first credential with a secret that `sources` give for one request, asked in turn: the
// forge's token and the registries' tokens are found this way (keychain, environment...).
struct CredentialLookup
{
    std::optional<Credential> credential;
    // The source that gave it (null: none did).
    std::shared_ptr<CredentialProvider> source;
    // What to call it in messages: the credential's own provider tag ("GITHUB_TOKEN",
    // ".npmrc"), else the source's name ("the system keychain").
    QString sourceText;
    QStringList notes; // sources that failed (keychain unreachable...), as "name: message"

    static CredentialLookup find(const CredentialRequest &request,
                                 const QList<std::shared_ptr<CredentialProvider>> &sources);
};

} // namespace rd
