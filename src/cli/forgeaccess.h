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
    // Opens the project and connects; on failure returns false with context.exitCode() set.
    bool open(const QCommandLineParser &parser);

    Project &project() { return *m_project; }
    ForgeConnection &connection() { return **m_connection; }
    Forge &forge() { return connection().forge(); }

private:
    Context &m_context;
    QCommandLineOption m_remote;
    std::optional<Project> m_project;
    std::optional<std::unique_ptr<ForgeConnection>> m_connection;
};

} // namespace rd::cli
