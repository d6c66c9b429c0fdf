// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogbuilder.h"

#include <QCoreApplication>
#include <algorithm>

namespace rd {

namespace {

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

// "Co-authored-by: Name <email>".
std::optional<ChangelogAuthor> parseAuthor(const QString &value)
{
    const qsizetype open = value.indexOf(u'<');
    const qsizetype close = value.lastIndexOf(u'>');
    if (open <= 0 || close < open)
        return std::nullopt;
    return ChangelogAuthor{value.left(open).trimmed(), value.mid(open + 1, close - open - 1)};
}

// A merge counted as its pull request's title (commits.merge-commits: classify): the first
// conventional header in its body.
std::optional<ConventionalCommit> mergedHeader(const ConventionalCommit &merge)
{
    for (const QString &line : merge.body.split(u'\n', Qt::SkipEmptyParts)) {
        ConventionalCommit parsed = parseCommitMessage(line);
        if (parsed.form == CommitForm::Conventional)
            return parsed;
    }
    return std::nullopt;
}

} // namespace

ChangelogReleaseInfo ChangelogReleaseInfo::fromTag(const ReleaseTag &tag,
                                                   const ReleaseTag *previous)
{
    ChangelogReleaseInfo info;
    info.version = tag.version.toString();
    info.tag = tag.name;
    info.previousTag = previous ? previous->name : QString();
    info.date = tag.date.date();
    info.preRelease = tag.version.isPreRelease();
    return info;
}

ChangelogReleaseInfo ChangelogReleaseInfo::nextRelease(const NextVersionReport &report,
                                                       const TagPattern &pattern,
                                                       const QDate &date)
{
    if (!report.next)
        return unreleasedChanges(report);
    ChangelogReleaseInfo info;
    info.version = report.next->version.toString();
    info.tag = pattern.format(report.next->version);
    info.previousTag = report.lastRelease ? report.lastRelease->name : QString();
    info.date = date;
    info.unreleased = true;
    info.preRelease = report.next->version.isPreRelease();
    return info;
}

ChangelogReleaseInfo ChangelogReleaseInfo::unreleasedChanges(const NextVersionReport &report)
{
    ChangelogReleaseInfo info;
    info.previousTag = report.lastRelease ? report.lastRelease->name : QString();
    info.unreleased = true;
    return info;
}

ChangelogBuilder::ChangelogBuilder(CommitRules rules,
                                   ChangelogSettings settings,
                                   RepositoryLinks links)
    : m_rules(std::move(rules))
    , m_settings(std::move(settings))
    , m_links(std::move(links))
{
    int rank = 0;
    for (const QString &title : std::as_const(m_settings.sectionOrder)) {
        if (!m_ranks.contains(title))
            m_ranks.insert(title, rank++);
    }
    for (const TypeRule &rule : std::as_const(m_rules.types)) {
        if (!m_ranks.contains(rule.section))
            m_ranks.insert(rule.section, rank++);
    }
}

int ChangelogBuilder::sectionRank(const QString &title) const
{
    return m_ranks.value(title, std::numeric_limits<int>::max());
}

ChangelogEntry ChangelogBuilder::entry(const AnalyzedCommit &commit) const
{
    const ConventionalCommit *parsed = &commit.parsed;
    std::optional<ConventionalCommit> merged;
    if (parsed->form == CommitForm::Merge && (merged = mergedHeader(*parsed)))
        parsed = &*merged;

    ChangelogEntry entry;
    entry.commit = commit.id.toString();
    if (parsed->form == CommitForm::Revert) {
        entry.type = QStringLiteral("revert");
        entry.description = parsed->header;
    } else {
        entry.type = parsed->type.toLower();
        entry.scope = parsed->scope;
        entry.description = parsed->description.isEmpty() ? parsed->header : parsed->description;
    }
    entry.body = commit.parsed.body;
    entry.breaking = commit.classification.breaking;
    if (entry.breaking)
        entry.breakingNote = commit.parsed.breakingNote();
    entry.references = findIssueReferences(commit.parsed);
    for (IssueReference &reference : entry.references) {
        if (!reference.repository.isEmpty())
            reference.url = m_links.otherIssue(reference.repository, reference.number);
        else if (reference.mergeRequest)
            reference.url = m_links.host() == RepositoryLinks::Host::GitLab
                                    ? m_links.mergeRequest(reference.number)
                                    : QString();
        else
            reference.url = m_links.issue(reference.number);
    }
    entry.authors.append({commit.author.name, commit.author.email});
    for (const CommitFooter &footer : commit.parsed.footers) {
        if (footer.token.compare(u"Co-authored-by", Qt::CaseInsensitive) == 0) {
            if (const auto author = parseAuthor(footer.value))
                entry.authors.append(*author);
        }
    }
    entry.date = commit.time;
    entry.commitUrl = m_links.commit(entry.commit);
    return entry;
}

ChangelogRelease ChangelogBuilder::build(const ChangelogReleaseInfo &info,
                                         const QList<AnalyzedCommit> &commits) const
{
    ChangelogRelease release;
    release.version = info.version;
    release.tag = info.tag;
    release.previousTag = info.previousTag;
    release.date = info.date;
    release.unreleased = info.unreleased;
    release.preRelease = info.preRelease;
    release.commitCount = commits.size();
    if (!info.previousTag.isEmpty())
        release.compareUrl = m_links.compare(info.previousTag,
                                             info.tag.isEmpty() ? QStringLiteral("HEAD")
                                                                : info.tag);

    for (const AnalyzedCommit &commit : commits) {
        const Classification &verdict = commit.classification;
        QString reason;
        if (verdict.hidden && !verdict.breaking)
            reason = verdict.reason;
        else if (!verdict.breaking && m_settings.isHidden(commit.parsed.type))
            reason = QCoreApplication::translate(
                             "rd::changelog",
                             "`%1` → left out: type %1 is hidden in the changelog "
                             "(changelog.hidden)")
                             .arg(commit.parsed.type.toLower());
        if (!reason.isEmpty()) {
            release.leftOut.append({commit.id.toString(), commit.header(), reason});
            continue;
        }
        ChangelogEntry entry = this->entry(commit);
        QString title = verdict.section;
        if (title.isEmpty())
            title = entry.type.isEmpty() ? QStringLiteral("Other Changes")
                                         : capitalized(entry.type);
        if (entry.breaking)
            release.breakingChanges.append(entry);
        auto section = std::find_if(release.sections.begin(),
                                    release.sections.end(),
                                    [&](const ChangelogSection &s) { return s.title == title; });
        if (section == release.sections.end()) {
            release.sections.append({title, {}});
            section = release.sections.end() - 1;
        }
        section->entries.append(std::move(entry));
    }
    // Known sections in their configured order, others after them as they first appeared.
    std::stable_sort(release.sections.begin(),
                     release.sections.end(),
                     [this](const ChangelogSection &a, const ChangelogSection &b) {
                         return sectionRank(a.title) < sectionRank(b.title);
                     });
    return release;
}

} // namespace rd
