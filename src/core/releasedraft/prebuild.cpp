// SPDX-License-Identifier: GPL-3.0-or-later
#include "prebuild.h"

#include "git/checkout.h"
#include "project/project.h"
#include "release/writefilestep.h"
#include "releasedraft/publishdraft.h"
#include "releasedraft/releasedraft.h"
#include "util/fileio.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace rd {

namespace {

constexpr int manifestFormat = 1;

QString prebuiltRoot(const QString &gitDir)
{
    return QDir(gitDir).filePath(QStringLiteral("releasedesk/prebuilt"));
}

// A tag as one folder name: '/' (pkg/v1.0.0) cannot be in it.
QString folderName(const QString &tag)
{
    QString name = tag;
    name.replace(u'/', u'%');
    return name;
}

Result<PrebuiltFile> digestOf(const QString &root, const QString &path)
{
    QFile file(QDir(root).filePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(errc::io,
                    QCoreApplication::translate("rd::publish", "Cannot read the artifact: %1")
                            .arg(file.errorString()),
                    file.fileName());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(errc::io,
                    QCoreApplication::translate("rd::publish", "Cannot read the artifact: %1")
                            .arg(file.errorString()),
                    file.fileName());
    return PrebuiltFile{path, file.size(), QString::fromLatin1(hash.result().toHex())};
}

QJsonObject manifestOf(const Prebuilt &prebuilt)
{
    QJsonArray files;
    for (const PrebuiltFile &file : prebuilt.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("size"), double(file.size)},
                                 {QStringLiteral("sha256"), file.sha256}});
    return QJsonObject{{QStringLiteral("format"), manifestFormat},
                       {QStringLiteral("tag"), prebuilt.tag},
                       {QStringLiteral("version"), prebuilt.version},
                       {QStringLiteral("inputs"), prebuilt.inputs},
                       {QStringLiteral("base"), prebuilt.base},
                       {QStringLiteral("settings"), prebuilt.settings},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("publish"), prebuilt.publishText}};
}

bool needsCommit(const QString &text)
{
    return text.contains(QLatin1String("{commit}"))
           || text.contains(QLatin1String("{short_commit}"));
}

} // namespace

QString Prebuilt::filesRoot() const
{
    return QDir(folder).filePath(QStringLiteral("files"));
}

