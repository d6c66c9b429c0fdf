// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rd::test {

// Adds a data row ("target", "path") for every committed input of the fuzz targets: their seed
// corpus and kept crashers (fuzz/corpus/<target>, fuzz/crashers/<target>). Fails the test when a
// target has fewer than four seeds (its corpus went missing).
void addFuzzCorpusRows(const QStringList &targets);

} // namespace rd::test
