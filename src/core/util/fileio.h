// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace rd {

// Reads a whole file; the error names the path and the reason.
Result<QByteArray> readFile(const QString &path);

// Writes a whole file atomically (QSaveFile: temporary file + rename), so a reader or a crash
// sees either the old or the new content, never half of it. Keeps the existing file's
// permissions.
Status writeFileAtomically(const QString &path, const QByteArray &content);

} // namespace rd
