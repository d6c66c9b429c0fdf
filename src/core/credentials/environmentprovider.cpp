// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentprovider.h"

#include <QCoreApplication>

namespace rd {

EnvironmentProvider::EnvironmentProvider(QStringList variables,
                                         QString usernameVariable,
                                         QProcessEnvironment environment)
    : m_variables(std::move(variables))
    , m_usernameVariable(std::move(usernameVariable))
    , m_environment(std::move(environment))
{}

QString EnvironmentProvider::name() const
{
    return m_variables.join(QCoreApplication::translate("rd::credentials", " or "));
}

Result<std::optional<Credential>> EnvironmentProvider::fill(const CredentialRequest &)
{
    for (const QString &variable : m_variables) {
        const QString value = m_environment.value(variable).trimmed();
        if (value.isEmpty())
            continue;
        const QString username = m_usernameVariable.isEmpty()
                                         ? QString()
                                         : m_environment.value(m_usernameVariable).trimmed();
        return std::optional<Credential>(Credential{username, value, variable});
    }
    return std::optional<Credential>();
}

} // namespace rd
