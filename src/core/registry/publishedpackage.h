// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registrytarget.h"

#include <QDateTime>
#include <QStringList>

namespace rd {

// What a registry has of a package: whether it exists, its latest published version and when
// that was published, how many versions there are, and where to look.
struct PublishedPackage
{
    RegistryTarget target;
    bool exists = false;  // false: "not published yet" (the registry does not know the name)
    QString latest;       // as the registry spells it ("1.4.0", "1.4.0rc1", tag "v1.4.0")
    QDateTime latestDate; // UTC; invalid when the registry does not say
    QStringList versions; // every published version (yanked crates and pre-releases too)
    QUrl url;             // the address that was read (the API document or the tags list)
    QString digest;       // OCI: the manifest digest of `latest`
    QStringList notes;    // what could not be read and why (e.g. no date)

    qsizetype versionsCount() const { return versions.size(); }
    bool has(const QString &version) const { return versions.contains(version); }
};

} // namespace rd
