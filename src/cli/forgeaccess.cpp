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
    , m_ref(QStringLiteral("ref"), QStringLiteral("The runs of branch R."), QStringLiteral("R"))
    , m_sha(QStringLiteral("sha"),
            QStringLiteral("The runs of commit S (a revision: an id, HEAD~1, a tag...)."),
            QStringLiteral("S"))
    , m_tag(QStringLiteral("tag"), QStringLiteral("The runs of tag T."), QStringLiteral("T"))
{}

void ForgeAccess::addRunOptions(QCommandLineParser &parser)
{
    parser.addOption(m_ref);
    parser.addOption(m_sha);
    parser.addOption(m_tag);
}

std::optional<RunFilter> ForgeAccess::runFilter(const QCommandLineParser &parser,
                                                int limit,
                                                QString &what)
{
    if (parser.isSet(m_ref)) {
        what = QStringLiteral("branch ") + parser.value(m_ref);
        return RunFilter{RunFilter::Kind::Branch, parser.value(m_ref), limit};
    }
    if (parser.isSet(m_tag)) {
        what = QStringLiteral("tag ") + parser.value(m_tag);
        return RunFilter{RunFilter::Kind::Tag, parser.value(m_tag), limit};
    }
    const QString revision = parser.isSet(m_sha) ? parser.value(m_sha) : QStringLiteral("HEAD");
    auto id = m_project->repository().resolveCommit(revision);
    // An id the local clone does not have is still a fine question for the forge.
    const QString commit = id ? id->toString() : revision;
    if (!id && !parser.isSet(m_sha)) {
        m_context.setExitCode(m_context.fail(id.error(), Failure));
        return std::nullopt;
    }
    what = QStringLiteral("commit ") + commit.left(12);
    return RunFilter{RunFilter::Kind::Commit, commit, limit};
}

bool ForgeAccess::checkRunOptions(const QCommandLineParser &parser)
{
    const int chosen = int(parser.isSet(m_ref)) + int(parser.isSet(m_sha))
                       + int(parser.isSet(m_tag));
    if (chosen <= 1)
        return true;
    m_context.setExitCode(
            m_context.usageError(QStringLiteral("give only one of --ref, --sha and --tag")));
    return false;
}

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
