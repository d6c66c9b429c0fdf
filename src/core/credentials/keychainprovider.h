// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"

#include <QCoreApplication>

namespace rd {

// Tokens kept in the system keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through qtkeychain, one entry per server origin ("https://host:port").
// qtkeychain works asynchronously; these calls wait for it in a local event loop, so they are
// meant for worker threads (or tests), with a timeout so a keychain that never answers cannot
// hang a release.
class KeychainProvider : public CredentialProvider
{
public:
    // `service` groups ReleaseDesk's entries in the keychain.
    explicit KeychainProvider(QString service = QStringLiteral("ReleaseDesk"),
                              int timeoutMs = 15000);

    QString name() const override
    {
        return QCoreApplication::translate("rd::credentials", "the system keychain");
    }
    Result<std::optional<Credential>> fill(const CredentialRequest &request) override;

    // Saves a user name and token for a server origin (e.g. from the settings page).
    Status store(const QString &origin, const QString &username, const QString &token);
    // Removes the entry; no error when there was none.
    Status erase(const QString &origin);

private:
    QString m_service;
    int m_timeoutMs;
};

namespace errc {
inline constexpr QStringView keychain = u"credentials.keychain";
}

} // namespace rd
