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
    QString inputs;   // Prebuild::inputsOf(plan, settings): what they were built from
    QString base;     // the commit the release is made on (the plan's base)
    QString settings; // Prebuild::settingsOf(settings): how they were built and picked
    QList<PrebuiltFile> files;
    QString publishText; // the publish steps planned on these files (their dry run)

    QString filesRoot() const; // folder/files: the artifacts at their paths in the work tree
};

namespace Prebuild {

// How artifacts are built and picked: publish.build and every entry's publish: patterns, as a
// SHA-256. An edit of either needs a new build.
QString settingsOf(const PublishSettings &settings);
// What a build depends on: the plan's version, tag, base commit and every file it writes (path
// and new bytes), and settingsOf(settings), as a SHA-256. Another push or notes choice keeps
// it; another version, changelog, base or publish section does not.
QString inputsOf(const ReleasePlan &plan, const PublishSettings &settings);

// Builds the release `plan` makes, for `draft`'s project: writes the files of the plan's base
// commit (without submodules; Git LFS files stay pointers) into a scratch folder in the git
// directory, applies the plan's file changes, runs publish.build there (each
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
Result<std::optional<Prebuilt>> find(const QString &gitDir,
                                     const ReleasePlan &plan,
                                     const PublishSettings &settings);
// The artifacts built before the release `tag` was made, for publishing it later (`publish`
// after a publish that did not start): those of that tag, built on `base` (the tagged commit's
// parent, or the tagged commit when the release changed no file) with these settings.
Result<std::optional<Prebuilt>> findMade(const QString &gitDir,
                                         const QString &tag,
                                         const QStringList &bases,
                                         const PublishSettings &settings);

// Every file still has the digest it was built with; an error names the first that does not
// (changed or gone since the review).
Status verify(const Prebuilt &prebuilt);

} // namespace Prebuild

namespace errc {
inline constexpr QStringView prebuild = u"publish.prebuild";
inline constexpr QStringView prebuiltChanged = u"publish.prebuilt-changed";
} // namespace errc

} // namespace rd
