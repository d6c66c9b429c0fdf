// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgeaccess.h"

#include "exitcode.h"

namespace rd::cli {

ForgeAccess::ForgeAccess(Context &context)
    : m_context(context)
    , m_remote(QStringLiteral("remote"),
               QStringLiteral("The remote whose URL names the forge when .releasedesk.yml has "
                              "no forge: section (default: origin)."),
               QStringLiteral("name"),
               QStringLiteral("origin"))
{}

void ForgeAccess::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_remote);
}

bool ForgeAccess::open(const QCommandLineParser &parser)
{
    auto project = Project::open(m_context.repositoryPath());
    if (!project) {
        m_context.setExitCode(m_context.fail(project.error(), Failure));
        return false;
    }
    m_project.emplace(std::move(*project));
    ForgeConnection::Options options;
    options.remote = parser.value(m_remote);
    options.http.notice = [this](const QString &text) { m_context.warn(text); };
    auto connection = ForgeConnection::open(m_project->repository(),
                                            m_project->settings().config,
                                            std::move(options));
    if (!connection) {
        m_context.setExitCode(m_context.fail(connection.error(), Failure));
        return false;
    }
    m_connection.emplace(std::move(*connection));
    // Without a token public projects still work; say why there is none in case it matters.
    if ((*m_connection)->tokenSource().isEmpty() && !(*m_connection)->notes().isEmpty())
        m_context.warn(QStringLiteral("no token for %1 (%2); going on without one")
                               .arg((*m_connection)->location().host(),
                                    (*m_connection)->notes().join(QStringLiteral("; "))));
    return true;
}

} // namespace rd::cli
