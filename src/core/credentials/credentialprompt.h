// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"

#include <QCoreApplication>

namespace rd {

// Asks the person at the keyboard: the GUI shows a dialog, the CLI prompts on its terminal.
// Implementations block the calling (worker) thread until the answer is in.
class CredentialPrompt
{
public:
    virtual ~CredentialPrompt() = default;
    // nullopt: the user declined, or nobody can be asked (`reason` then says why, e.g. "running
    // non-interactively (--yes)").
    virtual std::optional<Credential> ask(const CredentialRequest &request, QString *reason) = 0;
};

// The last link of the chain: asks through a CredentialPrompt (none: fails with a clear reason).
class PromptCredentialProvider : public CredentialProvider
{
public:
    explicit PromptCredentialProvider(CredentialPrompt *prompt)
        : m_prompt(prompt)
    {}
    QString name() const override
    {
        return QCoreApplication::translate("rd::credentials", "asking you");
    }
    Result<std::optional<Credential>> fill(const CredentialRequest &request) override;

private:
    CredentialPrompt *m_prompt;
};

} // namespace rd
