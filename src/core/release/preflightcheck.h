// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"
#include "git/remote.h"
#include "release/releasesettings.h"
#include "semver/version.h"
#include "util/error.h"
#include "util/progress.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace git {
class Repository;
}

namespace rd {

class RemoteAccess;
class VersionSourceProbe;

// What a pre-flight check found: pass, warn (the release can go on; the user should know) or
// fail (the release must not start), a sentence saying why, and when there is one, a fix the
// user can apply with one click and then re-run the checks.
struct CheckResult
{
    enum class Status { Pass, Warn, Fail };

    struct Fix
    {
        QString label; // "Fast-forward main to origin/main"
        // Applies the fix; runs on the thread that owns the repository of the context.
        std::function<rd::Status(Progress *)> apply;
    };

    QString id;
    QString title;
    Status status = Status::Pass;
    QString message;
    std::optional<Fix> fix;

    static QString statusName(Status status);
};

// Everything the checks look at. The remote is contacted at most once per run for its
// references (remoteHeads()), in the push direction, which also proves the credentials work.
struct PreflightContext
{
    explicit PreflightContext(git::Repository &repo)
        : repository(repo)
    {}

    git::Repository &repository;
    ReleaseSettings settings;
    QString remote; // where the release pushes; empty: no push
    Version version;
    QString tagName;
    std::optional<Version> lastRelease; // the last release reachable from HEAD
    QString lastReleaseTag;
    qsizetype commitsSinceLastRelease = -1; // -1: unknown
    RemoteAccess *remotes = nullptr;
    VersionSourceProbe *versionSources = nullptr;
    bool fetch = true; // fetch the upstream before comparing with it

    // The remote's references (cached for the run).
    Result<QList<git::RemoteHead>> remoteHeads(Progress *progress);
    // The work tree's .releasedesk.yml (read once for the run, shared by the checks that need
    // their section of it).
    Result<ProjectConfig> projectConfig();

private:
    std::optional<Result<QList<git::RemoteHead>>> m_remoteHeads;
    std::optional<Result<ProjectConfig>> m_projectConfig;
};

// One pre-flight check. Later issues add theirs ("CI green on this commit", "version not yet
// on the registry") by implementing this and adding it to the Preflight.
class PreflightCheck
{
public:
    virtual ~PreflightCheck() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual CheckResult run(PreflightContext &context, Progress *progress) = 0;

protected:
    CheckResult result(CheckResult::Status status, QString message) const;
};

} // namespace rd
