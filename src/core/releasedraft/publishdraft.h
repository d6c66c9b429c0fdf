// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/publishplanner.h"
#include "publish/publishsettings.h"

namespace rd {

class Project;
class ReleaseDraft;

// Where the publish steps of a release come from, for both front ends: the project's publish
// settings, and the release they publish — the one just made, or (`releasedesk-cli publish`)
// the release tag HEAD is on.
namespace PublishDraft {

// The registries: entries with publish: and the publish: section of the project's
// .releasedesk.yml.
Result<PublishSettings> settings(const Project &project);

// The release HEAD is tagged with: the last release of the draft's history, which must be
// HEAD itself (the work tree is what the build packs). Its notes are the tag's message; its
// forge the one origin names.
// Errors: no release tag yet, HEAD past the last release.
Result<PublishRelease> taggedRelease(const ReleaseDraft &draft);

// The release a run of `plan` just made, pushed to `remote` (its forge is the one a forge
// release goes to; empty: origin).
Result<PublishRelease> madeRelease(const ReleaseDraft &draft,
                                   const Version &version,
                                   const QString &tag,
                                   const QString &notes,
                                   const QString &remote);

// The forge a release pushed to `remote` (empty: origin) makes its forge release on; an error
// says why there is none.
Result<ForgeLocation> plannedForge(const ReleaseDraft &draft, const QString &remote);

} // namespace PublishDraft

namespace errc {
inline constexpr QStringView notReleaseCommit = u"publish.not-release-commit";
}

} // namespace rd
