// SPDX-License-Identifier: GPL-3.0-or-later
// setup.cfg: `version` in the [metadata] section (INI, read line by line as configparser does).
// `attr: pkg.__version__` or `file: VERSION` make it dynamic. Other sections' version-like keys
// ([mypy] python_version) are never looked at.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>

namespace rd::formats {

namespace {

class SetupCfgFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("setup.cfg"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"setup.cfg";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        const QString key = QStringLiteral("[metadata] version");
        bool inMetadata = false;
        for (int line = 1; line <= text.lineCount(); ++line) {
            const qsizetype start = text.lineStart(line);
            const qsizetype end = text.lineEnd(line);
            const QByteArray content = bytes.mid(start, end - start);
            const QByteArray trimmed = content.trimmed();
            if (trimmed.startsWith('[')) {
                inMetadata = trimmed == "[metadata]";
                continue;
            }
            if (!inMetadata || trimmed.startsWith('#') || trimmed.startsWith(';')
                || content.startsWith(' ') || content.startsWith('\t'))
                continue; // comments and continuation lines
            const qsizetype equals = content.indexOf('=');
            const qsizetype colon = content.indexOf(':');
            const qsizetype separator = equals < 0  ? colon
                                        : colon < 0 ? equals
                                                    : std::min(equals, colon);
            if (separator < 0 || content.left(separator).trimmed() != "version")
                continue;
            qsizetype valueStart = start + separator + 1;
            while (valueStart < end
                   && (bytes.at(valueStart) == ' ' || bytes.at(valueStart) == '\t'))
                ++valueStart;
            qsizetype valueEnd = end;
            while (valueEnd > valueStart
                   && (bytes.at(valueEnd - 1) == ' ' || bytes.at(valueEnd - 1) == '\t'))
                --valueEnd;
            const QByteArray value = bytes.mid(valueStart, valueEnd - valueStart);
            if (value.startsWith("attr:") || value.startsWith("file:"))
                return {dynamicSource(
                        path,
                        key,
                        VersionScheme::Pep440,
                        line,
                        QCoreApplication::translate("rd::sources",
                                                    "setuptools reads it from %1 %2.")
                                .arg(value.startsWith("attr:")
                                             ? QCoreApplication::translate("rd::sources",
                                                                           "the attribute")
                                             : QCoreApplication::translate("rd::sources",
                                                                           "the file"),
                                     QString::fromUtf8(value.mid(5).trimmed())))};
            return {spanSource(text,
                               path,
                               key,
                               VersionScheme::Pep440,
                               valueStart,
                               valueEnd - valueStart)};
        }
        return {};
    }
};

} // namespace

const SourceFormat &setupCfg()
{
    static const SetupCfgFormat format;
    return format;
}

} // namespace rd::formats
