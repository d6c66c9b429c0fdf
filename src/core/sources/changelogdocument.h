// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// A release heading found in an existing CHANGELOG.md, with its exact place in the bytes.
// Recognised forms (Keep a Changelog, conventional-changelog/standard-version, release-please):
//   ## [1.1.1] - 2023-03-05        ## 1.1.1 (2023-03-05)        # [5.0.0](url) (2019-02-05)
//   ## [Unreleased]                ## v2.0.0                    ### [4.1.1](url) (2019-...)
struct ChangelogHeading
{
    QString versionText;            // as written: "1.1.1", "v2.0.0"; empty for Unreleased
    std::optional<Version> version; // parsed (a leading "v" allowed); empty when not SemVer
    bool unreleased = false;        // the "Unreleased" heading
    QDate date;                     // when the heading carries one
    int level = 0;                  // number of '#'
    int line = 0;                   // 1-based line of the heading
    qsizetype offset = 0;           // byte offset of the heading line's first byte
    qsizetype length = 0;           // bytes of the heading line, without its line ending
    qsizetype versionOffset = -1;   // byte range of versionText inside the file (-1: none)
    qsizetype versionLength = 0;
};

// An existing changelog file, read without changing a byte of it. Reading never fails: a file
// with no recognisable release heading simply covers no releases.
class ChangelogDocument
{
public:
    static ChangelogDocument parse(const QByteArray &bytes);

    const QByteArray &bytes() const { return m_bytes; }
    // Release headings in file order (usually newest first), Unreleased included.
    const QList<ChangelogHeading> &headings() const { return m_headings; }
    // The first heading that names a version (Unreleased skipped): what the file says was
    // released last.
    std::optional<ChangelogHeading> latestRelease() const;
    // True when some heading names this version (SemVer precedence, build metadata ignored).
    bool covers(const Version &version) const;

    // Where a new release section goes: before the first heading that names a version, so it
    // lands under the title/intro and under an "Unreleased" section if there is one; at the end
    // when there is no release heading yet, or, when the file ends inside a code block that is
    // never closed, before that block's opening fence (a heading inside it would be no heading).
    // An HTML anchor line right above that heading
    // (`<a name="4.4.0"></a>`, as standard-version writes) stays with its heading.
    qsizetype insertionOffset() const;
    // The file with `section` (one release in Markdown, ending with a blank line) inserted at
    // insertionOffset(); every other byte unchanged. Uses the file's own line ending (CRLF
    // files get CRLF in the inserted text).
    QByteArray withNewRelease(const QByteArray &section) const;

private:
    QByteArray m_bytes;
    QList<ChangelogHeading> m_headings;
    qsizetype m_unclosedFence = -1; // the offset of a fence line whose block never closes
};

} // namespace rd
