// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/pythonmetadata.h"

namespace rd {

// A Python distribution file as twine uploads it: a wheel (*.whl, METADATA in its
// *.dist-info folder) or an sdist (*.tar.gz, PKG-INFO in its top folder). The name and version
// come from that metadata, never from the file name.
class PythonDistribution
{
public:
    enum class Kind { Wheel, Sdist };

    // `fileName` picks the kind (and a wheel's Python tag); `source` names the file in errors
    // (registry.archive for a broken archive, registry.metadata for broken metadata,
    // registry.metadata for a file that is neither a wheel nor a .tar.gz sdist).
    static Result<PythonDistribution> read(const QByteArray &bytes,
                                           const QString &fileName,
                                           const QString &source);
    // PEP 503: runs of "-", "_", "." become "-", lower case ("Rd_Test.pkg" → "rd-test-pkg").
    static QString normalisedName(QStringView name);

    Kind kind() const { return m_kind; }
    const QString &fileName() const { return m_fileName; }
    const PythonMetadata &metadata() const { return m_metadata; }
    QString name() const { return m_metadata.value(u"Name"); }
    QString version() const { return m_metadata.value(u"Version"); }
    // "bdist_wheel" or "sdist", the upload API's filetype.
    QString fileType() const;
    // A wheel's Python tag ("py3", "cp311"); empty for an sdist, as twine sends it.
    QString pythonVersion() const;

private:
    Kind m_kind = Kind::Wheel;
    QString m_fileName;
    PythonMetadata m_metadata;
};

} // namespace rd
