// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rd {

// One file a release rewrites, as the changelog and version-source planners produce it: the
// bytes they read and the bytes to write. `before` nullopt: the file does not exist yet.
struct FileChange
{
    QString path; // relative to the work tree, '/'-separated ("CHANGELOG.md", "pkg/package.json")
    std::optional<QByteArray> before;
    QByteArray after;
};

} // namespace rd
