// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/publishplanner.h"
#include "publish/publishsettings.h"
#include "release/releaseplan.h"

#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Progress;
class ReleaseDraft;

// One artifact built before the tag: its path under Prebuilt::filesRoot(), size and digest.
struct PrebuiltFile
{
    QString path; // relative, '/'-separated ("dist/app-1.4.0.tgz")
    qint64 size = 0;
    QString sha256; // hex
};

// The artifacts of a release built before anything is made: HEAD's files with the plan's
// changes, built in a scratch folder, so the review lists what will be published with its
// digests, and the release then publishes exactly these files (never built again).
struct Prebuilt
{
    QString folder; // <gitDir>/releasedesk/prebuilt/<tag>: prebuilt.json and files/
    QString tag;
    QString version;
    QString inputs; // Prebuild::inputsOf(plan): what they were built from
    QList<PrebuiltFile> files;
    QString publishText; // the publish steps planned on these files (their dry run)

    QString filesRoot() const; // folder/files: the artifacts at their paths in the work tree
};

namespace Prebuild {

// What a build depends on in a plan: its version, tag, base commit and every file it writes
// (path and new bytes), as a SHA-256. Another push or notes choice keeps it; another version,
// changelog or base does not.
QString inputsOf(const ReleasePlan &plan);

// Builds the release `plan` makes, for `draft`'s project: writes the files of the plan's base
// commit into a scratch folder, applies the plan's file changes, runs publish.build there (each
// command's output to progress->log), keeps the files the publish: globs name in the prebuilt
// folder (replacing an earlier one, never half-written) and plans the publish steps on them.
// Errors: a command or glob that needs {commit} (unknown before the commit), a failing or
// cancelled command, a glob matching nothing, artifacts the publish steps refuse.
Result<Prebuilt> build(const ReleaseDraft &draft,
                       const ReleasePlan &plan,
                       const PublishSettings &settings,
                       const QString &notes,
                       Progress *progress = nullptr);

// The prebuilt artifacts of exactly this plan's inputs, when there are; nullopt otherwise.
Result<std::optional<Prebuilt>> find(const QString &gitDir, const ReleasePlan &plan);

// Every file still has the digest it was built with; an error names the first that does not
// (changed or gone since the review).
Status verify(const Prebuilt &prebuilt);

} // namespace Prebuild

namespace errc {
inline constexpr QStringView prebuild = u"publish.prebuild";
inline constexpr QStringView prebuiltChanged = u"publish.prebuilt-changed";
} // namespace errc

} // namespace rd
