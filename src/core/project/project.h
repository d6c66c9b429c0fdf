// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/repository.h"
#include "project/projectsettings.h"

#include <memory>

class QTemporaryDir;

namespace rd {

// A repository opened for release work: the git repository and the settings of its
// .releasedesk.yml. Like git::Repository, used on one thread at a time.
class Project
{
public:
    // The repository containing `path` and its settings. Errors: not a repository, a broken
    // .releasedesk.yml (with file and line).
    static Result<Project> open(const QString &path);

    git::Repository &repository() { return m_repository; }
    const git::Repository &repository() const { return m_repository; }
    const ProjectSettings &settings() const { return m_settings; }
    // The work tree, without a trailing '/'. For a bare repository: a private folder holding a
    // read-only copy of HEAD's files (see isHeadView()), which lives as long as the project.
    const QString &root() const { return m_root; }
    // True for a bare repository: root() is a copy of HEAD's files, not a work tree. Nothing
    // written there reaches the repository; a release needs a work tree.
    bool isHeadView() const { return m_headView != nullptr; }

private:
    Project(git::Repository repository,
            ProjectSettings settings,
            QString root,
            std::shared_ptr<QTemporaryDir> headView);
    git::Repository m_repository;
    ProjectSettings m_settings;
    QString m_root;
    std::shared_ptr<QTemporaryDir> m_headView;
};

} // namespace rd
