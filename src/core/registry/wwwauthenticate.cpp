// SPDX-License-Identifier: GPL-3.0-or-later
#include "wwwauthenticate.h"

namespace rd {

namespace {

bool isTokenChar(char c)
{
    // RFC 7230 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    // Spaces and commas between list elements.
    void skipSeparators()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ','))
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }
    // token68: token characters plus '/' and trailing '='.
    QByteArray token68()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (isTokenChar(peek()) || peek() == '/'))
            ++m_pos;
        while (!atEnd() && peek() == '=')
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }
    // After the opening quote; false when the string is not closed.
    bool quoted(QByteArray &out)
    {
        ++m_pos;
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return true;
            if (c == '\\') {
                if (atEnd())
                    return false;
                out.append(m_text.at(m_pos++));
            } else {
                out.append(c);
            }
        }
        return false;
    }
    qsizetype position() const { return m_pos; }
    void seek(qsizetype position) { m_pos = position; }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<AuthChallenge> AuthChallenge::parse(QByteArrayView header)
{
    QList<AuthChallenge> challenges;
    Scanner scanner(header);
    scanner.skipSeparators();
    while (!scanner.atEnd()) {
        const QByteArray scheme = scanner.token();
        if (scheme.isEmpty())
            break;
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(scheme);
        scanner.skipSpace();
        // token68 ("Basic dXNlcg==") unless what follows is name=value.
        const qsizetype afterScheme = scanner.position();
        const QByteArray maybe68 = scanner.token68();
        scanner.skipSpace();
        if (!maybe68.isEmpty() && (scanner.atEnd() || scanner.peek() == ',')
            && (maybe68.endsWith('=') || !maybe68.contains('='))) {
            // A lone token: either token68 or the next challenge's scheme after a comma-less
            // scheme; RFC 7235 says a scheme is followed by a space, so it is token68.
            challenge.token68 = QString::fromLatin1(maybe68);
            challenges.append(challenge);
            scanner.skipSeparators();
            continue;
        }
        scanner.seek(afterScheme);
        bool broken = false;
        for (;;) {
            scanner.skipSeparators();
            const qsizetype start = scanner.position();
            const QByteArray name = scanner.token();
            if (name.isEmpty()) {
                broken = !scanner.atEnd();
                break;
            }
            scanner.skipSpace();
            if (scanner.peek() != '=') {
                // Not a parameter: the next challenge's scheme.
                scanner.seek(start);
                break;
            }
            scanner.seek(scanner.position() + 1);
            scanner.skipSpace();
            QByteArray value;
            if (scanner.peek() == '"') {
                if (!scanner.quoted(value)) {
                    broken = true;
                    break;
                }
            } else {
                value = scanner.token();
            }
            challenge.params.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
            scanner.skipSpace();
            if (!scanner.atEnd() && scanner.peek() != ',') {
                broken = true;
                break;
            }
        }
        challenges.append(challenge);
        if (broken)
            break;
    }
    return challenges;
}

} // namespace rd
