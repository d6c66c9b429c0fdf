// SPDX-License-Identifier: GPL-3.0-or-later
#include "counted.h"

namespace rd::cli {

QString counted(qsizetype count, const char *one, const char *many)
{
    return QString::number(count) + u' ' + QString::fromUtf8(count == 1 ? one : many);
}

} // namespace rd::cli
