// SPDX-License-Identifier: GPL-3.0-or-later
// gradle.properties: the `version` property (Java properties: key, '=' or ':' or blanks, value).
// Other *_version / *Version keys are dependency versions.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>

namespace rd::formats {

namespace {

class GradlePropertiesFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("gradle.properties"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"gradle.properties";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        bool continued = false;
        for (int line = 1; line <= text.lineCount(); ++line) {
            const qsizetype start = text.lineStart(line);
            const qsizetype end = text.lineEnd(line);
            const QByteArray content = bytes.mid(start, end - start);
            const bool wasContinued = continued;
            continued = content.endsWith('\\');
            const QByteArray trimmed = content.trimmed();
            if (wasContinued || trimmed.startsWith('#') || trimmed.startsWith('!')
                || !trimmed.startsWith("version"))
                continue;
            qsizetype i = start + content.indexOf("version") + 7;
            if (i < end && bytes.at(i) != '=' && bytes.at(i) != ':' && bytes.at(i) != ' '
                && bytes.at(i) != '\t')
                continue; // versionCode=, version_name=...
            while (i < end && (bytes.at(i) == ' ' || bytes.at(i) == '\t'))
                ++i;
            if (i < end && (bytes.at(i) == '=' || bytes.at(i) == ':'))
                ++i;
            while (i < end && (bytes.at(i) == ' ' || bytes.at(i) == '\t'))
                ++i;
            qsizetype valueEnd = end;
            while (valueEnd > i
                   && (bytes.at(valueEnd - 1) == ' ' || bytes.at(valueEnd - 1) == '\t'))
                --valueEnd;
            VersionSource source = spanSource(text,
                                              path,
                                              QStringLiteral("version"),
                                              VersionScheme::Maven,
                                              i,
                                              valueEnd - i);
            if (continued || bytes.mid(i, valueEnd - i).contains('\\'))
                source.spans.clear(); // escapes or a continued value: not plain bytes
            if (valueEnd == i) {
                // "version" alone: a value written there would need a separator too.
                source.spans.clear();
                source.note = QCoreApplication::translate(
                        "rd::sources", "The version property is empty; give it a value.");
            }
            return {source};
        }
        return {};
    }
};

} // namespace

const SourceFormat &gradleProperties()
{
    static const GradlePropertiesFormat format;
    return format;
}

} // namespace rd::formats
