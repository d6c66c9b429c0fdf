// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rd::test {

// Absolute path of a file under tests/fixtures ("histories/vite.fi").
QString fixturePath(const QString &relative);

// Loads a fast-import history (tests/fixtures/histories/<name>.fi) into a new bare repository
// at `targetDir` with `git fast-import`, as the fixtures' README describes. Returns false and
// prints the reason when git fails.
bool loadHistory(const QString &name, const QString &targetDir);

// Creates the demo repository `scripts/run` opens (scripts/make-demo-repo) at `targetDir`, with
// its bare origin beside it. Returns false and prints the reason when the script fails.
bool makeDemoRepository(const QString &targetDir);

// The lines `git -C repo ARGUMENTS` prints on stdout (empty lines left out), for tests that
// check the product against git's own answer.
QStringList gitLines(const QString &repo, const QStringList &arguments);

} // namespace rd::test
