// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

namespace rd {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The description with each reference it mentions turned into a link.
QString linkReferences(const QString &text, const QList<IssueReference> &references)
{
    QString result = text;
    for (const IssueReference &reference : references) {
        if (reference.url.isEmpty())
            continue;
        qsizetype from = 0;
        while ((from = result.indexOf(reference.text, from)) >= 0) {
            const qsizetype end = from + reference.text.size();
            const bool startOk = from == 0
                                 || !(isWordChar(result.at(from - 1)) || result.at(from - 1) == u'/'
                                      || result.at(from - 1) == u'[');
            const bool endOk = end >= result.size()
                               || !(isWordChar(result.at(end)) || result.at(end) == u'-');
            if (startOk && endOk) {
                const QString link = u'[' + reference.text + QStringLiteral("](") + reference.url
                                     + u')';
                result.replace(from, reference.text.size(), link);
                from += link.size();
                break; // the first mention is enough
            }
            from = end;
        }
    }
    return result;
}

QString reference(const IssueReference &reference)
{
    return reference.url.isEmpty()
                   ? reference.text
                   : u'[' + reference.text + QStringLiteral("](") + reference.url + u')';
}

QString indentedNote(const QString &note)
{
    QString text = note.trimmed();
    text.replace(u'\n', QStringLiteral("\n  "));
    return text;
}

} // namespace

MarkdownRenderer::MarkdownRenderer(ChangelogFormat format, ChangelogSettings settings)
    : m_format(format == ChangelogFormat::KeepAChangelog ? format : ChangelogFormat::Conventional)
    , m_settings(std::move(settings))
{}

QString MarkdownRenderer::scoped(const ChangelogEntry &entry, const QString &text) const
{
    if (entry.scope.isEmpty())
        return text;
    switch (m_settings.scopes) {
    case ScopeDisplay::Bold:
        return QStringLiteral("**") + entry.scope + QStringLiteral(":** ") + text;
    case ScopeDisplay::Plain:
        return entry.scope + QStringLiteral(": ") + text;
    case ScopeDisplay::Hidden:
        break;
    }
    return text;
}

QString MarkdownRenderer::entryText(const ChangelogEntry &entry) const
{
    QString text = scoped(entry, linkReferences(entry.description, entry.references));
    const bool conventional = m_format == ChangelogFormat::Conventional;
    if (!conventional && entry.breaking)
        text.prepend(QStringLiteral("**BREAKING:** "));
    if (conventional) {
        text += entry.commitUrl.isEmpty()
                        ? QStringLiteral(" (%1)").arg(entry.shortCommit())
                        : QStringLiteral(" ([%1](%2))").arg(entry.shortCommit(), entry.commitUrl);
    }
    // Issues the commit closes but its description does not mention.
    QStringList closes;
    for (const IssueReference &ref : entry.references) {
        if (ref.closes() && !entry.description.contains(ref.text))
            closes.append(reference(ref));
    }
    if (!closes.isEmpty())
        text += (conventional ? QStringLiteral(", closes ") : QStringLiteral(" (closes "))
                + closes.join(u' ') + (conventional ? QString() : QStringLiteral(")"));
    if (m_settings.authors && !entry.authors.isEmpty()) {
        QStringList names;
        for (const ChangelogAuthor &author : entry.authors) {
            if (!author.name.isEmpty() && !names.contains(author.name))
                names.append(author.name);
        }
        if (!names.isEmpty())
            text += QStringLiteral(", by ") + names.join(QStringLiteral(", "));
    }
    if (!conventional && entry.breaking
        && entry.breakingNote.trimmed() != entry.description.trimmed())
        text += QStringLiteral("\n\n  ") + indentedNote(entry.breakingNote);
    return text;
}

void MarkdownRenderer::appendConventional(QString &out, const ChangelogRelease &release) const
{
    out += QStringLiteral("## ");
    const QString title = release.title();
    out += release.compareUrl.isEmpty()
                   ? title
                   : u'[' + title + QStringLiteral("](") + release.compareUrl + u')';
    if (release.date.isValid())
        out += QStringLiteral(" (") + release.date.toString(Qt::ISODate) + u')';
    out += QStringLiteral("\n\n");
    if (!release.breakingChanges.isEmpty()) {
        out += QStringLiteral("### ") + m_settings.breakingTitle + QStringLiteral("\n\n");
        for (const ChangelogEntry &entry : release.breakingChanges)
            out += QStringLiteral("* ") + scoped(entry, indentedNote(entry.breakingNote)) + u'\n';
        out += u'\n';
    }
    for (const ChangelogSection &section : release.sections) {
        out += QStringLiteral("### ") + section.title + QStringLiteral("\n\n");
        for (const ChangelogEntry &entry : section.entries)
            out += QStringLiteral("* ") + entryText(entry) + u'\n';
        out += u'\n';
    }
}

void MarkdownRenderer::appendKeepAChangelog(QString &out, const ChangelogRelease &release) const
{
    out += QStringLiteral("## [") + release.title() + u']';
    if (release.date.isValid() && !release.version.isEmpty())
        out += QStringLiteral(" - ") + release.date.toString(Qt::ISODate);
    out += QStringLiteral("\n\n");
    static const QStringList order = {QStringLiteral("Added"),
                                      QStringLiteral("Changed"),
                                      QStringLiteral("Deprecated"),
                                      QStringLiteral("Removed"),
                                      QStringLiteral("Fixed"),
                                      QStringLiteral("Security")};
    QList<QStringList> lines(order.size());
    for (const ChangelogSection &section : release.sections) {
        for (const ChangelogEntry &entry : section.entries) {
            const qsizetype index = order.indexOf(m_settings.keepAChangelogSection(entry.type));
            lines[index < 0 ? 1 : index].append(QStringLiteral("- ") + entryText(entry));
        }
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        out += QStringLiteral("### ") + order.at(i) + QStringLiteral("\n\n");
        out += lines.at(i).join(u'\n') + QStringLiteral("\n\n");
    }
}

QString MarkdownRenderer::section(const ChangelogRelease &release) const
{
    QString out;
    out.reserve(256 + release.entryCount() * 160);
    if (m_format == ChangelogFormat::KeepAChangelog)
        appendKeepAChangelog(out, release);
    else
        appendConventional(out, release);
    return out;
}

QString MarkdownRenderer::header() const
{
    if (m_format == ChangelogFormat::KeepAChangelog)
        return QStringLiteral(
                "# Changelog\n\nAll notable changes to this project will be documented in this "
                "file.\n\nThe format is based on [Keep a Changelog](https://keepachangelog.com/en/"
                "1.1.0/),\nand this project adheres to [Semantic Versioning](https://semver.org/"
                "spec/v2.0.0.html).\n\n");
    return QStringLiteral("# Changelog\n\nAll notable changes to this project are documented in "
                          "this file, generated from its Conventional Commits.\n\n");
}

QString MarkdownRenderer::linkDefinition(const ChangelogRelease &release) const
{
    if (m_format != ChangelogFormat::KeepAChangelog || release.compareUrl.isEmpty())
        return {};
    return u'[' + (release.version.isEmpty() ? QStringLiteral("unreleased") : release.version)
           + QStringLiteral("]: ") + release.compareUrl + u'\n';
}

QString MarkdownRenderer::document(const QList<ChangelogRelease> &releases) const
{
    QString out = header();
    QString links;
    for (const ChangelogRelease &release : releases) {
        out += section(release);
        links += linkDefinition(release);
    }
    if (!links.isEmpty())
        out += links;
    else if (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

} // namespace rd
