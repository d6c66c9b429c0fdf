// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialprompt.h"

#include <QCoreApplication>

namespace rd {

Result<std::optional<Credential>> PromptCredentialProvider::fill(const CredentialRequest &request)
{
    if (!m_prompt)
        return fail(errc::invalidArgument,
                    QCoreApplication::translate(
                            "rd::credentials",
                            "nobody can be asked for a password here (non-interactive)"));
    QString reason;
    std::optional<Credential> answer = m_prompt->ask(request, &reason);
    if (!answer && !reason.isEmpty())
        return fail(errc::invalidArgument, reason);
    if (answer)
        answer->provider = QStringLiteral("prompt");
    return answer;
}

} // namespace rd
