// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd {

// The CI pipeline a project's files configure, if any, so what comes after a release is not
// promised where nothing will run it.
struct CiPipeline
{
    QString service; // "GitHub Actions", "GitLab CI/CD", ...
    QString file;    // the file or folder that configures it, relative to the root
};

// The first pipeline configuration found under `root` (a work tree); empty service when there
// is none.
CiPipeline findCiPipeline(const QString &root);

} // namespace rd
