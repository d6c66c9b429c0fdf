// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprompt.h"

#include <optional>

namespace rd::cli {

// Asks the person at the terminal on stdin (questions on stderr, so stdout stays clean for
// --json): a yes/no before a release, and a user name and password (typed without echo) when
// a remote wants them and nothing else in the credential chain had them.
class TerminalPrompt : public CredentialPrompt
{
public:
    // True when stdin is a terminal, i.e. someone can answer.
    static bool isInteractive();
    // "question [y/N] ": true only for an answer starting with y; false for anything else, an
    // end of input or a Ctrl+C.
    static bool confirm(const QString &question);

    // One line from stdin read without echo (a token): `question` is shown on stderr first when
    // stdin is a terminal, nothing when the line is piped in. nullopt at the end of input.
    static std::optional<QString> readSecret(const QString &question);

    std::optional<Credential> ask(const CredentialRequest &request, QString *reason) override;

private:
    // One line from stdin without its newline; nullopt at the end of input or when a signal
    // interrupted the read. Echo is off while reading when `echo` is false.
    static std::optional<QString> readLine(bool echo);
};

} // namespace rd::cli
