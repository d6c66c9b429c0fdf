// SPDX-License-Identifier: GPL-3.0-or-later
#include "conventionalcommit.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace rd {

namespace {

// A revert of a revert of ... is parsed this deep; a crafted header of nested quotes must not
// recurse without bound.
constexpr int maxRevertDepth = 8;

constexpr QStringView breakingChange = u"BREAKING CHANGE";
constexpr QStringView breakingChangeHyphen = u"BREAKING-CHANGE";

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isTokenChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c == u'_';
}

QStringView trimmedLeft(QStringView s)
{
    while (!s.isEmpty() && s.front().isSpace())
        s = s.sliced(1);
    return s;
}

// One line of the message: [begin, end) without the line break and trailing whitespace;
// rawEnd is where the line break (or the message) starts.
struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype rawEnd = 0;
    bool isBlank() const { return begin == end; }
};

using Lines = QVarLengthArray<Line, 64>;

Lines splitLines(QStringView message)
{
    Lines lines;
    qsizetype begin = 0;
    const qsizetype size = message.size();
    while (begin <= size) {
        qsizetype newline = message.indexOf(u'\n', begin);
        if (newline < 0)
            newline = size;
        qsizetype end = newline;
        while (end > begin && message[end - 1].isSpace())
            --end;
        // A whitespace-only line was trimmed down to begin == end, which marks it blank.
        lines.append(Line{begin, end, newline});
        begin = newline + 1;
    }
    return lines;
}

// "Token: value", "Token #value", "BREAKING CHANGE: value" at the start of a line.
struct TokenLine
{
    qsizetype tokenLength = 0;
    qsizetype valueStart = 0;
    bool hash = false;
    bool breaking = false;
};

std::optional<TokenLine> matchTokenLine(QStringView line)
{
    TokenLine t;
    if (line.startsWith(breakingChange)) {
        t.tokenLength = breakingChange.size();
    } else {
        if (line.isEmpty() || !isAsciiLetter(line.front()))
            return std::nullopt;
        qsizetype n = 1;
        while (n < line.size() && isTokenChar(line[n]))
            ++n;
        t.tokenLength = n;
    }
    t.breaking = isBreakingToken(line.first(t.tokenLength));
    const QStringView rest = line.sliced(t.tokenLength);
    if (rest.startsWith(u": ")) {
        t.valueStart = t.tokenLength + 2;
    } else if (rest.startsWith(u" #")) {
        t.hash = true;
        t.valueStart = t.tokenLength + 2;
    } else if (rest == u":" && t.breaking) {
        t.valueStart = t.tokenLength + 1; // the note follows on the next lines
    } else {
        return std::nullopt;
    }
    // A generic token needs its value on the same line, or "Changes:" above a list would turn
    // a body paragraph into a footer.
    if (!t.breaking && trimmedLeft(line.sliced(t.valueStart)).isEmpty())
        return std::nullopt;
    return t;
}

// Joins lines [from, to] right-trimmed with '\n'; a slice of the message when nothing was
// trimmed in between, which is the common case.
QString joinLines(QStringView message, const Lines &lines, qsizetype from, qsizetype to)
{
    if (from > to)
        return {};
    bool clean = true;
    for (qsizetype i = from; i < to && clean; ++i)
        clean = lines[i].end == lines[i].rawEnd; // nothing trimmed, not even a CR
    if (clean) {
        const qsizetype begin = lines[from].begin;
        return message.sliced(begin, lines[to].end - begin).toString();
    }
    QString text;
    qsizetype total = 0;
    for (qsizetype i = from; i <= to; ++i)
        total += lines[i].end - lines[i].begin + 1;
    text.reserve(total);
    for (qsizetype i = from; i <= to; ++i) {
        if (i > from)
            text.append(u'\n');
        text.append(message.sliced(lines[i].begin, lines[i].end - lines[i].begin));
    }
    return text;
}

// Removes blank lines at both edges of a multi-line value.
QString trimBlankEdges(QString text)
{
    qsizetype begin = 0;
    while (begin < text.size() && text[begin] == u'\n')
        ++begin;
    qsizetype end = text.size();
    while (end > begin && text[end - 1] == u'\n')
        --end;
    if (begin == 0 && end == text.size())
        return text;
    return text.sliced(begin, end - begin);
}

