// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonmetadata.h"

#include <QCoreApplication>

namespace rd {

Result<PythonMetadata> PythonMetadata::parse(const QByteArray &text, const QString &source)
{
    PythonMetadata metadata;
    const QString all = QString::fromUtf8(text).replace(QStringLiteral("\r\n"),
                                                        QStringLiteral("\n"));
    const QStringList lines = all.split(u'\n');
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            break;
        if (line.at(0) == u' ' || line.at(0) == u'\t') {
            if (metadata.m_fields.isEmpty())
                return fail(errc::registryMetadata,
                            QCoreApplication::translate("rd::publish",
                                                        "Line %1 of the package metadata continues "
                                                        "a field, but none came before it.")
                                    .arg(i + 1),
                            source);
            metadata.m_fields.last().second += u'\n' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.left(colon).contains(u' '))
            return fail(errc::registryMetadata,
                        QCoreApplication::translate("rd::publish",
                                                    "Line %1 of the package metadata is not a "
                                                    "\"Key: value\" field: %2")
                                .arg(i + 1)
                                .arg(line.left(80)),
                        source);
        metadata.m_fields.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (i + 1 < lines.size())
        metadata.m_body = lines.mid(i + 1).join(u'\n');
    for (const QStringView key : {u"Metadata-Version", u"Name", u"Version"}) {
        if (metadata.value(key).isEmpty())
            return fail(errc::registryMetadata,
                        QCoreApplication::translate("rd::publish",
                                                    "The package metadata has no %1: it was not "
                                                    "written by a Python build tool.")
                                .arg(key),
                        source);
    }
    return metadata;
}

QString PythonMetadata::value(QStringView key) const
{
    for (const auto &[name, value] : m_fields) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList PythonMetadata::values(QStringView key) const
{
    QStringList found;
    for (const auto &[name, value] : m_fields) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            found.append(value);
    }
    return found;
}

QString PythonMetadata::description() const
{
    const QString field = value(u"Description");
    return field.isEmpty() ? m_body : field;
}

} // namespace rd
