// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credential.h"
#include "util/error.h"

#include <optional>

namespace rd {

// One source of credentials in a CredentialChain: the system keychain, git's credential
// helpers, asking the user. Called on the worker thread doing the network operation.
class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;

    // A short phrase for messages ("the system keychain").
    virtual QString name() const = 0;
    // Credentials for `request`; nullopt when this source has none. An error is a failure of
    // the source itself (keychain unreachable...), reported to the user but not fatal: the
    // chain moves on to the next source.
    virtual Result<std::optional<Credential>> fill(const CredentialRequest &request) = 0;
    // The server accepted / refused what fill() gave (git's "store" / "erase").
    virtual void approve(const CredentialRequest &, const Credential &) {}
    virtual void reject(const CredentialRequest &, const Credential &) {}
};

} // namespace rd
