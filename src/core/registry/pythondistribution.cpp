// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythondistribution.h"

#include "registry/packagearchive.h"
#include "registry/ziparchive.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

Result<PythonDistribution> PythonDistribution::read(const QByteArray &bytes,
                                                    const QString &fileName,
                                                    const QString &source)
{
    PythonDistribution dist;
    dist.m_fileName = fileName;
    Result<QByteArray> text = QByteArray();
    if (fileName.endsWith(QLatin1String(".whl"))) {
        dist.m_kind = Kind::Wheel;
        if (fileName.count(u'-') < 4)
            return fail(errc::registryMetadata,
                        QCoreApplication::translate("rd::publish",
                                                    "%1 is not named like a wheel "
                                                    "(name-version-python-abi-platform.whl).")
                                .arg(fileName),
                        source);
        text = ZipArchive::file(
                bytes,
                [](const QString &path) {
                    return path.count(u'/') == 1
                           && path.endsWith(QLatin1String(".dist-info/METADATA"));
                },
                QStringLiteral("*.dist-info/METADATA"),
                source);
    } else if (fileName.endsWith(QLatin1String(".tar.gz"))) {
        dist.m_kind = Kind::Sdist;
        text = PackageArchive::file(
                bytes,
                [](const QByteArray &path) {
                    return path.count('/') == 1 && path.endsWith("/PKG-INFO");
                },
                QStringLiteral("PKG-INFO"),
                source);
    } else {
        return fail(errc::registryMetadata,
                    QCoreApplication::translate("rd::publish",
                                                "%1 is neither a wheel (.whl) nor an sdist "
                                                "(.tar.gz): build it with python3 -m build.")
                            .arg(fileName),
                    source);
    }
    if (!text)
        return std::unexpected(text.error());
    auto metadata = PythonMetadata::parse(*text, source);
    if (!metadata)
        return std::unexpected(metadata.error());
    dist.m_metadata = std::move(*metadata);
    return dist;
}

QString PythonDistribution::normalisedName(QStringView name)
{
    static const QRegularExpression separators(QStringLiteral("[-_.]+"));
    return name.toString().replace(separators, QStringLiteral("-")).toLower();
}

QString PythonDistribution::fileType() const
{
    return m_kind == Kind::Wheel ? QStringLiteral("bdist_wheel") : QStringLiteral("sdist");
}

QString PythonDistribution::pythonVersion() const
{
    if (m_kind != Kind::Wheel)
        return {};
    // name-version[-build]-python-abi-platform.whl
    return m_fileName.chopped(4).section(u'-', -3, -3);
}

} // namespace rd
