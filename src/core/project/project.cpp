// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace rd {

Project::Project(git::Repository repository,
                 ProjectSettings settings,
                 QString root,
                 std::shared_ptr<QTemporaryDir> headView)
    : m_repository(std::move(repository))
    , m_settings(std::move(settings))
    , m_root(std::move(root))
    , m_headView(std::move(headView))
{}

Result<Project> Project::open(const QString &path)
{
    auto repository = git::Repository::open(path);
    if (!repository)
        return std::unexpected(repository.error());
    if (!repository->isBare()) {
        const QString root = QDir::cleanPath(repository->workdir());
        auto settings = ProjectSettings::load(root);
        if (!settings)
            return std::unexpected(settings.error());
        return Project(std::move(*repository), std::move(*settings), root, nullptr);
    }
    // A bare repository: the settings (and, through the source inspection, the version files)
    // come from HEAD's tree, copied into a private folder. Only the top-level files here: that
    // is where .releasedesk.yml and the other release tools' configurations live.
    auto view = std::make_shared<QTemporaryDir>();
    if (!view->isValid())
        return fail(errc::io,
                    QCoreApplication::translate("rd::project",
                                                "Cannot make a folder for HEAD's files of %1: %2.")
                            .arg(repository->gitDir(), view->errorString()));
    auto exported = repository->exportHeadFiles(view->path(),
                                                [](const QString &file, bool isFolder) {
                                                    return !isFolder && !file.contains(u'/');
                                                });
    if (!exported)
        return std::unexpected(exported.error());
    auto settings = ProjectSettings::load(view->path());
    if (!settings)
        return std::unexpected(settings.error());
    const QString root = view->path();
    return Project(std::move(*repository), std::move(*settings), root, std::move(view));
}

} // namespace rd
