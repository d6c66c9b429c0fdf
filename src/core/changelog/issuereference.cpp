// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuereference.h"

#include <QRegularExpression>

namespace rd {

namespace {

const QStringList &closingKeywords()
{
    // GitHub's and GitLab's keywords that close an issue when the commit lands.
    static const QStringList keywords = {
            QStringLiteral("close"),
            QStringLiteral("closes"),
            QStringLiteral("closed"),
            QStringLiteral("closing"),
            QStringLiteral("fix"),
            QStringLiteral("fixes"),
            QStringLiteral("fixed"),
            QStringLiteral("fixing"),
            QStringLiteral("resolve"),
            QStringLiteral("resolves"),
            QStringLiteral("resolved"),
            QStringLiteral("resolving"),
            QStringLiteral("implement"),
            QStringLiteral("implements"),
            QStringLiteral("implemented"),
    };
    return keywords;
}

// [keyword[:]] [owner/repo]#123 | !123
const QRegularExpression &referencePattern()
{
    static const QRegularExpression
            pattern(QStringLiteral("(?:\\b(?<keyword>[A-Za-z]+):?\\s+)?"
                                   "(?<![\\w/#!&])(?<repo>[A-Za-z0-9][\\w.-]*/[\\w.-]+)?"
                                   "(?<kind>[#!])(?<number>\\d+)(?![\\w-])"),
                    QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

void add(QList<IssueReference> &list, IssueReference reference)
{
    for (IssueReference &known : list) {
        if (known.number == reference.number && known.repository == reference.repository
            && known.mergeRequest == reference.mergeRequest) {
            if (known.action.isEmpty())
                known.action = reference.action;
            return;
        }
    }
    list.append(std::move(reference));
}

// Scans text; `defaultAction` applies to every reference (a footer's token), and a closing
// keyword right before a reference applies to it and to the ones listed after it.
void scan(QList<IssueReference> &list, QStringView text, const QString &defaultAction)
{
    QString listAction; // "Closes #1, #2 and #3": the keyword carries over the list
    qsizetype lastEnd = -1;
    QRegularExpressionMatchIterator it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        IssueReference reference;
        reference.repository = match.captured(u"repo");
        reference.mergeRequest = match.capturedView(u"kind") == u"!";
        reference.number = match.captured(u"number");
        reference.text = reference.repository + match.capturedView(u"kind") + reference.number;
        if (reference.mergeRequest && !reference.repository.isEmpty())
            continue; // "owner/repo!1" is not a form anyone writes
        const QString keyword = match.captured(u"keyword").toLower();
        if (closingKeywords().contains(keyword)) {
            listAction = keyword;
        } else if (lastEnd >= 0) {
            const QStringView between
                    = text.sliced(lastEnd,
                                  match.capturedStart(u"kind")
                                          - (reference.repository.isEmpty()
                                                     ? 0
                                                     : reference.repository.size())
                                          - lastEnd);
            const QString joined = between.trimmed().toString().toLower();
            if (!(joined.isEmpty() || joined == u"," || joined == u"and" || joined == u", and"))
                listAction.clear();
        } else {
            listAction.clear();
        }
        reference.action = listAction.isEmpty() ? defaultAction : listAction;
        lastEnd = match.capturedEnd();
        add(list, std::move(reference));
    }
}

} // namespace

bool IssueReference::closes() const
{
    return closingKeywords().contains(action);
}

QList<IssueReference> findIssueReferences(const ConventionalCommit &commit)
{
    QList<IssueReference> list;
    if (!commit.header.contains(u'#') && !commit.header.contains(u'!')
        && !commit.body.contains(u'#') && !commit.body.contains(u'!') && commit.footers.isEmpty())
        return list; // most commits mention nothing: skip the pattern
    scan(list, commit.description.isEmpty() ? QStringView(commit.header) : commit.description, {});
    scan(list, commit.body, {});
    for (const CommitFooter &footer : commit.footers) {
        if (isBreakingToken(footer.token)) {
            scan(list, footer.value, {});
            continue;
        }
        const QString token = footer.token.toLower();
        if (footer.hashSeparator) { // "Fixes #12": the '#' is the separator
            const QString value = QStringLiteral("#") + footer.value;
            scan(list, value, token);
        } else {
            scan(list, footer.value, token);
        }
    }
    return list;
}

} // namespace rd
