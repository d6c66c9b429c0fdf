// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "exitcode.h"

#include "project/package.h"

namespace rd::cli {

std::optional<Analysis> openAndAnalyze(Context &context, const NextVersionOptions &options)
{
    auto project = Project::open(context.repositoryPath());
    if (!project) {
        context.setExitCode(context.fail(project.error(), Failure));
        return std::nullopt;
    }
    auto report = analyzeNextVersion(project->repository(), project->settings(), options);
    if (!report) {
        const QString &error = report.error().code;
        const int code = error == rd::errc::cancelled        ? Cancelled
                         : error == rd::errc::unknownPackage ? Usage
                                                             : Failure;
        context.setExitCode(context.fail(report.error(), code));
        return std::nullopt;
    }
    for (const QString &warning : report->warnings)
        context.warn(warning);
    return Analysis{std::move(*project), std::move(*report)};
}

} // namespace rd::cli
