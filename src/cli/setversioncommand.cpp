// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "counted.h"
#include "exitcode.h"
#include "sourcespresenter.h"

#include "project/project.h"
#include "releasedraft/sourceinspection.h"

namespace rd::cli {

int runSetVersion(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show the diff, write nothing."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(QStringLiteral("version"),
                                 QStringLiteral(
                                         "The SemVer version to write (1.4.0, v2.0.0-rc.1)."));
    if (!context.parse(parser,
                       QStringLiteral("Writes a version into every writable version source, each "
                                      "in its own spelling (PEP 440 in Python files, -SNAPSHOT "
                                      "style in Maven, ...), changing only the version's bytes, "
                                      "and prints the unified diff. The changelog and the tag "
                                      "are not written; dynamic sources are skipped."),
                       true))
        return context.exitCode();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("expected exactly one version"));
    QString text = positional.first();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text.remove(0, 1);
    auto version = Version::parse(text);
    if (!version)
        return context.usageError(version.error().message);

    auto project = Project::open(context.repositoryPath());
    if (!project)
        return context.fail(project.error(), Failure);
    auto report = inspectSources(*project);
    if (!report)
        return context.fail(report.error(), Failure);
    QList<VersionSource> sources;
    for (const SourceEntry &entry : std::as_const(report->entries))
        sources.append(entry.source);
    auto plan = VersionPlan::make(project->root(), sources, *version);
    if (!plan)
        return context.fail(plan.error(), Failure);

    const bool write = !parser.isSet(dryRun) && !plan->isBlocked();
    Status written;
    if (write)
        written = plan->apply();
    if (context.json()) {
        if (!written)
            return context.fail(written.error(), Failure);
        context.printJson(toJson(*plan, write));
    } else {
        QTextStream &out = context.out();
        out << QString::fromUtf8(plan->diff());
        for (const SkippedSource &skip : std::as_const(plan->skipped)) {
            if (skip.blocking)
                context.err() << "error: " << skip.reason.toString() << Qt::endl;
            else if (!skip.source.readOnly)
                context.err() << "skipped: " << skip.reason.toString() << Qt::endl;
        }
        if (!written)
            return context.fail(written.error(), Failure);
        const qsizetype files = plan->edits.size();
        if (plan->isBlocked())
            out << "Nothing was written: some sources cannot take " << version->toString() << ".\n";
        else if (!write)
            out << "Dry run: " << counted(files, "file", "files") << " would change.\n";
        else
            out << "Wrote " << version->toString() << " to " << counted(files, "file", "files")
                << ".\n";
        out.flush();
    }
    return plan->isBlocked() ? Failure : Success;
}

namespace {
const CommandRegistration registration{
        {"set-version",
         "Write a version into every version source and show the diff",
         runSetVersion,
         60}};
} // namespace

} // namespace rd::cli
