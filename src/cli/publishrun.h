// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include "publish/publishplanner.h"
#include "releasedraft/prebuild.h"

#include <QJsonObject>

namespace rd {
class Project;
class Progress;
class RemoteAccess;
} // namespace rd

namespace rd::cli {

// How `publish` and `release` publish a release: run publish.build (not in a dry run, not
// with `build` off), plan the steps from the artifacts, show the plan, run it with a journal.
struct PublishRun
{
    Context &context;
    Project &project;
    const PublishSettings &settings;
    const PublishRelease &release;
    Progress &progress;
    RemoteAccess *remotes = nullptr;
    bool dryRun = false;
    bool build = true;
    // Asked after the plan is shown; false cancels before anything is published.
    std::function<bool()> confirm;
    bool prebuilt = false; // the artifacts were built before the tag (release --build-first)

    // The exit code; `json` gains "publish": {"plan", "built", "done", "journal", "error"}.
    int run(QJsonObject &json);
};

// One line per target and command, for a release's dry run (the artifacts do not exist yet).
void printPublishOutline(QTextStream &out, const PublishSettings &settings);
// The artifacts built before the tag, with their digests, and the publish steps planned on them.
void printPrebuilt(QTextStream &out, const Prebuilt &prebuilt);
QJsonObject prebuiltJson(const Prebuilt &prebuilt);
QJsonObject publishOutline(const PublishSettings &settings);

} // namespace rd::cli
