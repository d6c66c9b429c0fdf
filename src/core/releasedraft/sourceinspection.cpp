// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceinspection.h"

#include "git/commitstore.h"
#include "git/repository.h"
#include "history/tagindex.h"
#include "history/tagstyle.h"
#include "project/package.h"
#include "project/project.h"
#include "sources/extrasource.h"
#include "sources/sourcescanner.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace rd {

namespace {

VersionSource tagSource(const ReleaseTag &tag, const TagPattern &pattern)
{
    VersionSource source;
    source.format = QStringLiteral("git-tag");
    source.key = QString::fromUtf8(QT_TRANSLATE_NOOP("rd::sources", "latest release tag"));
    source.role = SourceRole::Tag;
    source.text = tag.name;
    source.version = tag.version;
    source.readOnly = true;
    source.note = QCoreApplication::translate("rd::releasedraft", "Tag pattern %1.")
                          .arg(pattern.pattern());
    return source;
}

Result<SourceReport> inspect(Project &project,
                             std::optional<VersionSource> tag,
                             QStringList warnings,
                             Progress *progress)
{
    auto settings = SourceSettings::fromConfig(project.settings().config);
    if (!settings)
        return std::unexpected(settings.error());
    QList<VersionSource> sources;
    {
        const git::Repository &repository = project.repository();
        IgnoreRules ignored = [&repository](const QString &path) {
            auto answer = repository.isIgnored(path);
            return answer && *answer;
        };
        if (project.isHeadView()) {
            // A bare repository: the version files of HEAD's tree, copied next to its
            // configuration. They are tracked files, so no ignore rule applies.
            auto exported = repository.exportHeadFiles(
                    project.root(), [](const QString &path, bool isFolder) {
                        const QString name = path.section(u'/', -1);
                        if (isFolder)
                            return !name.startsWith(u'.') && !SourceScanner::isSkippedFolder(name);
                        return std::any_of(SourceFormat::all().cbegin(),
                                           SourceFormat::all().cend(),
                                           [&](const SourceFormat *format) {
                                               return format->claims(name, path);
                                           });
                    });
            if (!exported)
                return std::unexpected(exported.error());
            ignored = {};
            warnings.append(QCoreApplication::translate(
                    "rd::releasedraft",
                    "This repository is bare: the version files are read "
                    "from HEAD's tree and cannot be changed here. A release "
                    "needs a work tree: clone the repository and open the "
                    "clone."));
        }
        QList<LeftOutSource> leftOut;
        auto scanned = SourceScanner::scan(project.root(), ignored, *settings, progress, &leftOut);
        if (!scanned)
            return std::unexpected(scanned.error());
        sources = *scanned;
        for (const LeftOutSource &file : std::as_const(leftOut))
            warnings.append(
                    QCoreApplication::translate("rd::releasedraft",
                                                "%1 is not counted as a version source: %2.")
                            .arg(file.path, file.reason));
    }
    for (const ExtraSourceSpec &spec : std::as_const(settings->extra)) {
        const QString file = project.root() + u'/' + spec.file;
        std::optional<QByteArray> bytes;
        if (QFileInfo::exists(file)) {
            auto read = readFile(file);
            if (!read)
                return std::unexpected(read.error());
            bytes = *read;
        }
        sources.append(ExtraSource::read(spec, bytes));
    }
    if (tag)
        sources.prepend(*tag);
    sources.removeIf([&](const VersionSource &source) { return settings->isIgnored(source.id()); });
    auto report = SourceReport::compare(sources, settings->primary);
    if (!report)
        return report;
    report->root = project.root();
    report->warnings = warnings + report->warnings;
    return report;
}

} // namespace

Result<SourceReport> inspectSources(Project &project,
                                    const std::optional<ReleaseTag> &latestRelease,
                                    const TagPattern &pattern,
                                    Progress *progress)
{
    std::optional<VersionSource> tag;
    if (latestRelease)
        tag = tagSource(*latestRelease, pattern);
    return inspect(project, tag, {}, progress);
}

Result<SourceReport> inspectSources(Project &project, const QString &package, Progress *progress)
{
    auto chosen = Package::find(project.settings(), package);
    if (!chosen)
        return std::unexpected(chosen.error());
    QStringList warnings;
    std::optional<VersionSource> tag;
    git::CommitStore store(project.repository());
    auto style = tagStyleOf(store, *chosen);
    auto tags = style ? TagIndex::scan(store, style->patterns())
                      : Result<TagIndex>(std::unexpected(style.error()));
    if (!tags)
        warnings.append(QCoreApplication::translate("rd::releasedraft",
                                                    "The release tags could not be read: %1")
                                .arg(tags.error().message));
    else if (!tags->releases().isEmpty())
        tag = tagSource(tags->releases().first(), tags->pattern());
    return inspect(project, tag, warnings, progress);
}

} // namespace rd
