// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasesettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

Result<ReleaseSettings> ReleaseSettings::fromConfig(const ProjectConfig &config)
{
    ReleaseSettings settings;
    const ConfigValue section = config[QStringLiteral("release")];
    if (!section.isDefined())
        return settings;
    if (!section.isMap())
        return fail(section.error(
                QCoreApplication::translate("rd::release",
                                            "expected a mapping (branches, remote, push, "
                                            "commit-message)")));
    auto branches = section[QStringLiteral("branches")].toStringList(settings.branches);
    if (!branches)
        return std::unexpected(branches.error());
    settings.branches = *branches;
    auto remote = section[QStringLiteral("remote")].toString(settings.remote);
    if (!remote)
        return std::unexpected(remote.error());
    settings.remote = *remote;
    auto push = section[QStringLiteral("push")].toBool(settings.push);
    if (!push)
        return std::unexpected(push.error());
    settings.push = *push;
    const ConfigValue message = section[QStringLiteral("commit-message")];
    auto text = message.toString(settings.commitMessage);
    if (!text)
        return std::unexpected(text.error());
    if (text->trimmed().isEmpty())
        return fail(
                message.error(QCoreApplication::translate("rd::release",
                                                          "the commit message must not be empty")));
    settings.commitMessage = *text;
    const QList<Error> unknown = section.unknownKeys({QStringLiteral("branches"),
                                                      QStringLiteral("remote"),
                                                      QStringLiteral("push"),
                                                      QStringLiteral("commit-message")});
    if (!unknown.isEmpty())
        return fail(unknown.first());
    return settings;
}

bool ReleaseSettings::isReleaseBranch(const QString &branch) const
{
    for (const QString &pattern : branches) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        if (re.match(branch).hasMatch())
            return true;
    }
    return false;
}

QString ReleaseSettings::formatCommitMessage(const QString &version, const QString &tag) const
{
    QString text = commitMessage;
    text.replace(QLatin1String("{version}"), version);
    text.replace(QLatin1String("{tag}"), tag);
    return text;
}

} // namespace rd
