// SPDX-License-Identifier: GPL-3.0-or-later
// A plain VERSION file: the first line, trimmed. SemVer, or PEP 440 when the text is only that
// (a Python package's VERSION).
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>

namespace rd::formats {

namespace {

class VersionFileFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("VERSION"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"VERSION" || fileName == u"VERSION.txt" || fileName == u"version.txt";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        if (text.lineCount() < 1)
            return {};
        qsizetype start = text.lineStart(1);
        qsizetype end = text.lineEnd(1);
        while (start < end && (bytes.at(start) == ' ' || bytes.at(start) == '\t'))
            ++start;
        while (end > start && (bytes.at(end - 1) == ' ' || bytes.at(end - 1) == '\t'))
            --end;
        if (start == end)
            return {brokenSource(path,
                                 {},
                                 VersionScheme::SemVer,
                                 1,
                                 QCoreApplication::translate("rd::sources",
                                                             "The first line is empty."))};
        VersionSource source
                = spanSource(text, path, {}, VersionScheme::SemVer, start, end - start);
        if (!source.version) {
            VersionSource pep
                    = spanSource(text, path, {}, VersionScheme::Pep440, start, end - start);
            if (pep.version)
                return {pep};
        }
        return {source};
    }
};

} // namespace

const SourceFormat &versionFile()
{
    static const VersionFileFormat format;
    return format;
}

} // namespace rd::formats
