// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace git {

// A unified diff ("diff --git a/path b/path ...") between two versions of one file, as
// `git diff` prints it. `before` nullopt: the file is new.
class Patch
{
public:
    static rd::Result<QString> unified(const QString &path,
                                       const std::optional<QByteArray> &before,
                                       const QByteArray &after);
};

} // namespace git
