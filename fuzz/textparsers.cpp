// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz entry points for the text parsers outside sources/formats: Conventional Commit
// messages, CHANGELOG.md documents and .releasedesk.yml with the settings read from it.
#include "fuzztargets.h"

#include "commits/conventionalcommit.h"
#include "config/projectconfig.h"
#include "project/projectsettings.h"
#include "sources/changelogdocument.h"

namespace rd::fuzz {

namespace {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

QString commitmessage(const uint8_t *data, size_t size)
{
    const QString message = QString::fromUtf8(bytesOf(data, size));
    const ConventionalCommit commit = parseCommitMessage(message);
    if (commit.form == CommitForm::Conventional) {
        if (commit.type.isEmpty() || commit.description.isEmpty())
            return QStringLiteral("a conventional commit without type or description");
        if (!commit.header.startsWith(commit.prefix()))
            return QStringLiteral("the prefix %1 does not start the header %2")
                    .arg(commit.prefix(), commit.header);
        // The header alone parses to the same type, scope and marker.
        const ConventionalCommit header = parseCommitMessage(commit.header);
        if (header.type != commit.type || header.scope != commit.scope
            || header.breakingMarker != commit.breakingMarker)
            return QStringLiteral("the header parsed alone differs: %1").arg(commit.header);
        if (commit.breakingMarker && !commit.isBreaking())
            return QStringLiteral("a '!' that is not breaking");
    } else if (commit.form == CommitForm::NotConventional && commit.problem.isEmpty()) {
        return QStringLiteral("not conventional without a reason");
    }
    for (const CommitFooter &footer : commit.footers) {
        if (isBreakingToken(footer.token) && !commit.isBreaking())
            return QStringLiteral("a BREAKING CHANGE footer that is not breaking");
    }
    // A chain of reverts ends.
    int depth = 0;
    for (auto reverted = commit.reverted; reverted; reverted = reverted->reverted) {
        if (++depth > int(size) + 1)
            return QStringLiteral("a revert chain longer than the message");
    }
    return {};
}

QString changelogdocument(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const ChangelogDocument document = ChangelogDocument::parse(bytes);
    int line = 0;
    for (const ChangelogHeading &heading : document.headings()) {
        if (heading.offset < 0 || heading.length < 0
            || heading.offset + heading.length > bytes.size())
            return QStringLiteral("a heading outside the file (line %1)").arg(heading.line);
        if (heading.line <= line)
            return QStringLiteral("headings out of order at line %1").arg(heading.line);
        line = heading.line;
        // The line's first byte: up to three spaces may stand before the '#'.
        qsizetype hash = heading.offset;
        while (hash < heading.offset + 3 && hash < bytes.size() && bytes.at(hash) == ' ')
            ++hash;
        if ((hash >= bytes.size() || bytes.at(hash) != '#') && !heading.unreleased
            && heading.level > 0)
            return QStringLiteral("a heading that does not start with '#' (line %1)")
                    .arg(heading.line);
        if (heading.versionOffset >= 0) {
            if (heading.versionOffset < heading.offset
                || heading.versionOffset + heading.versionLength > heading.offset + heading.length)
                return QStringLiteral("a version outside its heading (line %1)").arg(heading.line);
            if (QString::fromUtf8(bytes.mid(heading.versionOffset, heading.versionLength))
                != heading.versionText)
                return QStringLiteral("the version's bytes differ from its text (line %1)")
                        .arg(heading.line);
        }
    }
    // Inserting a release changes nothing but the insertion, and the new file covers it.
    const qsizetype at = document.insertionOffset();
    if (at < 0 || at > bytes.size())
        return QStringLiteral("the insertion point is outside the file");
    const QByteArray written = document.withNewRelease(
            "## 9999.0.0 (2026-12-07)\n\n- a change\n\n");
    const qsizetype inserted = written.size() - bytes.size();
    if (inserted <= 0 || written.left(at) != bytes.left(at)
        || written.mid(at + inserted) != bytes.mid(at))
        return QStringLiteral("the new release changed bytes outside its insertion");
    if (!ChangelogDocument::parse(written).covers(Version(9999, 0, 0)))
        return QStringLiteral("the written file does not cover the new release");
    return {};
}

QString projectconfig(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral(".releasedesk.yml");
    auto config = ProjectConfig::parse(bytesOf(data, size), name);
    if (!config)
        return config.error().source.startsWith(name)
                       ? QString()
                       : QStringLiteral("an error names another source: ") + config.error().source;
    auto settings = ProjectSettings::fromConfig(*config);
    if (!settings && !settings.error().source.isEmpty()
        && !settings.error().source.startsWith(name))
        return QStringLiteral("a settings error names another source: ") + settings.error().source;
    return {};
}

} // namespace rd::fuzz
