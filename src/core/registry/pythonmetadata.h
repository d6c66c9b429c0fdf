// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rd {

// Python core metadata (a wheel's METADATA, an sdist's PKG-INFO): "Key: value" header lines,
// continuation lines starting with a space or tab, then an empty line and the description as
// the body. Keys keep their order and repeat (Classifier, Requires-Dist).
class PythonMetadata
{
public:
    // Error registry.metadata naming `source` and the line for a line that is neither a field
    // nor a continuation, and when Metadata-Version, Name or Version is missing.
    static Result<PythonMetadata> parse(const QByteArray &text, const QString &source);

    // The first value of `key` (case-insensitive), empty when absent.
    QString value(QStringView key) const;
    QStringList values(QStringView key) const;
    const QList<QPair<QString, QString>> &fields() const { return m_fields; }
    // The Description field, else the body.
    QString description() const;

private:
    QList<QPair<QString, QString>> m_fields;
    QString m_body;
};

namespace errc {
inline constexpr QStringView registryMetadata = u"registry.metadata";
}

} // namespace rd
