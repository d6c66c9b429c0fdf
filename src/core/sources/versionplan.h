// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/splice.h"
#include "sources/versionsource.h"
#include "sources/versionwriter.h" // errc::staleSource, errc::notWritable

namespace rd {

// The planned edit of one file: its bytes now, the splices, the bytes after. What a dry run
// shows, what the release wizard lists as a "write version sources" step, and what apply()
// writes.
struct FileEdit
{
    QString path;          // relative to the root
    QByteArray before;     // the file as read when planning
    QByteArray after;      // the file as it will be written
    QList<Splice> splices; // in `before`'s offsets, sorted
    QStringList sourceIds; // the sources (VersionSource::id()) this edit writes

    // git-style unified diff of this file.
    QByteArray diff() const;
};

// A source the plan leaves alone, and why. Blocking: the source should be written but cannot
// take this version (its scheme cannot express it, the file changed since the scan).
struct SkippedSource
{
    VersionSource source;
    Error reason;
    bool blocking = false;
};

// Setting every writable source to one version, planned in full before any byte is written.
struct VersionPlan
{
    QString root;
    Version version;
    QList<FileEdit> edits;        // files that change, in the sources' order
    QList<SkippedSource> skipped; // read-only, dynamic, not representable...
    QStringList unchanged;        // ids of writable sources that already say this version

    bool isBlocked() const;
    // Every file's diff, concatenated.
    QByteArray diff() const;

    // Reads each file of the writable sources under `root` once, checks the spans still hold
    // the text they were read with, and computes the splices. Sources whose text is no version
    // (unparseable) are skipped, not overwritten: they may not be version sources at all. Fails
    // only on I/O errors; every problem with one source lands in `skipped`.
    static Result<VersionPlan> make(const QString &root,
                                    const QList<VersionSource> &sources,
                                    const Version &version);
    // Writes the edits, each file atomically (QSaveFile). Every file is checked against
    // `before` first and nothing is written if one changed since planning (errc::staleSource).
    // Not a transaction across files: a disk failure half-way leaves the files written so far.
    Status apply() const;
};

} // namespace rd