QString Prebuild::settingsOf(const PublishSettings &settings)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &command : settings.build)
        hash.addData((QStringLiteral("build\n") + command + u'\n').toUtf8());
    for (const RegistryTarget &target : settings.targets)
        hash.addData((target.describe() + u'\n' + target.publish.join(u'\n') + u'\n').toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString Prebuild::inputsOf(const ReleasePlan &plan, const PublishSettings &settings)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(settingsOf(settings).toUtf8());
    hash.addData(QStringLiteral("%1\n%2\n%3\n")
                         .arg(plan.tagName, plan.version, plan.base.toString())
                         .toUtf8());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (const auto *write = dynamic_cast<const WriteFileStep *>(plan.step(i)))
            hash.addData((write->change().path + u'\n' + write->afterHash() + u'\n').toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<Prebuilt> Prebuild::build(const ReleaseDraft &draft,
                                 const ReleasePlan &plan,
                                 const PublishSettings &settings,
                                 const QString &notes,
                                 Progress *progress)
{
    for (const QString &command : settings.build) {
        if (needsCommit(command))
            return fail(errc::prebuild,
                        QCoreApplication::translate(
                                "rd::publish",
                                "publish.build “%1” needs {commit}, which exists only once the "
                                "release is committed: build after the tag instead")
                                .arg(command));
    }
    for (const RegistryTarget &target : settings.targets) {
        if (target.type == RegistryTarget::Type::Oci)
            continue; // an image CI builds, not a file
        for (const QString &pattern : target.publish) {
            if (needsCommit(pattern))
                return fail(errc::prebuild,
                            QCoreApplication::translate(
                                    "rd::publish",
                                    "%1: publish: “%2” needs {commit}, which exists only once the "
                                    "release is committed: build after the tag instead")
                                    .arg(target.describe(), pattern),
                            target.origin);
        }
    }
    const git::Repository &repository = draft.project().repository();
    const auto version = Version::parse(plan.version);
    if (!version)
        return std::unexpected(version.error());

    // The release commit's files: the base commit's, with the plan's changes.
    // In the git directory: beside the kept artifacts, on a disk the project lives on (the
    // system's temporary folder may be small or forbid running what a build made).
    if (!QDir().mkpath(prebuiltRoot(repository.gitDir())))
        return fail(errc::io,
                    QCoreApplication::translate("rd::publish", "Cannot keep the built artifacts"),
                    prebuiltRoot(repository.gitDir()));
    QTemporaryDir scratch(
            QDir(prebuiltRoot(repository.gitDir())).filePath(QStringLiteral(".scratch-XXXXXX")));
    if (!scratch.isValid())
        return fail(errc::io,
                    QCoreApplication::translate("rd::publish",
                                                "Cannot make a scratch folder to build in: %1")
                            .arg(scratch.errorString()));
    const QString tree = scratch.filePath(QStringLiteral("tree"));
    if (progress)
        progress->log(QCoreApplication::translate(
                              "rd::publish",
                              "Writing the files of %1 with the release's changes into a scratch "
                              "folder")
                              .arg(plan.base.toShortString()));
    if (auto exported = git::Checkout::exportCommit(repository, plan.base, tree); !exported)
        return std::unexpected(exported.error());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const auto *write = dynamic_cast<const WriteFileStep *>(plan.step(i));
        if (!write)
            continue;
        const QString path = QDir(tree).filePath(write->change().path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(errc::io,
                        QCoreApplication::translate("rd::publish",
                                                    "Cannot make the folder of a changed file"),
                        path);
        if (auto written = writeFileAtomically(path, write->change().after); !written)
            return std::unexpected(written.error());
    }

    PublishRelease release;
    release.root = tree;
    release.version = *version;
    release.tag = plan.tagName;
    release.branch = plan.branch;
    release.notes = notes.trimmed();
    if (auto located = PublishDraft::plannedForge(draft, draft.pushRemote()))
        release.forge = *located;
    else
        release.forgeProblem = located.error().message;
    if (auto built = PublishPlanner::build(settings, release, progress); !built)
        return std::unexpected(built.error());

    // The files the publish steps read, kept at their relative paths.
    QStringList paths;
    for (const RegistryTarget &target : settings.targets) {
        if (target.type == RegistryTarget::Type::Oci)
            continue;
        auto files = PublishPlanner::artifacts(target, release);
        if (!files)
            return std::unexpected(files.error());
        for (const QString &file : std::as_const(*files)) {
            const QString relative = QDir(tree).relativeFilePath(file);
            if (!paths.contains(relative))
                paths.append(relative);
        }
    }
    const QString root = prebuiltRoot(repository.gitDir());
    Prebuilt prebuilt;
    prebuilt.folder = QDir(root).filePath(folderName(plan.tagName));
    prebuilt.tag = plan.tagName;
    prebuilt.version = plan.version;
    prebuilt.inputs = inputsOf(plan, settings);
    prebuilt.base = plan.base.toString();
    prebuilt.settings = settingsOf(settings);
    const QString partial = prebuilt.folder + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    for (const QString &path : std::as_const(paths)) {
        const QString target = QDir(partial).filePath(QStringLiteral("files/") + path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())
            || !QFile::copy(QDir(tree).filePath(path), target))
            return fail(errc::io,
                        QCoreApplication::translate("rd::publish", "Cannot keep the artifact %1")
                                .arg(path),
                        target);
        auto file = digestOf(QDir(partial).filePath(QStringLiteral("files")), path);
        if (!file)
            return std::unexpected(file.error());
        prebuilt.files.append(*file);
    }

    // The publish steps planned on the kept files: what the release will send.
    PublishRelease kept = release;
    kept.root = QDir(partial).filePath(QStringLiteral("files"));
    auto publishing = PublishPlanner::plan(settings, kept);
    if (!publishing)
        return std::unexpected(publishing.error());
    prebuilt.publishText = publishing->dryRunText();
    prebuilt.publishText.replace(kept.root + u'/', QString());
    if (auto written = writeFileAtomically(QDir(partial).filePath(QStringLiteral("prebuilt.json")),
                                           QJsonDocument(manifestOf(prebuilt)).toJson());
        !written)
        return std::unexpected(written.error());

    // Only the newest prebuilt release is kept; it replaces an earlier one whole.
    const QStringList earlier = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : earlier) {
        if (QDir(root).filePath(name) != partial && !name.startsWith(u'.'))
            QDir(QDir(root).filePath(name)).removeRecursively();
    }
    if (!QDir().rename(partial, prebuilt.folder))
        return fail(errc::io,
                    QCoreApplication::translate("rd::publish", "Cannot keep the built artifacts"),
                    prebuilt.folder);
    if (progress)
        progress->log(QCoreApplication::translate("rd::publish",
                                                  "Built %n artifacts for %1",
                                                  nullptr,
                                                  int(prebuilt.files.size()))
                              .arg(plan.tagName));
    return prebuilt;
}

