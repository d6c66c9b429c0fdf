// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog/changelogbuilder.h"
#include "changelog/changelogsettings.h"
#include "changelog/changelogtemplate.h"
#include "changelog/repositorylinks.h"
#include "history/nextversionreport.h"
#include "project/package.h"
#include "release/filechange.h"
#include "release/preflight.h"
#include "release/preflightcheck.h"
#include "release/releaseplanner.h"
#include "release/releasesettings.h"
#include "release/versionsourceprobe.h"
#include "releasedraft/versionchoice.h"
#include "sources/sourcereport.h"
#include "sources/versionplan.h"

#include <QDate>
#include <memory>

namespace rd {

class Project;

// What the user decides on the way to a release; the wizard's pages and the CLI's options.
struct DraftOptions
{
    QString package;       // a package of .releasedesk.yml; empty: the repository
    bool changelog = true; // insert the notes into the package's CHANGELOG.md
    bool push = true;      // and ReleaseSettings::push
    QString remote;        // empty: ReleasePlanner::pushRemote's rule
    QDate date = QDate::currentDate();
};

// One release in the making: everything it starts from is read once (the next-version analysis,
// the version sources, the changelog and release settings), then turned, for the version and
// notes the user settles on, into the files to write, the ReleaseChoices and the ReleasePlan
// that the review page and `release --dry-run` show and the runner executes.
//
// Keeps a reference to the project: use both on one thread, the project outliving the draft.
class ReleaseDraft
{
public:
    // Errors: an unknown package, mistakes in .releasedesk.yml, git failures, cancellation.
    // "Nothing to release" is not an error here: report().nextError says it.
    static Result<ReleaseDraft> prepare(Project &project,
                                        const DraftOptions &options = {},
                                        Progress *progress = nullptr);

    Project &project() const { return *m_project; }
    const DraftOptions &options() const { return m_options; }
    // The choices the wizard offers after the analysis (the CLI sets them in DraftOptions).
    void setWriteChangelog(bool on) { m_options.changelog = on; }
    void setPush(bool on) { m_options.push = on; }
    const Package &package() const { return m_package; }
    const ProjectSettings &settings() const { return m_settings; } // the package's
    const ReleaseSettings &releaseSettings() const { return m_releaseSettings; }
    const ChangelogSettings &changelogSettings() const { return m_changelogSettings; }
    const NextVersionReport &report() const { return m_report; }
    const SourceReport &sources() const { return m_sources; }
    // Where the release pushes; empty when it does not push.
    QString pushRemote() const;

    // The version a choice gives, with one sentence per rule that shaped it.
    Result<NextVersion> resolve(const VersionChoice &choice) const;
    QString tagName(const Version &version) const;
    // The release notes of `version` as Markdown: one changelog section in the project's style
    // (conventional-changelog unless changelog.format says keepachangelog), or rendered by the
    // Mustache template changelog.template names, as `releasedesk-cli changelog` renders it.
    // Errors: the template fails (changelog.template).
    ChangelogRelease notesModel(const Version &version) const;
    Result<QString> notes(const Version &version) const;
    // The changelog file the notes go into (relative to the root); empty when not written.
    QString changelogFile() const;

    // Every file the release writes: the version sources set to `version` and, unless
    // options().changelog is off, `notes` inserted into the changelog, every other byte kept.
    // Errors: a source that cannot take the version (release.sources-blocked), a changelog that
    // already has this version (changelog.already-covered), unreadable files.
    Result<QList<FileChange>> files(const Version &version, const QString &notes) const;
    // The same as edits with the splices that make them, for the review's diffs (a new
    // changelog section is one insertion).
    Result<QList<FileEdit>> edits(const Version &version, const QString &notes) const;
    Result<ReleaseChoices> choices(const Version &version, const QString &notes) const;
    Result<ReleasePlan> plan(const ReleaseChoices &choices) const;

    // Fills the pre-flight's context for releasing `version`; the version sources are read
    // through `probe` (see makeProbe()), which must outlive the context's use.
    void fillPreflight(PreflightContext &context,
                       const Version &version,
                       VersionSourceProbe *probe) const;
    // The checks both front ends run: the standard ones, then the CI gates (the release
    // commit's pipelines, security jobs that may fail silently). The CI check passes with "not
    // checked" when no forge is configured or detected from the remote.
    static Preflight preflight();
    std::unique_ptr<VersionSourceProbe> makeProbe() const;

    // The sources of `report` a release writes: writable, inside `paths` when given.
    static QList<VersionSource> releasedSources(const SourceReport &report,
                                                const QStringList &paths);

private:
    ReleaseDraft() = default;

    Project *m_project = nullptr;
    DraftOptions m_options;
    Package m_package;
    ProjectSettings m_settings;
    ReleaseSettings m_releaseSettings;
    ChangelogSettings m_changelogSettings;
    RepositoryLinks m_links;
    std::optional<ChangelogTemplate> m_template; // changelog.template, when set
    NextVersionReport m_report;
    SourceReport m_sources;
};

namespace errc {
inline constexpr QStringView sourcesBlocked = u"release.sources-blocked";
inline constexpr QStringView changelogCovered = u"changelog.already-covered";
} // namespace errc

} // namespace rd
