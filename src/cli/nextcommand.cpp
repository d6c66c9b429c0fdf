// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"
#include "commands.h"
#include "counted.h"
#include "exitcode.h"
#include "presenter.h"

#include "history/nextversionreport.h"
#include "project/project.h"

#include <QJsonArray>

namespace rd::cli {

namespace {

QString describe(const ReleaseTag &tag)
{
    return QStringLiteral("%1 (tag %2, %3)")
            .arg(tag.version.toString(), tag.name, tag.date.date().toString(Qt::ISODate));
}

void printText(Context &context, const NextVersionReport &report, const TagPattern &pattern)
{
    QTextStream &out = context.out();
    const QString baseTag = report.lastRelease ? report.lastRelease->name : QString();
    if (report.lastPreRelease)
        out << "Current version: " << describe(*report.lastPreRelease) << '\n';
    else if (report.lastRelease)
        out << "Current version: " << describe(*report.lastRelease) << '\n';
    else
        out << "Current version: none (no tag matches \"" << pattern.pattern()
            << "\" yet: first release)\n";
    out << "Tag pattern:     " << report.tagStyle.explanation() << '\n';

    if (report.next) {
        out << "Next version:    " << report.next->version.toString() << " ("
            << toString(report.next->appliedLevel) << ")\n";
        for (const QString &step : report.next->steps)
            out << "  " << step << '\n';
    } else if (report.nextError) {
        out << "Next version:    none: " << report.nextError->message << '\n';
    }

    if (!report.deciding.isEmpty()) {
        out << "\nDeciding commits (" << toString(report.level) << "):\n";
        for (qsizetype index : report.deciding) {
            const AnalyzedCommit &commit = report.commits.at(index);
            out << "  " << commit.id.toShortString() << "  " << commit.header() << "\n"
                << "           " << commit.classification.reason << '\n';
        }
    }

    qsizetype bumping = 0;
    for (const AnalyzedCommit &commit : report.commits)
        bumping += commit.classification.level != BumpLevel::None ? 1 : 0;
    out << '\n'
        << counted(report.commits.size(), "commit", "commits") << ' '
        << (baseTag.isEmpty() ? QStringLiteral("in the history")
                              : QStringLiteral("since ") + baseTag)
        << ", " << bumping << (bumping == 1 ? " bumps" : " bump") << " the version";
    if (report.commits.size() > bumping)
        out << "; `releasedesk-cli commits` tells why the others do not";
    out << ".\n";
    if (!report.skippedTags.isEmpty())
        out << counted(report.skippedTags.size(), "tag looks", "tags look") << " like releases but "
            << (report.skippedTags.size() == 1 ? "was" : "were")
            << " skipped (see --json for the reasons).\n";
    out.flush();
}

QString originName(TagStyle::Origin origin)
{
    switch (origin) {
    case TagStyle::Origin::Configured:
        return QStringLiteral("configured");
    case TagStyle::Origin::Inferred:
        return QStringLiteral("inferred");
    case TagStyle::Origin::Default:
        break;
    }
    return QStringLiteral("default");
}

QJsonObject tagStyleJson(const TagStyle &style)
{
    QJsonArray older;
    for (qsizetype i = 0; i < style.older.size(); ++i) {
        older.append(QJsonObject{{QStringLiteral("pattern"), style.older.at(i).pattern()},
                                 {QStringLiteral("tags"), style.counts.value(i + 1)}});
    }
    return QJsonObject{{QStringLiteral("pattern"), style.pattern.pattern()},
                       {QStringLiteral("origin"), originName(style.origin)},
                       {QStringLiteral("tags"), style.tagCount()},
                       {QStringLiteral("example"), style.example},
                       {QStringLiteral("olderPatterns"), older},
                       {QStringLiteral("reason"), style.explanation()},
                       {QStringLiteral("fix"),
                        style.isMixed() ? QJsonValue(style.configurationFix()) : QJsonValue()}};
}

QJsonObject toJsonReport(const NextVersionReport &report,
                         const Project &project,
                         const TagPattern &pattern)
{
    QJsonObject object{
            {QStringLiteral("repository"), project.root()},
            {QStringLiteral("head"), report.head.toString()},
            {QStringLiteral("branch"), report.branch},
            {QStringLiteral("package"), report.package},
            {QStringLiteral("tagPattern"), pattern.pattern()},
            {QStringLiteral("tagStyle"), tagStyleJson(report.tagStyle)},
            {QStringLiteral("currentVersion"),
             report.currentVersion() ? QJsonValue(report.currentVersion()->toString())
                                     : QJsonValue()},
            {QStringLiteral("lastRelease"),
             report.lastRelease ? QJsonValue(toJson(*report.lastRelease)) : QJsonValue()},
            {QStringLiteral("lastPreRelease"),
             report.lastPreRelease ? QJsonValue(toJson(*report.lastPreRelease)) : QJsonValue()},
            {QStringLiteral("level"), toString(report.level)},
            {QStringLiteral("release"), report.next.has_value()},
            {QStringLiteral("commitCount"), report.commits.size()},
            {QStringLiteral("skippedTags"), toJson(report.skippedTags)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
    if (report.next) {
        object.insert(QStringLiteral("nextVersion"), report.next->version.toString());
        object.insert(QStringLiteral("nextTag"), pattern.format(report.next->version));
        object.insert(QStringLiteral("appliedLevel"), toString(report.next->appliedLevel));
        object.insert(QStringLiteral("steps"), QJsonArray::fromStringList(report.next->steps));
    } else {
        object.insert(QStringLiteral("nextVersion"), QJsonValue());
        if (report.nextError)
            object.insert(QStringLiteral("reason"), report.nextError->message);
    }
    QJsonArray deciding;
    for (qsizetype index : report.deciding)
        deciding.append(toJson(report.commits.at(index)));
    object.insert(QStringLiteral("deciding"), deciding);
    return object;
}

} // namespace

int runNext(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption pre(QStringLiteral("pre"),
                                 QStringLiteral("Compute a pre-release on this channel (rc, "
                                                "beta, ...)."),
                                 QStringLiteral("channel"));
    parser.addOption(pre);
    const QCommandLineOption package(QStringLiteral("package"),
                                     QStringLiteral("A package of the .releasedesk.yml "
                                                    "`packages` section (monorepos)."),
                                     QStringLiteral("name"));
    parser.addOption(package);
    if (!context.parse(parser,
                       QStringLiteral("Shows the current version (the highest release tag "
                                      "reachable from HEAD), the next version and the commits "
                                      "that decide it.")))
        return context.exitCode();

    NextVersionOptions options;
    options.channel = parser.value(pre);
    options.package = parser.value(package);
    auto analysis = openAndAnalyze(context, options);
    if (!analysis)
        return context.exitCode();
    const NextVersionReport &report = analysis->report;
    // Configured, or read from the tags: what the next tag is named by.
    const TagPattern pattern = report.tagStyle.pattern;
    // A wrong --pre channel is the user's mistake, not "nothing to release".
    if (report.nextError && report.nextError->code != errc::nothingToRelease)
        return context.fail(*report.nextError, Usage);
    if (context.json())
        context.printJson(toJsonReport(report, analysis->project, pattern));
    else
        printText(context, report, pattern);
    return Success;
}

namespace {
const CommandRegistration registration{
        {"next", "Show the current and next version and the commits that decide it", runNext, 10}};
} // namespace

} // namespace rd::cli
