// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishplanner.h"

#include "publish/commandstep.h"
#include "publish/npmpublishstep.h"
#include "publish/shellcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rd {

namespace {

bool hasWildcard(const QString &text)
{
    return text.contains(u'*') || text.contains(u'?') || text.contains(u'[');
}

QString expand(const QString &text, const PublishRelease &release)
{
    QString expanded = expandPlaceholders(text, release.version.toString(), release.tag);
    expanded.replace(QLatin1String("{commit}"), release.commit);
    expanded.replace(QLatin1String("{short_commit}"), release.commit.left(7));
    return expanded;
}

Error noArtifact(const RegistryTarget &target, const QString &message)
{
    return Error{errc::publishNoArtifact.toString(),
                 QStringLiteral("%1: %2").arg(target.describe(), message),
                 target.origin};
}

} // namespace

Status PublishPlanner::build(const PublishSettings &settings,
                             const PublishRelease &release,
                             Progress *progress)
{
    for (const QString &command : settings.build) {
        const QString line = expand(command, release);
        if (auto ran = runShellCommand(line, release.root, progress); !ran)
            return ran;
    }
    return {};
}

QString PublishPlanner::outline(const PublishSettings &settings)
{
    if (settings.isEmpty())
        return {};
    QString text = QCoreApplication::translate("rd::publish",
                                               "Then publishes (the artifacts are read after the "
                                               "build):\n");
    for (const QString &command : settings.build)
        text += QCoreApplication::translate("rd::publish", "  build: %1\n").arg(command);
    for (const RegistryTarget &target : settings.targets) {
        QStringList what = target.publish;
        what.removeAll(QString());
        text += QStringLiteral("  %1: %2\n")
                        .arg(target.describe(),
                             what.isEmpty() ? QCoreApplication::translate("rd::publish",
                                                                          "a release without "
                                                                          "assets")
                                            : what.join(QStringLiteral(", ")));
    }
    for (const QString &command : settings.commands)
        text += QCoreApplication::translate("rd::publish", "  command: %1\n").arg(command);
    return text;
}

Result<QStringList> PublishPlanner::artifacts(const RegistryTarget &target,
                                              const PublishRelease &release)
{
    QStringList files;
    const QDir root(release.root);
    for (const QString &pattern : target.publish) {
        if (pattern.isEmpty())
            continue; // a forge release without assets
        const QString glob = QDir::cleanPath(expand(pattern, release));
        const QString folder = glob.contains(u'/') ? glob.section(u'/', 0, -2) : QString();
        const QString name = glob.section(u'/', -1);
        if (QDir::isAbsolutePath(glob) || glob.startsWith(QLatin1String("../")))
            return std::unexpected(noArtifact(
                    target,
                    QCoreApplication::translate("rd::publish",
                                                "“%1” is outside the project; write a path "
                                                "relative to its root")
                            .arg(pattern)));
        if (hasWildcard(folder))
            return std::unexpected(noArtifact(
                    target,
                    QCoreApplication::translate("rd::publish",
                                                "“%1” has a wildcard in a folder; only the file "
                                                "name may have one (dist/*.whl)")
                            .arg(pattern)));
        const QDir dir(root.filePath(folder.isEmpty() ? QStringLiteral(".") : folder));
        QStringList matched;
        const QStringList names = hasWildcard(name) ? dir.entryList({name}, QDir::Files, QDir::Name)
                                                    : QStringList{name};
        for (const QString &found : names) {
            const QFileInfo info(dir.filePath(found));
            if (info.isFile())
                matched.append(QDir::cleanPath(info.absoluteFilePath()));
        }
        if (matched.isEmpty())
            return std::unexpected(noArtifact(
                    target,
                    QCoreApplication::translate("rd::publish",
                                                "publish: “%1” matches no file in %2. Build the "
                                                "release first (publish.build runs before the "
                                                "publish steps are planned) or correct the "
                                                "pattern.")
                            .arg(glob, QDir::toNativeSeparators(release.root))));
        for (const QString &file : std::as_const(matched))
            if (!files.contains(file))
                files.append(file);
    }
    return files;
}

Result<ReleasePlan> PublishPlanner::plan(const PublishSettings &settings,
                                         const PublishRelease &release)
{
    ReleasePlan plan;
    plan.version = release.version.toString();
    plan.tagName = release.tag;
    plan.branch = release.branch.isEmpty() ? release.tag : release.branch;
    if (const auto base = git::Oid::fromString(release.commit))
        plan.base = *base;
    const int verifyMs = settings.verifyTimeoutSeconds * 1000;
    for (const RegistryTarget &target : settings.targets) {
        auto files = artifacts(target, release);
        if (!files)
            return std::unexpected(files.error());
        switch (target.type) {
        case RegistryTarget::Type::Npm: {
            if (files->size() != 1)
                return std::unexpected(noArtifact(
                        target,
                        QCoreApplication::translate("rd::publish",
                                                    "publish: names %1 tarballs (%2); an npm "
                                                    "package publishes one, so name it, e.g. "
                                                    "app-{version}.tgz")
                                .arg(files->size())
                                .arg(files->join(QStringLiteral(", ")))));
            auto step = NpmPublishStep::plan(target.url,
                                             files->first(),
                                             release.version,
                                             target.distTag);
            if (!step)
                return std::unexpected(step.error());
            (*step)->setVerifyTimeoutMs(verifyMs);
            if (auto added = plan.append(std::move(*step)); !added)
                return std::unexpected(added.error());
            break;
        }
        default:
            return fail(errc::registryConfig,
                        QCoreApplication::translate("rd::publish",
                                                    "%1: this ReleaseDesk cannot publish there "
                                                    "yet; remove publish: from the entry")
                                .arg(target.describe()),
                        target.origin);
        }
    }
    for (int i = 0; i < settings.commands.size(); ++i) {
        auto step = std::make_unique<CommandStep>(i, expand(settings.commands.at(i), release));
        if (auto added = plan.append(std::move(step)); !added)
            return std::unexpected(added.error());
    }
    return plan;
}

} // namespace rd
