// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"

#include "exitcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <cstdio>

namespace rd::cli {

Context::Context(QString command, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{}

bool Context::parse(QCommandLineParser &parser, const QString &description, bool positionalAllowed)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption repo(QStringLiteral("repo"),
                                  QStringLiteral("The repository (default: the current folder)."),
                                  QStringLiteral("path"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the result as JSON on stdout."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(repo);
    parser.addOption(json);
    parser.addOption(help);

    QStringList arguments = m_arguments;
    arguments.prepend(QStringLiteral("releasedesk-cli ") + m_command);
    if (!parser.parse(arguments)) {
        m_exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() starts with "Usage: <argv[0]>"; show the command as it is typed.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty())
            text.replace(text.indexOf(program),
                         program.size(),
                         QStringLiteral("releasedesk-cli ") + m_command);
        m_out << text;
        m_out.flush();
        m_exitCode = Success;
        return false;
    }
    if (!positionalAllowed && !parser.positionalArguments().isEmpty()) {
        m_exitCode = usageError(QStringLiteral("unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().first()));
        return false;
    }
    m_json = parser.isSet(json);
    m_repositoryPath = parser.isSet(repo) ? parser.value(repo) : QDir::currentPath();
    return true;
}

int Context::fail(const Error &error, int exitCode)
{
    m_err << "releasedesk-cli " << m_command << ": " << error.toString() << Qt::endl;
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), error.code},
                                           {QStringLiteral("message"), error.message},
                                           {QStringLiteral("source"), error.source}}}});
    }
    return exitCode;
}

int Context::usageError(const QString &message)
{
    m_err << "releasedesk-cli " << m_command << ": " << message << Qt::endl
          << "Run `releasedesk-cli " << m_command << " --help` for the options." << Qt::endl;
    return Usage;
}

void Context::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Context::warn(const QString &message)
{
    m_err << "warning: " << message << Qt::endl;
}

} // namespace rd::cli