// Git's merge subjects: "Merge branch 'x' [into y]", "Merge branches 'a' and 'b'",
// "Merge remote-tracking branch 'origin/x'", "Merge pull request #12 from a/b",
// "Merge tag 'v1'", "Merge commit 'abc'", and CI checkouts' "Merge <sha> into <sha>".
bool isMergeHeader(QStringView header)
{
    if (!header.startsWith(u"Merge "))
        return false;
    const QStringView rest = header.sliced(6);
    static constexpr QStringView kinds[] = {u"branch ",
                                            u"branches ",
                                            u"remote-tracking branch ",
                                            u"remote branch ",
                                            u"pull request #",
                                            u"tag ",
                                            u"commit ",
                                            u"'",
                                            u"\""};
    for (QStringView kind : kinds) {
        if (rest.startsWith(kind))
            return true;
    }
    qsizetype n = 0;
    while (n < rest.size() && isHexDigit(rest[n]))
        ++n;
    return n >= 7 && rest.sliced(n).startsWith(u" into ");
}

// The commit id of "This reverts commit <id>." (git's revert body), or empty.
QString findRevertedCommit(QStringView message, const Lines &lines, qsizetype from)
{
    static constexpr QStringView marker = u"This reverts commit ";
    for (qsizetype i = from; i < lines.size(); ++i) {
        const QStringView line = message.sliced(lines[i].begin, lines[i].end - lines[i].begin);
        const qsizetype at = line.indexOf(marker);
        if (at < 0)
            continue;
        const QStringView rest = line.sliced(at + marker.size());
        qsizetype n = 0;
        while (n < rest.size() && isHexDigit(rest[n]))
            ++n;
        if (n >= 4)
            return rest.first(n).toString();
    }
    return {};
}

// The first word of 7+ hex digits in a value ("Refs: 676104e, a215868" → "676104e").
QString firstCommitId(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size()) {
        while (i < value.size() && !isHexDigit(value[i]))
            ++i;
        qsizetype n = i;
        while (n < value.size() && isHexDigit(value[n]))
            ++n;
        const bool wordEnds = n == value.size() || !value[n].isLetterOrNumber();
        const bool wordStarts = i == 0 || !value[i - 1].isLetterOrNumber();
        if (n - i >= 7 && wordStarts && wordEnds)
            return value.sliced(i, n - i).toString();
        i = n;
    }
    return {};
}

// The text between the first and the last double quote, or everything after the first when the
// closing quote is missing (a truncated subject). `text` starts with the opening quote.
QStringView unquote(QStringView text)
{
    const qsizetype close = text.lastIndexOf(u'"');
    if (close <= 0)
        return text.sliced(1);
    return text.sliced(1, close - 1);
}

// A piece of the header quoted in a problem: control characters made visible and long text
// cut, so a crafted message cannot garble the list it is shown in.
QString shown(QStringView text)
{
    constexpr qsizetype maxLength = 40;
    QString result = text.first(std::min(text.size(), maxLength)).toString();
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    if (text.size() > maxLength)
        result.append(u'\u2026');
    return result;
}

void setNotConventional(ConventionalCommit &commit, QString problem)
{
    commit.form = CommitForm::NotConventional;
    commit.problem = std::move(problem);
}

// The NotConventional problem for a header whose leading letters (`typeEnd` of them) are not
// followed by '(', '!' or ':'.
QString problemAfterType(QStringView header, qsizetype typeEnd)
{
    const QChar next = header[typeEnd];
    const qsizetype colon = header.indexOf(u':');
    if (next.isSpace()) {
        const QStringView after = trimmedLeft(header.sliced(typeEnd));
        if (after.startsWith(u':'))
            return QCoreApplication::translate("rd::commits", "space before ':'");
        if (after.startsWith(u'('))
            return QCoreApplication::translate("rd::commits", "space before the scope");
        if (colon < 0)
            return QCoreApplication::translate("rd::commits", "no type prefix");
        // "feat x: y" reads as a type with a space in it; a sentence before a colon does not.
        const QStringView candidate = header.first(colon);
        if (candidate.size() <= 30 && candidate.count(u' ') == 1 && !candidate.contains(u'(')) {
            return QCoreApplication::translate("rd::commits", "type `%1` contains a space")
                    .arg(shown(candidate));
        }
        return QCoreApplication::translate("rd::commits", "no type prefix");
    }
    if (colon < 0)
        return QCoreApplication::translate("rd::commits", "no type prefix");
    qsizetype end = typeEnd;
    while (end < colon && !header[end].isSpace() && header[end] != u'(' && header[end] != u'!')
        ++end;
    if (end < colon && header[end].isSpace())
        return QCoreApplication::translate("rd::commits", "no type prefix");
    return QCoreApplication::translate("rd::commits", "type `%1` may only contain letters")
            .arg(shown(header.first(end)));
}

