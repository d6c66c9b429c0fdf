// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishplanner.h"

#include "publish/commandstep.h"
#include "publish/forgereleasestep.h"
#include "publish/npmpublishstep.h"
#include "publish/ocipromotestep.h"
#include "publish/pypipublishstep.h"
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

// The step with its read-back waiting up to `ms` (publish.verify_timeout).
template<class Step>
std::unique_ptr<Step> withVerifyTimeout(std::unique_ptr<Step> step, int ms)
{
    auto data = step->data();
    data.verifyTimeoutMs = ms;
    return std::make_unique<Step>(std::move(data));
}

// An OCI target's tags for this release. A pre-release gets only the tags that name its whole
// version: "latest", "1.4" and "1" stay on the last release.
QStringList ociTags(const RegistryTarget &target, const PublishRelease &release)
{
    QStringList tags;
    for (const QString &tag : target.tags) {
        if (release.version.isPreRelease() && !tag.contains(QLatin1String("{version}")))
            continue;
        const QString expanded = expand(tag, release);
        if (!tags.contains(expanded))
            tags.append(expanded);
    }
    return tags;
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
        // An OCI entry's publish: names an image, not files.
        auto files = target.type == RegistryTarget::Type::Oci ? Result<QStringList>{}
                                                              : artifacts(target, release);
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
        case RegistryTarget::Type::PyPI: {
            auto step = PypiPublishStep::plan(target, target.uploadUrl, *files, release.version);
            if (!step)
                return std::unexpected(step.error());
            if (auto added = plan.append(withVerifyTimeout(std::move(*step), verifyMs)); !added)
                return std::unexpected(added.error());
            break;
        }
        case RegistryTarget::Type::Oci: {
            // {commit} stays for the step, which tries the full id, then the short one.
            const QString source = expandPlaceholders(target.publish.first(),
                                                      release.version.toString(),
                                                      release.tag);
            auto step = OciPromoteStep::plan(target,
                                             source,
                                             ociTags(target, release),
                                             release.version.toString(),
                                             release.tag);
            if (!step)
                return std::unexpected(step.error());
            auto data = (*step)->data();
            data.sourceTimeoutMs = target.sourceTimeoutSeconds * 1000;
            data.verifyTimeoutMs = verifyMs;
            if (auto added = plan.append(std::make_unique<OciPromoteStep>(std::move(data))); !added)
                return std::unexpected(added.error());
            break;
        }
        case RegistryTarget::Type::GitHubRelease:
        case RegistryTarget::Type::GitLabRelease: {
            if (!release.forge)
                return fail(errc::registryConfig,
                            QStringLiteral("%1: %2").arg(target.describe(), release.forgeProblem),
                            target.origin);
            auto step = ForgeReleaseStep::plan(*release.forge,
                                               release.tag,
                                               release.tag,
                                               release.notes,
                                               release.version.isPreRelease(),
                                               *files);
            if (!step)
                return std::unexpected(step.error());
            if (auto added = plan.append(withVerifyTimeout(std::move(*step), verifyMs)); !added)
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
