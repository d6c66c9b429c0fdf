// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

namespace rd {

void Progress::report(qint64, qint64, const QString &) {}

void Progress::log(const QString &) {}

} // namespace rd
