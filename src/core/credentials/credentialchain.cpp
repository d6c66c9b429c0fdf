// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialchain.h"

#include "credentials/credentialhelperprovider.h"
#include "credentials/credentialprompt.h"
#include "credentials/keychainprovider.h"

#include <QCoreApplication>

namespace rd {

CredentialChain CredentialChain::standard(const git::Repository &repository,
                                          const QString &url,
                                          CredentialPrompt *prompt)
{
    CredentialChain chain;
    chain.add(std::make_shared<KeychainProvider>());
    chain.add(std::make_shared<CredentialHelperProvider>(
            CredentialHelperProvider::fromConfig(repository, url)));
    chain.add(std::make_shared<PromptCredentialProvider>(prompt));
    return chain;
}

void CredentialChain::add(std::shared_ptr<CredentialProvider> provider)
{
    m_providers.append(std::move(provider));
}

CredentialChain::Session::Session(const CredentialChain &chain)
    : m_chain(chain)
{}

git::RemoteCallbacks CredentialChain::Session::callbacks(Progress *progress)
{
    git::RemoteCallbacks callbacks;
    callbacks.progress = progress;
    callbacks.credentials = [this](const git::CredentialQuery &query) { return answer(query); };
    callbacks.credentialsError = [this] { return failureReason(); };
    return callbacks;
}

std::optional<git::CredentialAnswer> CredentialChain::Session::answer(
        const git::CredentialQuery &query)
{
    m_request = CredentialRequest::fromUrl(query.url);
    if (!query.usernameFromUrl.isEmpty())
        m_request.username = query.usernameFromUrl;

    if (query.acceptsSshKey || (query.acceptsUsername && !query.acceptsUserPass)) {
        const QString user = m_request.username.isEmpty() ? QStringLiteral("git")
                                                          : m_request.username;
        if (query.acceptsUsername && !query.acceptsSshKey)
            return git::CredentialAnswer{git::CredentialAnswer::Kind::Username, user, {}};
        if (!m_sshAgentTried) {
            m_sshAgentTried = true;
            if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                m_reasons.append(QCoreApplication::translate(
                        "rd::credentials",
                        "no ssh-agent is running (SSH_AUTH_SOCK is not "
                        "set); start one and add your key with ssh-add"));
                return std::nullopt;
            }
            return git::CredentialAnswer{git::CredentialAnswer::Kind::SshAgent, user, {}};
        }
        m_reasons.append(
                QCoreApplication::translate("rd::credentials",
                                            "the server refused every key ssh-agent offered"));
        return std::nullopt;
    }
    if (!query.acceptsUserPass) {
        m_reasons.append(QCoreApplication::translate(
                "rd::credentials",
                "the server asked for a kind of credentials ReleaseDesk "
                "does not support"));
        return std::nullopt;
    }

    // Asked again: what we gave last time was refused.
    if (m_current && m_currentProvider) {
        m_reasons.append(
                QCoreApplication::translate("rd::credentials",
                                            "the user name and password from %1 were refused")
                        .arg(m_currentProvider->name()));
        m_currentProvider->reject(m_request, *m_current);
        m_current.reset();
        m_currentProvider.reset();
    }
    const auto &providers = m_chain.providers();
    while (m_next < providers.size()) {
        const std::shared_ptr<CredentialProvider> provider = providers.at(m_next++);
        auto filled = provider->fill(m_request);
        if (!filled) {
            m_reasons.append(provider->name() + u": " + filled.error().message);
            continue;
        }
        if (!*filled) {
            m_reasons.append(provider->name()
                             + QCoreApplication::translate("rd::credentials", " had nothing for ")
                             + m_request.origin());
            continue;
        }
        m_current = **filled;
        m_currentProvider = provider;
        return git::CredentialAnswer{git::CredentialAnswer::Kind::UserPass,
                                     m_current->username,
                                     m_current->secret};
    }
    return std::nullopt;
}

void CredentialChain::Session::finished(bool accepted)
{
    if (!m_current || !m_currentProvider)
        return;
    if (accepted)
        m_currentProvider->approve(m_request, *m_current);
    else
        m_currentProvider->reject(m_request, *m_current);
}

} // namespace rd
