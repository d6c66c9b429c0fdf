// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QString>

struct git_signature;

namespace git {

// Who and when: an author, committer or tagger. A value type (names decoded as UTF-8).
struct Signature
{
    QString name;
    QString email;
    QDateTime when; // with the signature's own UTC offset

    static Signature fromGit(const git_signature *raw);
};

} // namespace git
