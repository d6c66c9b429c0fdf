// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include "forge/forgeconnection.h"
#include "project/project.h"

#include <QCommandLineParser>

namespace rd::cli {

// What the forge commands share: the --remote option, the project and the connection to its
// forge, with the client's notices (rate-limit waits, retries) on stderr.
class ForgeAccess
{
public:
    explicit ForgeAccess(Context &context);
    void addOptions(QCommandLineParser &parser);
    // --ref, --sha and --tag: which runs a command is about.
    void addRunOptions(QCommandLineParser &parser);
    // False (with the usage error shown) when more than one of them is given.
    bool checkRunOptions(const QCommandLineParser &parser);
    // The runs the options name (HEAD's commit without any), after open(); `what` says it in
    // words ("tag v1.4.0"). nullopt with context.exitCode() set on a wrong combination.
    std::optional<RunFilter> runFilter(const QCommandLineParser &parser, int limit, QString &what);
    // Opens the project and connects; on failure returns false with context.exitCode() set.
    bool open(const QCommandLineParser &parser);

    Project &project() { return *m_project; }
    ForgeConnection &connection() { return **m_connection; }
    Forge &forge() { return connection().forge(); }

private:
    Context &m_context;
    QCommandLineOption m_remote;
    QCommandLineOption m_ref;
    QCommandLineOption m_sha;
    QCommandLineOption m_tag;
    std::optional<Project> m_project;
    std::optional<std::unique_ptr<ForgeConnection>> m_connection;
};

} // namespace rd::cli