void parseHeader(QStringView header, ConventionalCommit &commit)
{
    qsizetype i = 0;
    while (i < header.size() && isAsciiLetter(header[i]))
        ++i;
    if (i == 0) {
        if (header.startsWith(u':'))
            return setNotConventional(commit,
                                      QCoreApplication::translate("rd::commits",
                                                                  "missing type before ':'"));
        if (header.startsWith(u'('))
            return setNotConventional(commit,
                                      QCoreApplication::translate("rd::commits",
                                                                  "missing type before the scope"));
        return setNotConventional(commit,
                                  QCoreApplication::translate("rd::commits", "no type prefix"));
    }
    if (i == header.size())
        return setNotConventional(commit,
                                  QCoreApplication::translate("rd::commits", "no type prefix"));
    const qsizetype typeEnd = i;
    QStringView scope;
    if (header[i] == u'(') {
        const qsizetype close = header.indexOf(u')', i + 1);
        if (close < 0)
            return setNotConventional(commit,
                                      QCoreApplication::translate("rd::commits", "unclosed scope"));
        const qsizetype reopen = header.indexOf(u'(', i + 1);
        if (reopen >= 0 && reopen < close)
            return setNotConventional(commit,
                                      QCoreApplication::translate("rd::commits",
                                                                  "'(' inside the scope"));
        scope = header.sliced(i + 1, close - i - 1).trimmed();
        if (scope.isEmpty())
            return setNotConventional(commit,
                                      QCoreApplication::translate("rd::commits", "empty scope"));
        i = close + 1;
    }
    bool marker = false;
    if (i < header.size() && header[i] == u'!') {
        marker = true;
        ++i;
        if (i == header.size() || header[i] != u':')
            return setNotConventional(commit,
                                      QCoreApplication::translate("rd::commits",
                                                                  "missing ':' after '!'"));
    }
    if (i == header.size() || header[i] != u':') {
        if (!scope.isNull())
            return setNotConventional(commit,
                                      QCoreApplication::translate("rd::commits",
                                                                  "missing ': ' after the scope"));
        return setNotConventional(commit, problemAfterType(header, typeEnd));
    }
    const qsizetype prefixEnd = i;
    ++i; // ':'
    // The header is trimmed, so "feat: " arrives as "feat:".
    if (i == header.size())
        return setNotConventional(commit,
                                  QCoreApplication::translate("rd::commits", "empty description"));
    if (header[i] != u' ')
        return setNotConventional(commit,
                                  QCoreApplication::translate("rd::commits",
                                                              "missing space after ':'"));
    const QStringView description = header.sliced(i + 1).trimmed();
    if (description.isEmpty())
        return setNotConventional(commit,
                                  QCoreApplication::translate("rd::commits", "empty description"));

    commit.form = CommitForm::Conventional;
    commit.type = header.first(typeEnd).toString();
    commit.scope = scope.toString();
    commit.breakingMarker = marker;
    commit.prefixLength = prefixEnd;
    commit.description = description.toString();
}

ConventionalCommit parse(QStringView message, int depth);

void parseReverted(ConventionalCommit &commit, int depth)
{
    if (commit.revertedHeader.isEmpty() || depth >= maxRevertDepth)
        return;
    commit.reverted = std::make_shared<const ConventionalCommit>(
            parse(commit.revertedHeader, depth + 1));
}

