// SPDX-License-Identifier: GPL-3.0-or-later
#include "splice.h"

#include <QCoreApplication>
#include <algorithm>

namespace rd {

Result<QByteArray> Splice::apply(const QByteArray &bytes, QList<Splice> splices)
{
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        return a.offset < b.offset;
    });
    QByteArray result;
    result.reserve(bytes.size() + 64);
    qsizetype position = 0;
    for (const Splice &splice : std::as_const(splices)) {
        if (splice.offset < position || splice.length < 0
            || splice.offset + splice.length > bytes.size())
            return fail(errc::invalidArgument,
                        QCoreApplication::translate(
                                "rd::sources",
                                "A version write overlaps another or lies outside the "
                                "file (bytes %1-%2 of %3); nothing was written.")
                                .arg(splice.offset)
                                .arg(splice.offset + splice.length)
                                .arg(bytes.size()));
        result.append(QByteArrayView(bytes).sliced(position, splice.offset - position));
        result.append(splice.replacement);
        position = splice.offset + splice.length;
    }
    result.append(QByteArrayView(bytes).sliced(position));
    return result;
}

} // namespace rd
