// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "sourcespresenter.h"

#include "project/project.h"
#include "releasedraft/sourceinspection.h"

namespace rd::cli {

int runStatus(Context &context)
{
    QCommandLineParser parser;
    if (!context.parse(parser,
                       QStringLiteral("Lists every place the project declares its version "
                                      "(package.json, pyproject.toml, Cargo.toml, pom.xml, "
                                      "Chart.yaml, ...) and compares each with the latest release "
                                      "tag, or with sources.primary of .releasedesk.yml. Exit "
                                      "status 3 when a source is behind, ahead, unparseable or "
                                      "missing, so a CI job can gate on it.")))
        return context.exitCode();
    auto project = Project::open(context.repositoryPath());
    if (!project)
        return context.fail(project.error(), Failure);
    auto report = inspectSources(*project);
    if (!report)
        return context.fail(report.error(),
                            report.error().code == errc::cancelled ? Cancelled : Failure);
    for (const QString &warning : std::as_const(report->warnings))
        context.warn(warning);
    if (context.json())
        context.printJson(toJson(*report));
    else
        printReport(context.out(), *report);
    return report->hasMismatch() ? Mismatch : Success;
}

namespace {
const CommandRegistration registration{
        {"status",
         "Compare every version source with the release tag (exit 3 on a mismatch)",
         runStatus,
         50}};
} // namespace

} // namespace rd::cli