ConventionalCommit parse(QStringView message, int depth)
{
    ConventionalCommit commit;
    const Lines lines = splitLines(message);
    const qsizetype count = lines.size();

    qsizetype h = 0;
    while (h < count && lines[h].isBlank())
        ++h;
    if (h == count) {
        commit.form = CommitForm::Empty;
        commit.problem = QCoreApplication::translate("rd::commits", "empty message");
        return commit;
    }
    const QStringView header = message.sliced(lines[h].begin, lines[h].end - lines[h].begin)
                                       .trimmed();
    commit.header = header.toString();

    // Body and footers: the non-blank lines after the header, in paragraphs.
    qsizetype first = h + 1;
    while (first < count && lines[first].isBlank())
        ++first;
    qsizetype last = count - 1;
    while (last >= first && lines[last].isBlank())
        --last;

    if (first <= last) {
        struct Paragraph
        {
            qsizetype begin; // first line
            qsizetype end;   // last line
            bool startsWithToken;
            bool startsWithBreaking;
            bool followsBreaking; // the last token line above it is a BREAKING CHANGE footer
        };
        QVarLengthArray<Paragraph, 16> paragraphs;
        std::optional<bool> lastTokenBreaking;
        for (qsizetype i = first; i <= last;) {
            Paragraph p{i, i, false, false, lastTokenBreaking.value_or(false)};
            bool firstLine = true;
            while (i <= last && !lines[i].isBlank()) {
                const QStringView line = message.sliced(lines[i].begin,
                                                        lines[i].end - lines[i].begin);
                if (const auto token = matchTokenLine(line)) {
                    lastTokenBreaking = token->breaking;
                    if (firstLine) {
                        p.startsWithToken = true;
                        p.startsWithBreaking = token->breaking;
                    }
                }
                firstLine = false;
                p.end = i++;
            }
            paragraphs.append(p);
            while (i <= last && lines[i].isBlank())
                ++i;
        }

        // The footers start at the earliest paragraph that starts with a token line and is
        // followed only by footer paragraphs (a token line first, or a BREAKING CHANGE note's
        // continuation).
        const qsizetype n = paragraphs.size();
        qsizetype footerStart = n;
        bool restIsFooter = true;
        for (qsizetype k = n - 1; k >= 0; --k) {
            const Paragraph &p = paragraphs[k];
            if (p.startsWithToken && restIsFooter)
                footerStart = k;
            restIsFooter = restIsFooter && (p.startsWithToken || p.followsBreaking);
        }
        for (qsizetype k = 0; k < footerStart; ++k) {
            if (paragraphs[k].startsWithBreaking) {
                footerStart = k;
                break;
            }
        }

        if (footerStart > 0)
            commit.body = joinLines(message, lines, first, paragraphs[footerStart - 1].end);
        if (footerStart < n) {
            CommitFooter *current = nullptr;
            for (qsizetype i = paragraphs[footerStart].begin; i <= last; ++i) {
                const QStringView line = message.sliced(lines[i].begin,
                                                        lines[i].end - lines[i].begin);
                if (const auto token = matchTokenLine(line)) {
                    if (current)
                        current->value = trimBlankEdges(std::move(current->value));
                    CommitFooter footer;
                    footer.token = line.first(token->tokenLength).toString();
                    footer.value = trimmedLeft(line.sliced(token->valueStart)).toString();
                    footer.hashSeparator = token->hash;
                    footer.line = int(i + 1);
                    commit.footers.append(std::move(footer));
                    current = &commit.footers.last();
                } else if (current) {
                    current->value.append(u'\n');
                    current->value.append(line);
                }
            }
            if (current)
                current->value = trimBlankEdges(std::move(current->value));
        }
    }

    if (isMergeHeader(header)) {
        commit.form = CommitForm::Merge;
        return commit;
    }

    const bool isRevert = header.startsWith(u"Revert \"");
    const bool isReapply = header.startsWith(u"Reapply \"");
    if (isRevert || isReapply) {
        commit.form = CommitForm::Revert;
        const QStringView quoted = unquote(header.sliced(header.indexOf(u'"'))).trimmed();
        // git writes Reapply "x" when reverting Revert "x"; reading it as such lets the
        // classifier and range cancelling treat both spellings alike.
        commit.revertedHeader = isReapply ? QStringLiteral("Revert \"%1\"").arg(quoted)
                                          : quoted.toString();
        commit.revertedCommit = findRevertedCommit(message, lines, h + 1);
        parseReverted(commit, depth);
        return commit;
    }

    static constexpr QStringView fixupPrefixes[] = {u"fixup! ", u"amend! ", u"squash! "};
    for (QStringView prefix : fixupPrefixes) {
        if (!header.startsWith(prefix))
            continue;
        commit.form = prefix == u"squash! " ? CommitForm::Squash : CommitForm::Fixup;
        // "fixup! fixup! x" (a fixup of a fixup) targets x, as git's autosquash does.
        QStringView target = header;
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (QStringView p : fixupPrefixes) {
                if (target.startsWith(p)) {
                    target = trimmedLeft(target.sliced(p.size()));
                    stripped = true;
                }
            }
        }
        commit.targetHeader = target.toString();
        return commit;
    }

    parseHeader(header, commit);
    if (commit.form == CommitForm::Conventional
        && commit.type.compare(u"revert", Qt::CaseInsensitive) == 0) {
        const QStringView description = commit.description;
        commit.revertedHeader = description.startsWith(u'"')
                                        ? unquote(description).trimmed().toString()
                                        : commit.description;
        commit.revertedCommit = findRevertedCommit(message, lines, h + 1);
        if (commit.revertedCommit.isEmpty()) {
            if (const CommitFooter *refs = commit.footer(u"Refs"))
                commit.revertedCommit = firstCommitId(refs->value);
        }
        parseReverted(commit, depth);
    }
    return commit;
}

} // namespace

