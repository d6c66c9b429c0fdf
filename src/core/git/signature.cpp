// SPDX-License-Identifier: GPL-3.0-or-later
#include "signature.h"

#include <git2/types.h>

namespace git {

Signature Signature::fromGit(const git_signature *raw)
{
    Signature s;
    if (!raw)
        return s;
    s.name = QString::fromUtf8(raw->name);
    s.email = QString::fromUtf8(raw->email);
    s.when = QDateTime::fromSecsSinceEpoch(raw->when.time,
                                           Qt::OffsetFromUTC,
                                           raw->when.offset * 60);
    return s;
}

} // namespace git
