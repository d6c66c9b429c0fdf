// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitfilter.h"

namespace rd::gui {

namespace {

constexpr QChar separator = u'\x1f';

// Appends the words of `text`, lower-cased, each after a separator.
void appendWords(QString &key, QStringView text)
{
    bool inWord = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (!inWord)
                key.append(separator);
            key.append(c.toLower());
            inWord = true;
        } else {
            inWord = false;
        }
    }
}

} // namespace

CommitFilter::CommitFilter(const QString &text)
{
    QString words;
    appendWords(words, text);
    m_words = words.split(separator, Qt::SkipEmptyParts);
    for (QString &word : m_words)
        word.prepend(separator);
}

bool CommitFilter::matches(const QString &key) const
{
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

QString CommitFilter::searchKey(const AnalyzedCommit &commit)
{
    QString key;
    key.reserve(160);
    appendWords(key, commit.parsed.type);
    appendWords(key, commit.parsed.scope);
    appendWords(key,
                commit.parsed.description.isEmpty() ? commit.header() : commit.parsed.description);
    appendWords(key, commit.author.name);
    key.append(separator);
    key.append(commit.id.toString());
    return key;
}

} // namespace rd::gui
