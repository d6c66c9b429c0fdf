// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace rd::cli {

// What every command gets: its arguments, the output streams and the common options.
class Context
{
public:
    Context(QString command, QStringList arguments);

    const QString &command() const { return m_command; }

    // Adds --repo, --json and --help to a command's parser, parses, and handles --help and
    // errors (including positional arguments unless `positionalAllowed`). Returns false when
    // the command should stop with exitCode().
    bool parse(QCommandLineParser &parser,
               const QString &description,
               bool positionalAllowed = false);
    int exitCode() const { return m_exitCode; }
    void setExitCode(int code) { m_exitCode = code; }

    bool json() const { return m_json; }
    // The --repo option (default: the current folder).
    const QString &repositoryPath() const { return m_repositoryPath; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints an error to stderr (and, with --json, a {"error": ...} document on stdout), and
    // returns the exit status to use.
    int fail(const Error &error, int exitCode);
    int usageError(const QString &message);
    void printJson(const QJsonObject &object);
    void warn(const QString &message);

private:
    QString m_command;
    QStringList m_arguments;
    QString m_repositoryPath;
    bool m_json = false;
    int m_exitCode = 0;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace rd::cli
