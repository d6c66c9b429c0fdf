// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog/changelogrelease.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd {

// The changelog model as JSON, the shape `releasedesk-cli changelog --format json` prints and
// Mustache templates see. A release:
//   { "version": "1.2.0", "title": "1.2.0", "tag": "v1.2.0", "previousTag": "v1.1.0",
//     "date": "2024-05-01", "unreleased": false, "preRelease": false,
//     "compareUrl": "https://…/compare/v1.1.0...v1.2.0", "commitCount": 12,
//     "sections": [ { "title": "Features", "entries": [ entry, … ] } ],
//     "breakingChanges": [ entry, … ],
//     "leftOut": [ { "commit": "…", "header": "chore: x", "reason": "…" } ] }
// An entry:
//   { "commit": "<40 hex>", "shortCommit": "abc1234", "commitUrl": "…", "type": "feat",
//     "scope": "api", "description": "add x", "body": "…", "breaking": false,
//     "breakingNote": "", "date": "2024-04-30T12:00:00+02:00",
//     "references": [ { "text": "#12", "number": "12", "repository": "", "mergeRequest": false,
//                       "action": "closes", "url": "…" } ],
//     "authors": [ { "name": "…", "email": "…" } ] }
// Absent values are empty strings (never null), so templates can test them.
QJsonObject toJson(const ChangelogEntry &entry);
QJsonObject toJson(const ChangelogRelease &release, bool withLeftOut = true);

} // namespace rd
