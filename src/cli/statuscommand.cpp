// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "publishedpresenter.h"
#include "sourcespresenter.h"

#include "project/project.h"
#include "registrygate/publishedinspection.h"
#include "releasedraft/sourceinspection.h"

namespace rd::cli {

int runStatus(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption published(
            QStringLiteral("published"),
            QStringLiteral("Read the registries detected from the sources (package.json, "
                           "pyproject.toml, Cargo.toml, chart images) even without a registries: "
                           "section in .releasedesk.yml."));
    parser.addOption(published);
    if (!context.parse(parser,
                       QStringLiteral("Lists every place the project declares its version "
                                      "(package.json, pyproject.toml, Cargo.toml, pom.xml, "
                                      "Chart.yaml, ...) and compares each with the latest release "
                                      "tag, or with sources.primary of .releasedesk.yml. Exit "
                                      "status 3 when a source is behind, ahead, unparseable or "
                                      "missing, so a CI job can gate on it. With a registries: "
                                      "section in .releasedesk.yml (or --published) it also "
                                      "reads what each registry has published; exit status 3 "
                                      "too when a registry is ahead of the tag or already has "
                                      "the version the sources are about to release.")))
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
    PublishedInspection::Options options;
    options.evenWithoutConfiguration = parser.isSet(published);
    auto registries = PublishedInspection::inspect(project->repository(),
                                                   project->root(),
                                                   project->settings().config,
                                                   report->reference,
                                                   PublishedInspection::upcoming(*report),
                                                   options);
    if (!registries)
        return context.fail(registries.error(), Failure);
    for (const QString &note : std::as_const(registries->notes))
        context.warn(note);
    for (const PublishedEntry &entry : std::as_const(registries->entries)) {
        if (entry.error)
            context.warn(entry.error->toString());
    }
    if (context.json()) {
        QJsonObject json = toJson(*report);
        json.insert(QStringLiteral("published"), toJson(*registries));
        json.insert(QStringLiteral("mismatch"), report->hasMismatch() || registries->hasMismatch());
        context.printJson(json);
    } else {
        printReport(context.out(), *report);
        printPublished(context.out(), *registries);
    }
    return report->hasMismatch() || registries->hasMismatch() ? Mismatch : Success;
}

namespace {
const CommandRegistration registration{
        {"status",
         "Compare every version source with the release tag (exit 3 on a mismatch)",
         runStatus,
         50}};
} // namespace

} // namespace rd::cli
