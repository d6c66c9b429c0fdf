// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightcheck.h"

#include "git/repository.h"
#include "release/remoteaccess.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

QString CheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

Result<QList<git::RemoteHead>> PreflightContext::remoteHeads(Progress *progress)
{
    if (!m_remoteHeads) {
        if (!remotes || remote.isEmpty())
            m_remoteHeads = Result<QList<git::RemoteHead>>(
                    fail(errc::invalidArgument,
                         QCoreApplication::translate("rd::release",
                                                     "No remote to check against.")));
        else
            m_remoteHeads = remotes->list(repository,
                                          remote,
                                          git::Remote::Direction::Push,
                                          progress);
    }
    return *m_remoteHeads;
}

Result<ProjectConfig> PreflightContext::projectConfig()
{
    if (!m_projectConfig)
        m_projectConfig = ProjectConfig::load(QDir::cleanPath(repository.workdir()));
    return *m_projectConfig;
}

CheckResult PreflightCheck::result(CheckResult::Status status, QString message) const
{
    CheckResult r;
    r.id = id();
    r.title = title();
    r.status = status;
    r.message = std::move(message);
    return r;
}

} // namespace rd