bool isBreakingToken(QStringView token)
{
    return token == breakingChange || token == breakingChangeHyphen;
}

bool ConventionalCommit::isBreaking() const
{
    if (breakingMarker)
        return true;
    for (const CommitFooter &f : footers) {
        if (isBreakingToken(f.token))
            return true;
    }
    return false;
}

QString ConventionalCommit::prefix() const
{
    if (type.isEmpty())
        return {};
    if (prefixLength > 0 && prefixLength <= header.size())
        return header.first(prefixLength);
    QString result = type;
    if (!scope.isEmpty())
        result += u'(' + scope + u')';
    if (breakingMarker)
        result += u'!';
    return result;
}

QString ConventionalCommit::breakingNote() const
{
    QString note;
    for (const CommitFooter &f : footers) {
        if (!isBreakingToken(f.token) || f.value.isEmpty())
            continue;
        if (!note.isEmpty())
            note.append(QStringLiteral("\n\n"));
        note.append(f.value);
    }
    if (note.isEmpty() && breakingMarker)
        return description;
    return note;
}

const CommitFooter *ConventionalCommit::footer(QStringView token) const
{
    // BREAKING CHANGE is the one case-sensitive token: a miscased query or footer never
    // stands for it.
    const bool breakingWord = token.compare(breakingChange, Qt::CaseInsensitive) == 0
                              || token.compare(breakingChangeHyphen, Qt::CaseInsensitive) == 0;
    const bool breaking = isBreakingToken(token);
    for (const CommitFooter &f : footers) {
        const bool matches = breaking ? isBreakingToken(f.token)
                             : breakingWord
                                     ? f.token == token
                                     : QStringView(f.token).compare(token, Qt::CaseInsensitive)
                                               == 0;
        if (matches)
            return &f;
    }
    return nullptr;
}

QString formName(CommitForm form)
{
    switch (form) {
    case CommitForm::Conventional:
        return QStringLiteral("conventional");
    case CommitForm::Revert:
        return QStringLiteral("revert");
    case CommitForm::Merge:
        return QStringLiteral("merge");
    case CommitForm::Fixup:
        return QStringLiteral("fixup");
    case CommitForm::Squash:
        return QStringLiteral("squash");
    case CommitForm::NotConventional:
        return QStringLiteral("not-conventional");
    case CommitForm::Empty:
        return QStringLiteral("empty");
    }
    return {};
}

ConventionalCommit parseCommitMessage(QStringView message)
{
    return parse(message, 0);
}

} // namespace rd