namespace {

// The prebuilt folder of `tag`, read; nullopt without one.
Result<std::optional<Prebuilt>> readManifest(const QString &gitDir, const QString &tag)
{
    const QString folder = QDir(prebuiltRoot(gitDir)).filePath(folderName(tag));
    const QString manifestPath = QDir(folder).filePath(QStringLiteral("prebuilt.json"));
    if (!QFileInfo::exists(manifestPath))
        return std::optional<Prebuilt>();
    auto bytes = readFile(manifestPath);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QJsonObject manifest = QJsonDocument::fromJson(*bytes).object();
    if (manifest.value(QLatin1String("format")).toInt() != manifestFormat)
        return fail(errc::prebuild,
                    QCoreApplication::translate("rd::publish",
                                                "The record of the prebuilt artifacts is not "
                                                "readable; build them again"),
                    manifestPath);
    Prebuilt prebuilt;
    prebuilt.folder = folder;
    prebuilt.tag = manifest.value(QLatin1String("tag")).toString();
    prebuilt.version = manifest.value(QLatin1String("version")).toString();
    prebuilt.inputs = manifest.value(QLatin1String("inputs")).toString();
    prebuilt.base = manifest.value(QLatin1String("base")).toString();
    prebuilt.settings = manifest.value(QLatin1String("settings")).toString();
    prebuilt.publishText = manifest.value(QLatin1String("publish")).toString();
    for (const QJsonValue &value : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        prebuilt.files.append({file.value(QLatin1String("path")).toString(),
                               qint64(file.value(QLatin1String("size")).toDouble()),
                               file.value(QLatin1String("sha256")).toString()});
    }
    if (prebuilt.tag != tag)
        return std::optional<Prebuilt>();
    return std::optional<Prebuilt>(std::move(prebuilt));
}

} // namespace

Result<std::optional<Prebuilt>> Prebuild::find(const QString &gitDir,
                                               const ReleasePlan &plan,
                                               const PublishSettings &settings)
{
    auto found = readManifest(gitDir, plan.tagName);
    if (!found || !*found)
        return found;
    if ((*found)->inputs != inputsOf(plan, settings))
        return std::optional<Prebuilt>(); // built for another version, base, change or setting
    return found;
}

Result<std::optional<Prebuilt>> Prebuild::findMade(const QString &gitDir,
                                                   const QString &tag,
                                                   const QStringList &bases,
                                                   const PublishSettings &settings)
{
    auto found = readManifest(gitDir, tag);
    if (!found || !*found)
        return found;
    if (!bases.contains((*found)->base) || (*found)->settings != settingsOf(settings))
        return std::optional<Prebuilt>();
    return found;
}

Status Prebuild::verify(const Prebuilt &prebuilt)
{
    for (const PrebuiltFile &expected : prebuilt.files) {
        auto found = digestOf(prebuilt.filesRoot(), expected.path);
        if (!found)
            return fail(errc::prebuiltChanged,
                        QCoreApplication::translate(
                                "rd::publish",
                                "The artifact %1 reviewed for %2 is gone (%3); build it again")
                                .arg(expected.path, prebuilt.tag, found.error().message),
                        QDir(prebuilt.filesRoot()).filePath(expected.path));
        if (found->sha256 != expected.sha256)
            return fail(errc::prebuiltChanged,
                        QCoreApplication::translate(
                                "rd::publish",
                                "The artifact %1 changed since it was reviewed for %2 (sha256 %3, "
                                "reviewed %4); nothing was published from it. Build it again")
                                .arg(expected.path,
                                     prebuilt.tag,
                                     found->sha256.left(16),
                                     expected.sha256.left(16)),
                        QDir(prebuilt.filesRoot()).filePath(expected.path));
    }
    return {};
}

} // namespace rd
