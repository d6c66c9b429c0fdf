// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcescanner.h"

#include "util/fileio.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <filesystem>

namespace rd {

namespace {

// Bigger files are no version files (a package-lock.json of a large app stays well below).
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

struct Walk
{
    const IgnoreRules &ignored;
    QList<QRegularExpression> exclude;
    Progress *progress;
    QList<SourceCandidate> found;
    qint64 visited = 0;
};

Status walk(const std::filesystem::path &directory, const QString &relative, Walk &state)
{
    std::error_code error;
    std::filesystem::directory_iterator
            it(directory, std::filesystem::directory_options::skip_permission_denied, error);
    if (error) // an unreadable folder is skipped, as git would
        return {};
    QStringList folders;
    for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
        if (error)
            break;
        if (cancelled(state.progress))
            return fail(errc::cancelled,
                        QCoreApplication::translate("rd::sources",
                                                    "Detection of version sources was "
                                                    "cancelled."));
        const std::filesystem::directory_entry &entry = *it;
        const QString name = QString::fromStdString(entry.path().filename().string());
        const QString path = relative.isEmpty() ? name : relative + u'/' + name;
        ++state.visited;
        // Symbolic links are not followed: no cycles, and a link's target is found where it is.
        if (entry.is_symlink(error))
            continue;
        if (entry.is_directory(error)) {
            if (!SourceScanner::isSkippedFolder(name))
                folders.append(name);
            continue;
        }
        for (const SourceFormat *format : SourceFormat::all()) {
            if (format->claims(name, path)) {
                state.found.append(SourceCandidate{path, format});
                break;
            }
        }
    }
    if (state.progress && (state.visited & 0x3ff) == 0)
        state.progress->report(state.visited,
                               0,
                               QCoreApplication::translate("rd::sources",
                                                           "Looking for version files"));
    folders.sort();
    for (const QString &name : std::as_const(folders)) {
        const QString path = relative.isEmpty() ? name : relative + u'/' + name;
        if (SourceSettings::matchesAny(state.exclude, path))
            continue;
        if (state.ignored && state.ignored(path + u'/'))
            continue;
        if (auto ok = walk(directory / name.toStdString(), path, state); !ok)
            return ok;
    }
    return {};
}

} // namespace

bool SourceScanner::isSkippedFolder(QStringView name)
{
    static const QSet<QString> skipped = {
            // dependencies
            QStringLiteral("node_modules"),
            QStringLiteral("bower_components"),
            QStringLiteral("jspm_packages"),
            QStringLiteral("vendor"),
            QStringLiteral("Pods"),
            QStringLiteral("site-packages"),
            QStringLiteral("venv"),
            QStringLiteral("deps"),
            QStringLiteral("third_party"),
            QStringLiteral("3rdparty"),
            // build output and caches
            QStringLiteral("build"),
            QStringLiteral("dist"),
            QStringLiteral("target"),
            QStringLiteral("out"),
            QStringLiteral("obj"),
            QStringLiteral("bin"),
            QStringLiteral("_build"),
            QStringLiteral("__pycache__"),
            QStringLiteral("coverage"),
            QStringLiteral("DerivedData"),
            // test data that looks like projects
            QStringLiteral("fixtures"),
            QStringLiteral("__fixtures__"),
            QStringLiteral("testdata"),
    };
    return name.startsWith(u'.') || name.startsWith(u"build-") || name.startsWith(u"cmake-build-")
           || name.endsWith(u".egg-info") || skipped.contains(name.toString());
}

