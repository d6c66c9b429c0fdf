// SPDX-License-Identifier: GPL-3.0-or-later
// AssemblyInfo.cs / .vb: [assembly: AssemblyInformationalVersion("...")] (the product version,
// NuGet-style), else AssemblyFileVersion, else AssemblyVersion (four numbers). Attributes in
// comments are skipped. Such files are often not UTF-8 and use CRLF: the bytes are matched as
// they are.
#include "sources/formats/sourceformats.h"

#include <QRegularExpression>

namespace rd::formats {

namespace {

class AssemblyInfoFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("AssemblyInfo"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName.endsWith(u"AssemblyInfo.cs") || fileName.endsWith(u"AssemblyInfo.vb");
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        static const QRegularExpression attribute(QStringLiteral(
                R"re([\[<]\s*[Aa]ssembly\s*:\s*(AssemblyInformationalVersion|AssemblyFileVersion|AssemblyVersion)(?:Attribute)?\s*\(\s*"([^"\r\n]*)")re"));
        const QStringList preference{QStringLiteral("AssemblyInformationalVersion"),
                                     QStringLiteral("AssemblyFileVersion"),
                                     QStringLiteral("AssemblyVersion")};
        QRegularExpressionMatch best;
        for (auto it = attribute.globalMatch(latin1); it.hasNext();) {
            const auto match = it.next();
            const qsizetype lineStart = latin1.lastIndexOf(u'\n', match.capturedStart()) + 1;
            const QString before = latin1.mid(lineStart, match.capturedStart() - lineStart);
            if (before.contains(QStringLiteral("//")) || before.trimmed().startsWith(u'\''))
                continue;
            if (!best.hasMatch()
                || preference.indexOf(match.captured(1)) < preference.indexOf(best.captured(1)))
                best = match;
        }
        if (!best.hasMatch())
            return {};
        const VersionScheme scheme = best.captured(1) == preference.first() ? VersionScheme::NuGet
                                                                            : VersionScheme::DotNet;
        return {spanSource(text,
                           path,
                           best.captured(1),
                           scheme,
                           best.capturedStart(2),
                           best.capturedLength(2))};
    }
};

} // namespace

const SourceFormat &assemblyInfo()
{
    static const AssemblyInfoFormat format;
    return format;
}

} // namespace rd::formats
