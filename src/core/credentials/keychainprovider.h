// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"

#include <QCoreApplication>

namespace rd {

// Tokens kept in the system keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through qtkeychain, one entry per server origin ("https://host:port").
// qtkeychain works asynchronously; every job runs on one thread kept for the keychain (with an
// event loop of its own for what jobs leave behind), and these calls wait for it, from any
// thread, with a timeout so a keychain that never answers cannot hang a release.
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

    // Stops the keychain's thread (the application object's destructor does it too). Its
    // connection to the session bus then no longer reacts to the bus going away: a test that
    // stops its private bus calls this first. Later calls give "did not answer".
    static void shutdown();

private:
    QString m_service;
    int m_timeoutMs;
};

namespace errc {
inline constexpr QStringView keychain = u"credentials.keychain";
}

} // namespace rd