Result<QList<SourceCandidate>> SourceScanner::detect(const QString &root,
                                                     const IgnoreRules &ignored,
                                                     const SourceSettings &settings,
                                                     Progress *progress)
{
    Walk state{ignored, settings.excludePatterns(), progress, {}, 0};
    const std::filesystem::path base(root.toStdString());
    std::error_code error;
    if (!std::filesystem::is_directory(base, error))
        return fail(errc::io,
                    QCoreApplication::translate("rd::sources",
                                                "The folder does not exist or cannot be read."),
                    root);
    if (auto ok = walk(base, {}, state); !ok)
        return std::unexpected(ok.error());
    QList<SourceCandidate> result;
    for (const SourceCandidate &candidate : std::as_const(state.found)) {
        if (SourceSettings::matchesAny(state.exclude, candidate.path))
            continue;
        if (ignored && ignored(candidate.path))
            continue;
        result.append(candidate);
    }
    return result;
}

namespace {

// Why a detected file is not one of the project's version sources, or empty.
QString leftOutReason(const QString &path, const QByteArray &bytes)
{
    static const QSet<QString> testFolders = {QStringLiteral("test"),
                                              QStringLiteral("tests"),
                                              QStringLiteral("__tests__"),
                                              QStringLiteral("e2e"),
                                              QStringLiteral("fixture"),
                                              QStringLiteral("example"),
                                              QStringLiteral("examples")};
    const QStringList folders = path.split(u'/').mid(0, path.count(u'/'));
    for (const QString &folder : folders) {
        if (testFolders.contains(folder.toLower()))
            return QCoreApplication::translate(
                           "rd::sources",
                           "it is under the %1/ folder, so it belongs to a test, fixture "
                           "or example rather than to the project; list it under "
                           "sources.extra in .releasedesk.yml to count it")
                    .arg(folder);
    }
    if (!folders.isEmpty() && path.endsWith(u"package.json")
        && QJsonDocument::fromJson(bytes).object().value(QStringLiteral("private")).toBool()) {
        return QCoreApplication::translate(
                "rd::sources",
                "it is a private package (\"private\": true): tooling that is "
                "never published; list it under sources.extra in .releasedesk.yml "
                "to count it");
    }
    return {};
}

} // namespace

Result<QList<VersionSource>> SourceScanner::scan(const QString &root,
                                                 const IgnoreRules &ignored,
                                                 const SourceSettings &settings,
                                                 Progress *progress,
                                                 QList<LeftOutSource> *leftOut)
{
    auto candidates = detect(root, ignored, settings, progress);
    if (!candidates)
        return std::unexpected(candidates.error());
    QList<VersionSource> sources;
    qint64 done = 0;
    for (const SourceCandidate &candidate : std::as_const(*candidates)) {
        if (cancelled(progress))
            return fail(errc::cancelled,
                        QCoreApplication::translate("rd::sources",
                                                    "Reading version sources was cancelled."));
        if (progress)
            progress->report(++done,
                             candidates->size(),
                             QCoreApplication::translate("rd::sources", "Reading version files"));
        const QString file = root + u'/' + candidate.path;
        std::error_code error;
        const auto size = std::filesystem::file_size(file.toStdString(), error);
        if (error || size > quint64(maxFileSize))
            continue;
        auto bytes = readFile(file);
        if (!bytes)
            continue; // vanished or unreadable since the walk: not a source any more
        if (const QString reason = leftOutReason(candidate.path, *bytes); !reason.isEmpty()) {
            if (leftOut)
                leftOut->append({candidate.path, reason});
            continue;
        }
        for (VersionSource &source : candidate.format->read(*bytes, candidate.path)) {
            if (source.role == SourceRole::Project && settings.isPlaceholder(source.text)) {
                source.dynamic = true;
                source.note = QCoreApplication::translate(
                                      "rd::sources",
                                      "set at release: %1 is a placeholder the release "
                                      "tool replaces when it publishes, so it is neither "
                                      "compared nor written")
                                      .arg(source.text);
                if (!isPlaceholderVersion(source.text) && !settings.placeholdersLocation.isEmpty())
                    source.note += QStringLiteral(" (sources.placeholders, %1)")
                                           .arg(settings.placeholdersLocation);
            }
            sources.append(source);
        }
    }
    return sources;
}

} // namespace rd
