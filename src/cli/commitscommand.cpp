// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"
#include "commands.h"
#include "exitcode.h"
#include "presenter.h"

#include "history/nextversionreport.h"
#include "project/project.h"

#include <QJsonArray>

namespace rd::cli {

int runCommits(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption onlyBumping(QStringLiteral("bumping"),
                                         QStringLiteral("Only the commits that bump the "
                                                        "version."));
    parser.addOption(onlyBumping);
    const QCommandLineOption package(QStringLiteral("package"),
                                     QStringLiteral("A package of the .releasedesk.yml "
                                                    "`packages` section (monorepos)."),
                                     QStringLiteral("name"));
    parser.addOption(package);
    if (!context.parse(parser,
                       QStringLiteral("Lists the commits since the last release with their type, "
                                      "scope, bump level and the reason for it.")))
        return context.exitCode();
    NextVersionOptions options;
    options.package = parser.value(package);
    const auto analysis = openAndAnalyze(context, options);
    if (!analysis)
        return context.exitCode();
    const NextVersionReport *report = &analysis->report;

    QList<const AnalyzedCommit *> shown;
    for (const AnalyzedCommit &commit : report->commits) {
        if (!parser.isSet(onlyBumping) || commit.classification.level != BumpLevel::None)
            shown.append(&commit);
    }

    if (context.json()) {
        QJsonArray commits;
        for (const AnalyzedCommit *commit : shown)
            commits.append(toJson(*commit));
        context.printJson(QJsonObject{
                {QStringLiteral("since"),
                 report->lastRelease ? QJsonValue(toJson(*report->lastRelease)) : QJsonValue()},
                {QStringLiteral("commits"), commits},
        });
        return Success;
    }

    QTextStream &out = context.out();
    if (report->lastRelease)
        out << "Commits since " << report->lastRelease->name << " ("
            << report->lastRelease->version.toString() << "), newest first:\n\n";
    else
        out << "No release tag yet: every commit counts towards the first release.\n\n";
    if (shown.isEmpty())
        out << "  (none)\n";
    for (const AnalyzedCommit *commit : shown) {
        const QString type = commit->parsed.prefix();
        out << commit->id.toShortString() << "  "
            << toString(commit->classification.level).leftJustified(5) << "  "
            << (type.isEmpty() ? QStringLiteral("-") : type).leftJustified(16) << "  "
            << (commit->parsed.description.isEmpty() ? commit->header()
                                                     : commit->parsed.description)
            << "\n         " << commit->classification.reason << '\n';
    }
    out.flush();
    return Success;
}

namespace {
const CommandRegistration registration{
        {"commits",
         "List the commits since the last release with their classification",
         runCommits,
         20}};
} // namespace

} // namespace rd::cli
