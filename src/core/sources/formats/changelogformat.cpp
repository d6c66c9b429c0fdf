// SPDX-License-Identifier: GPL-3.0-or-later
// CHANGELOG.md: the latest release heading (Unreleased skipped), read with ChangelogDocument.
// Read-only here: a release writes its changelog section itself; but the heading takes part in
// the comparison (a changelog that stops at 1.1.0 while the tag says 1.2.0 is behind).
#include "sources/formats/sourceformats.h"

#include "sources/changelogdocument.h"

#include <QCoreApplication>

namespace rd::formats {

namespace {

class ChangelogFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("CHANGELOG.md"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName.compare(u"CHANGELOG.md", Qt::CaseInsensitive) == 0
               || fileName.compare(u"CHANGES.md", Qt::CaseInsensitive) == 0
               || fileName.compare(u"HISTORY.md", Qt::CaseInsensitive) == 0;
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const ChangelogDocument document = ChangelogDocument::parse(bytes);
        const auto heading = document.latestRelease();
        if (!heading)
            return {};
        const SourceText text(bytes);
        VersionSource source;
        if (heading->versionOffset >= 0
            && heading->versionOffset + heading->versionLength <= bytes.size()) {
            source = spanSource(text,
                                path,
                                QString::fromUtf8(
                                        QT_TRANSLATE_NOOP("rd::sources", "latest release")),
                                VersionScheme::SemVer,
                                heading->versionOffset,
                                heading->versionLength,
                                SourceRole::Changelog);
        } else {
            source = brokenSource(path,
                                  QString::fromUtf8(
                                          QT_TRANSLATE_NOOP("rd::sources", "latest release")),
                                  VersionScheme::SemVer,
                                  heading->line,
                                  {});
            source.role = SourceRole::Changelog;
            source.text = heading->versionText;
        }
        source.line = heading->line;
        if (heading->version && !source.version)
            source.version = heading->version;
        source.readOnly = true;
        return {source};
    }
};

} // namespace

const SourceFormat &changelog()
{
    static const ChangelogFormat format;
    return format;
}

} // namespace rd::formats
