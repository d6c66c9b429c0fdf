// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace rd {

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

    Result<QString> render(const QJsonObject &context) const;

private:
    struct Parsed;
    std::shared_ptr<const Parsed> m_parsed;
    QString m_sourceName;
};

namespace errc {
inline constexpr QStringView badTemplate = u"changelog.template";
}

} // namespace rd
