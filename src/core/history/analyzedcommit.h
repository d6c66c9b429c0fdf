// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commits/classifier.h"
#include "commits/conventionalcommit.h"
#include "git/oid.h"
#include "git/signature.h"

namespace rd {

// A commit with its parsed message and its verdict.
struct AnalyzedCommit
{
    git::Oid id;
    QString message; // the whole message, decoded
    git::Signature author;
    QDateTime time; // committer time
    int parentCount = 1;
    ConventionalCommit parsed;
    Classification classification;

    const QString &header() const { return parsed.header; }
};

} // namespace rd
