// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd::cli {

// "1 commit", "2 commits": a count with the word in its number (the CLI's own English texts).
QString counted(qsizetype count, const char *one, const char *many);

} // namespace rd::cli
