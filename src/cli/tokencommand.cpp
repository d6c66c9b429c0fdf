// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "terminalprompt.h"

#include "credentials/keychainprovider.h"
#include "publish/registrytoken.h"

#include <QCoreApplication>

namespace rd::cli {

namespace {

int setToken(Context &context,
             KeychainProvider &keychain,
             const QString &origin,
             const QString &user)
{
    // The token only ever comes from stdin, never from the command line (which `ps` and the
    // shell's history show), and is never printed.
    const std::optional<QString> line = TerminalPrompt::readSecret(
            QCoreApplication::translate("rd::cli", "Token for %1 (not shown): ").arg(origin));
    const QString token = line.value_or(QString()).trimmed();
    if (token.isEmpty())
        return context
                .fail(Error{QStringLiteral("token.empty"),
                            QCoreApplication::translate(
                                    "rd::cli",
                                    "No token was given on stdin; nothing was stored. Type it "
                                    "when asked, or pipe it in: printf '%s\\n' \"$TOKEN\" | "
                                    "releasedesk-cli token set %1")
                                    .arg(origin),
                            origin},
                      Failure);
    if (Status stored = keychain.store(origin, user, token); !stored)
        return context.fail(stored.error(), Failure);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("origin"), origin},
                                      {QStringLiteral("stored"), true},
                                      {QStringLiteral("username"), user}});
    } else {
        context.out() << (user.isEmpty()
                                  ? QCoreApplication::translate(
                                            "rd::cli",
                                            "Stored the token for %1 in the system keychain.")
                                            .arg(origin)
                                  : QCoreApplication::translate(
                                            "rd::cli",
                                            "Stored the token of %1 for %2 in the system keychain.")
                                            .arg(user, origin))
                      << Qt::endl;
    }
    return Success;
}

int forgetToken(Context &context, KeychainProvider &keychain, const QString &origin)
{
    auto held = keychain.fill(CredentialRequest::fromUrl(origin));
    if (!held)
        return context.fail(held.error(), Failure);
    if (Status erased = keychain.erase(origin); !erased)
        return context.fail(erased.error(), Failure);
    const bool removed = held->has_value();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("origin"), origin},
                                      {QStringLiteral("removed"), removed}});
    } else {
        context.out() << (removed ? QCoreApplication::translate(
                                  "rd::cli", "Removed the token for %1 from the system keychain.")
                                  : QCoreApplication::translate(
                                          "rd::cli",
                                          "The system keychain had no token for %1; nothing to "
                                          "remove."))
                                 .arg(origin)
                      << Qt::endl;
    }
    return Success;
}

int checkToken(Context &context, KeychainProvider &keychain, const QString &origin)
{
    auto held = keychain.fill(CredentialRequest::fromUrl(origin));
    if (!held)
        return context.fail(held.error(), Failure);
    const bool stored = held->has_value();
    if (context.json()) {
        QJsonObject json{{QStringLiteral("origin"), origin}, {QStringLiteral("stored"), stored}};
        if (stored)
            json.insert(QStringLiteral("username"), (*held)->username);
        context.printJson(json);
    } else if (stored) {
        context.out()
                << QCoreApplication::translate("rd::cli",
                                               "The system keychain has a token for %1 (user %2).")
                           .arg(origin, (*held)->username)
                << Qt::endl;
    } else {
        context.out() << QCoreApplication::translate(
                                 "rd::cli",
                                 "The system keychain has no token for %1. Store one with: "
                                 "releasedesk-cli token set %1")
                                 .arg(origin)
                      << Qt::endl;
    }
    return stored ? Success : Failure;
}

} // namespace

int runToken(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption username(
            QStringLiteral("username"),
            QCoreApplication::translate(
                    "rd::cli",
                    "With set: the user name stored with the token (an OCI registry needs one; npm "
                    "and PyPI tokens do not)."),
            QStringLiteral("name"));
    parser.addOption(username);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("rd::cli", "set, forget or check"));
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QCoreApplication::translate("rd::cli",
                                                             "The registry's or forge's address: "
                                                             "https://host[:port][/path]."));
    if (!context.parse(
                parser,
                QCoreApplication::translate(
                        "rd::cli",
                        "Keeps the tokens of registries and forges in the system keychain, "
                        "where publishing and the forge look first. set reads the token from "
                        "stdin (one line, not echoed) and stores it for the address's origin; "
                        "forget removes it; check says whether there is one and for which user "
                        "(exit status 1 when there is none). The token is never printed."),
                true))
        return context.exitCode();
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return context.usageError(QCoreApplication::translate(
                "rd::cli", "give an action (set, forget or check) and the registry's address"));
    const QString action = arguments.first();
    if (action != u"set" && action != u"forget" && action != u"check")
        return context.usageError(
                QCoreApplication::translate("rd::cli",
                                            "unknown action \"%1\": use set, forget or check")
                        .arg(action));
    if (parser.isSet(username) && action != u"set")
        return context.usageError(
                QCoreApplication::translate("rd::cli", "--username only goes with set"));
    auto origin = RegistryToken::originOf(arguments.at(1));
    if (!origin)
        return context.fail(origin.error(), Usage);

    KeychainProvider keychain;
    if (action == u"set")
        return setToken(context, keychain, *origin, parser.value(username).trimmed());
    if (action == u"forget")
        return forgetToken(context, keychain, *origin);
    return checkToken(context, keychain, *origin);
}

namespace {
const CommandRegistration registration{
        {"token", "Store, check or forget a registry token in the system keychain", runToken, 95}};
} // namespace

} // namespace rd::cli
