// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading the header lines of raw commit and tag objects. Internal to git/: the commit store's
// commit parsing and its tag peeling share it.

#include "git/oid.h"

#include <QByteArrayView>

#include <git2/oid.h>

namespace git::objectheaders {

// One header line of a commit or tag object: "key value\n". Continuation lines (starting with
// a space, as in gpgsig) belong to the previous header and are skipped by the caller.
struct HeaderLine
{
    QByteArrayView key;
    QByteArrayView value;
};

inline bool parseOid(QByteArrayView hex, Oid &out)
{
    git_oid raw;
    if (hex.size() < GIT_OID_HEXSZ || git_oid_fromstrn(&raw, hex.data(), GIT_OID_HEXSZ) < 0)
        return false;
    out = Oid(raw);
    return true;
}

// Splits an object into its header lines and its message (after the first blank line).
template<typename Visit>
QByteArrayView forEachHeader(QByteArrayView data, Visit visit)
{
    qsizetype at = 0;
    while (at < data.size()) {
        qsizetype end = data.indexOf('\n', at);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = data.sliced(at, end - at);
        at = end + 1;
        if (line.isEmpty())
            return at <= data.size() ? data.sliced(at) : QByteArrayView();
        if (line.at(0) == ' ')
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            visit(HeaderLine{line, {}});
        else
            visit(HeaderLine{line.first(space), line.sliced(space + 1)});
    }
    return {};
}

} // namespace git::objectheaders
