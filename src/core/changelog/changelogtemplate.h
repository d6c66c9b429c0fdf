// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog/changelogrelease.h"
#include "util/error.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace rd {

struct ChangelogSettings;

// A user's release-notes template in Mustache (rendered by the kainjow/mustache library). The
// context is the JSON shape of changelogjson.h: { "releases": [ release, … ] } plus whatever
// the caller adds (the CLI adds "package" and "repositoryUrl"). Empty strings and empty lists
// are false in sections, so {{#compareUrl}}…{{/compareUrl}} only renders when there is a link.
// Values are inserted as they are ({{x}} does not HTML-escape): the output is Markdown.
//
//   {{#releases}}
//   ## {{title}}{{#date}} ({{date}}){{/date}}
//   {{#sections}}
//   ### {{title}}
//   {{#entries}}
//   - {{#scope}}**{{scope}}:** {{/scope}}{{description}} ({{shortCommit}})
//   {{/entries}}
//   {{/sections}}
//   {{/releases}}
class ChangelogTemplate
{
public:
    // Errors (changelog.template) say what is wrong and where: an unclosed section, a bad tag.
    static Result<ChangelogTemplate> parse(const QString &text, const QString &sourceName);
    static Result<ChangelogTemplate> load(const QString &path);
    // The template changelog.template names (relative to `root`); none when it names none.
    static Result<std::optional<ChangelogTemplate>> configured(const ChangelogSettings &settings,
                                                               const QString &root);

    // What a template sees beside "releases": the package's name (empty for the repository)
    // and the repository's web address (empty when unknown).
    static QJsonObject context(const QString &package, const QString &repositoryUrl);

    Result<QString> render(const QJsonObject &context) const;
    // One release, as `releasedesk-cli changelog --prepend` and a release's notes render it:
    // `context` with "releases" holding only `release`.
    Result<QString> renderRelease(const ChangelogRelease &release, QJsonObject context) const;

private:
    struct Parsed;
    std::shared_ptr<const Parsed> m_parsed;
    QString m_sourceName;
};

namespace errc {
inline constexpr QStringView badTemplate = u"changelog.template";
}

} // namespace rd
