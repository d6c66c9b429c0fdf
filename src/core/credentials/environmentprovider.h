// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace rd {

// A token (or password) from environment variables, the first one set winning, and optionally
// the user name from another variable: GITHUB_TOKEN, NPM_TOKEN, RELEASEDESK_OCI_PASSWORD with
// RELEASEDESK_OCI_USERNAME... The credential's provider is the variable that gave the secret.
class EnvironmentProvider : public CredentialProvider
{
public:
    explicit EnvironmentProvider(
            QStringList variables,
            QString usernameVariable = {},
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // "NPM_TOKEN", "TWINE_PASSWORD or PYPI_TOKEN".
    QString name() const override;
    Result<std::optional<Credential>> fill(const CredentialRequest &request) override;
    const QStringList &variables() const { return m_variables; }

private:
    QStringList m_variables;
    QString m_usernameVariable;
    QProcessEnvironment m_environment;
};

} // namespace rd
