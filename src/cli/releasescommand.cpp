// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "counted.h"
#include "exitcode.h"
#include "presenter.h"

#include "history/releasehistory.h"
#include "history/releasesummary.h"
#include "project/project.h"

#include <QJsonArray>

namespace rd::cli {

int runReleases(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption package(QStringLiteral("package"),
                                     QStringLiteral("A package of the `packages` section (a "
                                                    "monorepo): its releases only."),
                                     QStringLiteral("name"));
    const QCommandLineOption finals(QStringLiteral("finals"),
                                    QStringLiteral("Leave the pre-releases out."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Only the newest N releases (by version)."),
                                   QStringLiteral("N"));
    parser.addOptions({package, finals, limit});
    if (!context.parse(parser,
                       QStringLiteral("Lists the releases (tags of the tag pattern), highest "
                                      "version first, with their date, number of commits, "
                                      "commit types and strongest change.")))
        return context.exitCode();
    qsizetype maximum = -1;
    if (parser.isSet(limit)) {
        bool ok = false;
        maximum = parser.value(limit).toLongLong(&ok);
        if (!ok || maximum < 1)
            return context.usageError(QStringLiteral("--limit wants a positive number"));
    }

    auto project = Project::open(context.repositoryPath());
    if (!project)
        return context.fail(project.error(), Failure);
    for (const Error &warning : project->settings().config.warnings())
        context.warn(warning.toString());
    auto selected = Package::find(project->settings(), parser.value(package));
    if (!selected)
        return context.fail(selected.error(),
                            selected.error().code == errc::unknownPackage ? Usage : Failure);
    auto history = ReleaseHistory::open(project->repository(), project->settings(), *selected);
    if (!history)
        return context.fail(history.error(), Failure);

    struct Row
    {
        const Release *release;
        ReleaseSummary summary;
    };
    QList<Row> rows;
    for (qsizetype i = 0; i < history->releases().size(); ++i) {
        const Release &release = history->releases().at(i);
        if (parser.isSet(finals) && release.isPreRelease())
            continue;
        if (maximum > 0 && rows.size() == maximum)
            break;
        auto commits = history->analyze(i);
        if (!commits)
            return context.fail(commits.error(),
                                commits.error().code == rd::errc::cancelled ? Cancelled : Failure);
        rows.append({&release, ReleaseSummary::of(*commits)});
    }

    if (context.json()) {
        QJsonArray releases;
        for (const Row &row : rows) {
            QJsonObject object = toJson(row.release->tag);
            object.insert(QStringLiteral("preRelease"), row.release->isPreRelease());
            object.insert(QStringLiteral("previous"),
                          row.release->previous >= 0 ? QJsonValue(
                                  history->releases().at(row.release->previous).tag.name)
                                                     : QJsonValue());
            object.insert(QStringLiteral("commitCount"), row.summary.commits);
            object.insert(QStringLiteral("level"), toString(row.summary.level));
            object.insert(QStringLiteral("breaking"), row.summary.breaking);
            QJsonObject types;
            for (const auto &[type, count] : row.summary.types)
                types.insert(type, count);
            object.insert(QStringLiteral("types"), types);
            releases.append(object);
        }
        context.printJson(QJsonObject{
                {QStringLiteral("repository"), project->root()},
                {QStringLiteral("package"), selected->name},
                {QStringLiteral("tagPattern"), history->settings().tagPattern.pattern()},
                {QStringLiteral("releases"), releases},
                {QStringLiteral("skippedTags"), toJson(history->skippedTags())},
        });
        return Success;
    }

    QTextStream &out = context.out();
    if (rows.isEmpty()) {
        out << "No releases yet: no tag matches \"" << history->settings().tagPattern.pattern()
            << "\".\n";
        out.flush();
        return Success;
    }
    qsizetype width = 7;
    for (const Row &row : rows)
        width = std::max(width, row.release->tag.version.toString().size());
    out << QStringLiteral("VERSION").leftJustified(width + 2) << "DATE        COMMITS  BUMP   "
        << "TYPES\n";
    for (const Row &row : rows) {
        const QString level = toString(row.summary.level)
                              + (row.summary.breaking > 0 ? QStringLiteral("!") : QString());
        out << row.release->tag.version.toString().leftJustified(width + 2)
            << row.release->tag.date.date().toString(Qt::ISODate).leftJustified(12)
            << QString::number(row.summary.commits).rightJustified(7) << "  "
            << level.leftJustified(7) << row.summary.typesText(6)
            << (row.release->isPreRelease() ? QStringLiteral("  (pre-release)") : QString())
            << '\n';
    }
    if (!history->skippedTags().isEmpty())
        out << '\n'
            << counted(history->skippedTags().size(), "tag looks", "tags look")
            << " like releases but " << (history->skippedTags().size() == 1 ? "was" : "were")
            << " skipped (see --json for the reasons).\n";
    out.flush();
    return Success;
}

namespace {
const CommandRegistration registration{
        {"releases",
         "List the releases with their date, commits and types of change",
         runReleases,
         31}};
} // namespace

} // namespace rd::cli
