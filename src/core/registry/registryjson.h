// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/publishedpackage.h"

#include <QByteArray>

// Readers of the registries' JSON answers: pure functions from bytes to what is published, so
// they are fuzzed (fuzz/) and tested without a server. A document that is not what the
// registry documents is an error naming `source` (the URL) and the field.
namespace rd::registryjson {

// An npm packument: dist-tags.latest, versions{}, time{}.
Result<PublishedPackage> npmPackument(const QByteArray &body, const QString &source);
// PyPI's JSON API (/pypi/NAME/json): info.version, releases{version: [files]} with
// upload_time_iso_8601.
Result<PublishedPackage> pypiProject(const QByteArray &body, const QString &source);
// The crate registry API (/api/v1/crates/NAME): crate.max_stable_version (else max_version),
// versions[{num, created_at}].
Result<PublishedPackage> cratesCrate(const QByteArray &body, const QString &source);
// OCI tags/list: {"name", "tags": [...]}; the tags of one page.
Result<QStringList> ociTags(const QByteArray &body, const QString &source);
// An RFC 3339 time ("2026-01-05T10:00:00.123Z", "2026-01-05T10:00:00+00:00"), in UTC.
QDateTime time(const QString &text);

} // namespace rd::registryjson
