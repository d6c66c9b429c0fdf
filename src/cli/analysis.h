// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include "history/nextversionreport.h"
#include "project/project.h"

#include <optional>

namespace rd::cli {

struct Analysis
{
    Project project;
    NextVersionReport report;
};

// Opens the repository named by --repo and analyses it; warnings go to stderr. On failure the
// error is printed, context.exitCode() is set and the result is empty.
std::optional<Analysis> openAndAnalyze(Context &context, const NextVersionOptions &options = {});

} // namespace rd::cli
