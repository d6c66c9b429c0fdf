// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/package.h"
#include "semver/tagpattern.h"
#include "util/error.h"

#include <QList>
#include <QString>

namespace git {
class CommitStore;
}

namespace rd {

// How the release tags of a repository, or of one package, are named, and why ReleaseDesk
// thinks so. Without a configured tag-pattern the style is read from the tags themselves: the
// style of the most recent release names the next tag, and tags of the same line in older
// styles ("v11.35.4" before "44.39.2") are still read as releases.
struct TagStyle
{
    enum class Origin {
        Configured, // tag-pattern in the configuration
        Inferred,   // read from the tags
        Default,    // no configuration and no release tag to learn from
    };

    TagPattern pattern;      // names the next tag; read first when two styles tag one version
    QList<TagPattern> older; // other styles of the same line, most used first
    QList<qsizetype> counts; // release tags per style: pattern first, then older
    Origin origin = Origin::Default;
    QString example; // the most recent release tag in `pattern`'s style
    QString package; // the package the style is for; empty for the repository
    // The package-like tag names seen when the repository's style could not be told (a
    // monorepo without its packages declared): a few, for the message.
    QStringList packageTags;

    QList<TagPattern> patterns() const; // pattern, then older
    qsizetype tagCount() const;
    bool isMixed() const { return !older.isEmpty(); }

    // One sentence on the pattern and where it comes from, e.g. "tags look like `44.39.2`:
    // pattern `{version}`, inferred from 11 022 tags".
    QString explanation() const;
    // What the user should know about the style, with the fix (the .releasedesk.yml line to
    // add): several styles in one line, or package tags without packages. Empty when nothing.
    QStringList warnings() const;
    // The configuration that pins the inferred pattern.
    QString configurationFix() const;
};

// The tag style of the repository (`package` empty) or of a declared package, read from the
// tag names and the dates of the newest tag of each candidate style. Candidates for the
// repository are version-like prefixes ("", "v", "release-", "release-v", ...) or, when every
// tag has the same non-generic prefix ("myapp-v1.2.0"), that prefix; for a package, the
// package forms of its name ("pkg@", "pkg/v", "pkg-v", "@scope/pkg@", ...). `fallback` is
// used, with Origin::Default, when no tag fits.
Result<TagStyle> inferTagStyle(git::CommitStore &store,
                               const QString &package,
                               const TagPattern &fallback);

// The package's style (the repository's for Package::repository()): its tag-pattern when the
// configuration sets one, else inferTagStyle() with the package's default pattern as fallback.
Result<TagStyle> tagStyleOf(git::CommitStore &store, const Package &package);

} // namespace rd
