// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/repository.h"
#include "project/projectsettings.h"

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
    // The work tree (or the git folder of a bare repository), without a trailing '/'.
    const QString &root() const { return m_root; }

private:
    Project(git::Repository repository, ProjectSettings settings, QString root);
    git::Repository m_repository;
    ProjectSettings m_settings;
    QString m_root;
};

} // namespace rd
