// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "publish/publishsettings.h"
#include "release/releaseplan.h"
#include "semver/version.h"

namespace rd {

class Progress;

// The release being published: tagged, its commit in the work tree.
struct PublishRelease
{
    QString root; // the work tree, where build commands run and publish: globs are read
    Version version;
    QString tag;
    QString commit; // the full id the tag names ({commit} in an OCI source)
    QString branch;
    QString notes; // the release notes (a forge release's text)
    // Where the project's forge is (for its releases); without one, why not.
    std::optional<ForgeLocation> forge;
    QString forgeProblem;
};

// Turns the publish settings into the steps that publish one release: a step per registry
// entry with publish: (in the configuration's order), then publish.commands. npm and PyPI
// upload the files the globs name; OCI re-tags the image publish: names (a pre-release gets
// only the tags with {version}); a forge release attaches the files to the tag's release. The artifacts
// are read when planning, so the review shows each file with its digest; run build() first.
class PublishPlanner
{
public:
    // Runs publish.build, each command's output to progress->log. Errors: a command fails
    // (naming it, with its last lines) or is cancelled.
    static Status build(const PublishSettings &settings,
                        const PublishRelease &release,
                        Progress *progress = nullptr);
    // Errors: a glob that matches nothing or has wildcards outside the file name, an artifact
    // of another version or package (the step's own planning says which), a registry the
    // release cannot publish to.
    static Result<ReleasePlan> plan(const PublishSettings &settings, const PublishRelease &release);

    // What will be published, for a review made before the artifacts exist: one line per
    // build command, target (its patterns) and command; empty when nothing is.
    static QString outline(const PublishSettings &settings);

    // The files a publish: glob list names (relative to the root, {version} replaced), sorted.
    static Result<QStringList> artifacts(const RegistryTarget &target,
                                         const PublishRelease &release);
};

namespace errc {
inline constexpr QStringView publishNoArtifact = u"publish.no-artifact";
}

} // namespace rd
