// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QSqlDatabase>

class QSqlError;

namespace rd::store {

// The database's layout, versioned through SQLite's user_version. Each migration takes a
// database of the version before it one step further, in one transaction, so an old file is
// brought up to date when it is opened and a failed step leaves it as it was.
namespace schema {

int currentVersion();
// An SQLite error as the store reports it: locked, corrupt, or any other, naming `where`.
Error sqlError(const QSqlError &error, const QString &where);
// The error for a file of a schema `version` newer than currentVersion().
Error tooNew(int version, const QString &where);
// The version recorded in the file (0: empty database).
Result<int> version(QSqlDatabase &database);
// Applies the migrations after the file's version. A file newer than this program is an error
// (errc::storeTooNew): it is left alone.
Status migrate(QSqlDatabase &database, const QString &where);

} // namespace schema
} // namespace rd::store
