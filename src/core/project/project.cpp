// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include <QDir>

namespace rd {

Project::Project(git::Repository repository, ProjectSettings settings, QString root)
    : m_repository(std::move(repository))
    , m_settings(std::move(settings))
    , m_root(std::move(root))
{}

Result<Project> Project::open(const QString &path)
{
    auto repository = git::Repository::open(path);
    if (!repository)
        return std::unexpected(repository.error());
    QString root = repository->isBare() ? repository->gitDir() : repository->workdir();
    root = QDir::cleanPath(root);
    auto settings = ProjectSettings::load(root);
    if (!settings)
        return std::unexpected(settings.error());
    return Project(std::move(*repository), std::move(*settings), root);
}

} // namespace rd
