// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalprompt.h"

#include <QScopeGuard>

#include <cerrno>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace rd::cli {

namespace {

void show(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

bool TerminalPrompt::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool TerminalPrompt::confirm(const QString &question)
{
    show(question + QStringLiteral(" [y/N] "));
    const std::optional<QString> answer = readLine(true);
    if (!answer) {
        show(QStringLiteral("\n"));
        return false;
    }
    return answer->trimmed().startsWith(u'y', Qt::CaseInsensitive);
}

std::optional<QString> TerminalPrompt::readSecret(const QString &question)
{
    const bool interactive = isInteractive();
    if (interactive)
        show(question);
    std::optional<QString> line = readLine(false);
    if (interactive)
        show(QStringLiteral("\n")); // the newline typed was not echoed
    return line;
}

std::optional<Credential> TerminalPrompt::ask(const CredentialRequest &request, QString *reason)
{
    if (!isInteractive()) {
        if (reason)
            *reason = QStringLiteral("stdin is not a terminal, so nobody can be asked");
        return std::nullopt;
    }
    show(QStringLiteral("%1 wants a user name and password (or access token).\n")
                 .arg(request.origin()));
    Credential credential;
    credential.username = request.username;
    if (credential.username.isEmpty()) {
        show(QStringLiteral("User name: "));
        const std::optional<QString> user = readLine(true);
        if (!user || user->trimmed().isEmpty()) {
            if (reason)
                *reason = QStringLiteral("no user name was given");
            return std::nullopt;
        }
        credential.username = user->trimmed();
    }
    show(QStringLiteral("Password for %1: ").arg(credential.username));
    const std::optional<QString> secret = readLine(false);
    show(QStringLiteral("\n")); // the newline typed was not echoed
    if (!secret || secret->isEmpty()) {
        if (reason)
            *reason = QStringLiteral("no password was given");
        return std::nullopt;
    }
    credential.secret = *secret;
    return credential;
}

std::optional<QString> TerminalPrompt::readLine(bool echo)
{
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // Echo comes back whatever happens, a Ctrl+C included.
    const auto restore = qScopeGuard([&] {
        if (terminal && !echo)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    });
    // Byte by byte from the descriptor: nothing is buffered past the newline, so a later
    // question reads its own answer.
    QByteArray line;
    for (;;) {
        char byte = 0;
        const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
        if (got < 0 && errno == EINTR)
            return std::nullopt; // Ctrl+C: the signal handler decides what happens next
        if (got <= 0)
            return line.isEmpty() ? std::nullopt : std::optional(QString::fromLocal8Bit(line));
        if (byte == '\n')
            break;
        line.append(byte);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
}

} // namespace rd::cli
