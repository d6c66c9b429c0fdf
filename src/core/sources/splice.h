// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>

namespace rd {

// Replace `length` bytes at `offset` with `replacement`: the only way a version write changes a
// file, so every byte outside the spliced ranges stays as it was.
struct Splice
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray replacement;

    friend bool operator==(const Splice &, const Splice &) = default;

    // `bytes` with the splices applied. Error when a splice lies outside the bytes or two
    // overlap; the order of `splices` does not matter.
    static Result<QByteArray> apply(const QByteArray &bytes, QList<Splice> splices);
};

} // namespace rd
