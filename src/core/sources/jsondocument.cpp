// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include <QCoreApplication>

namespace rd {

const JsonNode *JsonNode::member(QStringView key) const
{
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if (it->key == key)
            return &it->value;
    }
    return nullptr;
}

namespace {

// Deeper nesting is refused: it is no version file, and recursion must stay bounded.
constexpr int maxNesting = 512;

} // namespace

class JsonParser
{
public:
    JsonParser(const QByteArray &bytes, int storeDepth, QStringList *warnings)
        : m_data(bytes.constData())
        , m_size(bytes.size())
        , m_storeDepth(storeDepth)
        , m_warnings(warnings)
    {}

    Status parseDocument(JsonNode *root)
    {
        if (m_size >= 3 && QByteArrayView(m_data, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
        if (auto ok = skipSpace(); !ok)
            return ok;
        if (auto ok = parseValue(root, 0); !ok)
            return ok;
        if (auto ok = skipSpace(); !ok)
            return ok;
        if (m_pos != m_size)
            return error(
                    QCoreApplication::translate("rd::sources",
                                                "unexpected text after the end of the document"));
        return {};
    }

private:
    int lineAt(qsizetype offset) const
    {
        int line = 1;
        for (qsizetype i = 0; i < offset && i < m_size; ++i)
            line += m_data[i] == '\n' ? 1 : 0;
        return line;
    }

    std::unexpected<Error> error(const QString &what) const
    {
        return fail(errc::parse,
                    QCoreApplication::translate("rd::sources", "Invalid JSON at line %1: %2.")
                            .arg(lineAt(m_pos))
                            .arg(what));
    }

    void warn(const QString &what, qsizetype at)
    {
        if (m_warnings->size() >= 20) // a file that needs more is not worth reading on
            return;
        m_warnings->append(QCoreApplication::translate("rd::sources", "line %1: %2")
                                   .arg(lineAt(at))
                                   .arg(what));
    }

    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return m_pos < m_size ? m_data[m_pos] : '\0'; }

    Status skipSpace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
            } else if (c == '/' && m_pos + 1 < m_size
                       && (m_data[m_pos + 1] == '/' || m_data[m_pos + 1] == '*')) {
                const qsizetype start = m_pos;
                if (m_data[m_pos + 1] == '/') {
                    while (m_pos < m_size && m_data[m_pos] != '\n')
                        ++m_pos;
                } else {
                    const qsizetype close = QByteArrayView(m_data, m_size).indexOf("*/", m_pos + 2);
                    if (close < 0)
                        return error(
                                QCoreApplication::translate("rd::sources", "unterminated comment"));
                    m_pos = close + 2;
                }
                warn(QCoreApplication::translate("rd::sources",
                                                 "a comment, which JSON does not allow; skipped"),
                     start);
            } else {
                break;
            }
        }
        return {};
    }

    Status parseValue(JsonNode *node, int depth)
    {
        if (depth > maxNesting)
            return error(QCoreApplication::translate("rd::sources", "nesting is too deep"));
        node->offset = m_pos;
        const char c = peek();
        Status ok;
        if (c == '{')
            ok = parseObject(node, depth);
        else if (c == '[')
            ok = parseArray(node, depth);
        else if (c == '"')
            ok = parseString(node);
        else if (c == '-' || (c >= '0' && c <= '9'))
            ok = parseNumber(node);
        else if (literal("true") || literal("false"))
            node->kind = JsonNode::Kind::Bool;
        else if (literal("null"))
            node->kind = JsonNode::Kind::Null;
        else
            return error(
                    atEnd() ? QCoreApplication::translate(
                            "rd::sources", "the document ends where a value is expected")
                            : QCoreApplication::translate("rd::sources", "a value is expected"));
        if (!ok)
            return ok;
        node->length = m_pos - node->offset;
        return {};
    }

    bool literal(QByteArrayView word)
    {
        if (QByteArrayView(m_data + m_pos, std::min<qsizetype>(word.size(), m_size - m_pos))
            != word)
            return false;
        m_pos += word.size();
        return true;
    }

    Status parseNumber(JsonNode *node)
    {
        node->kind = JsonNode::Kind::Number;
        if (peek() == '-')
            ++m_pos;
        if (!(peek() >= '0' && peek() <= '9'))
            return error(QCoreApplication::translate("rd::sources", "a digit is expected"));
        if (peek() == '0') {
            ++m_pos;
        } else {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == '.') {
            ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return error(QCoreApplication::translate("rd::sources",
                                                         "a digit is expected after '.'"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return error(QCoreApplication::translate("rd::sources",
                                                         "a digit is expected in the exponent"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        return {};
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    Status parseString(JsonNode *node)
    {
        node->kind = JsonNode::Kind::String;
        ++m_pos; // opening quote
        QByteArray utf8;
        QString decoded;
        const auto flush = [&] {
            decoded += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (true) {
            if (atEnd())
                return error(
                        QCoreApplication::translate("rd::sources", "the string is not terminated"));
            const char c = m_data[m_pos];
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (uchar(c) < 0x20)
                return error(QCoreApplication::translate("rd::sources",
                                                         "a control character inside a string"));
            if (c != '\\') {
                utf8.append(c);
                ++m_pos;
                continue;
            }
            node->escaped = true;
            if (m_pos + 1 >= m_size)
                return error(
                        QCoreApplication::translate("rd::sources", "the string is not terminated"));
            const char e = m_data[m_pos + 1];
            m_pos += 2;
            switch (e) {
            case '"':
                utf8.append('"');
                break;
            case '\\':
                utf8.append('\\');
                break;
            case '/':
                utf8.append('/');
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                if (m_pos + 4 > m_size)
                    return error(QCoreApplication::translate("rd::sources",
                                                             "a \\u escape needs four hex digits"));
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_data[m_pos + i]);
                    if (digit < 0)
                        return error(
                                QCoreApplication::translate("rd::sources",
                                                            "a \\u escape needs four hex digits"));
                    code = code * 16 + digit;
                }
                m_pos += 4;
                flush();
                decoded += QChar(char16_t(code)); // surrogates pair up in the QString
                break;
            }
            default:
                return error(
                        QCoreApplication::translate("rd::sources", "an unknown escape sequence"));
            }
        }
        flush();
        node->string = decoded;
        return {};
    }

    // After a member or an item: ',' continues, `close` ends. Anything else that starts a value
    // is a missing comma: warned and read on.
    enum class Next { Continue, Close };
    Result<Next> separator(char close, bool object)
    {
        const qsizetype valueEnd = m_pos;
        if (auto ok = skipSpace(); !ok)
            return std::unexpected(ok.error());
        const char c = peek();
        if (c == close) {
            ++m_pos;
            return Next::Close;
        }
        if (c == ',') {
            const qsizetype comma = m_pos;
            ++m_pos;
            if (auto ok = skipSpace(); !ok)
                return std::unexpected(ok.error());
            if (peek() == close) {
                warn(QCoreApplication::translate("rd::sources",
                                                 "a trailing ',' before '%1'; ignored")
                             .arg(QLatin1Char(close)),
                     comma);
                ++m_pos;
                return Next::Close;
            }
            return Next::Continue;
        }
        const bool startsValue = object ? c == '"'
                                        : (c == '"' || c == '{' || c == '[' || c == '-'
                                           || (c >= '0' && c <= '9') || c == 't' || c == 'f'
                                           || c == 'n');
        // Only a line break makes a missing comma believable: "[01]" or "1 2" stays an error.
        if (startsValue && QByteArrayView(m_data + valueEnd, m_pos - valueEnd).contains('\n')) {
            warn(object ? QCoreApplication::translate(
                         "rd::sources", "missing ',' between members; read as if it were there")
                        : QCoreApplication::translate(
                                "rd::sources",
                                "missing ',' between items; read as if it were there"),
                 m_pos);
            return Next::Continue;
        }
        return std::unexpected(
                error(atEnd() ? QCoreApplication::translate("rd::sources",
                                                            "the document ends inside %1")
                                        .arg(object ? QCoreApplication::translate("rd::sources",
                                                                                  "an object")
                                                    : QCoreApplication::translate("rd::sources",
                                                                                  "an array"))
                              : QCoreApplication::translate("rd::sources",
                                                            "',' or '%1' is expected")
                                        .arg(QLatin1Char(close)))
                        .error());
    }

    Status parseObject(JsonNode *node, int depth)
    {
        node->kind = JsonNode::Kind::Object;
        node->truncated = depth >= m_storeDepth;
        ++m_pos;
        if (auto ok = skipSpace(); !ok)
            return ok;
        if (peek() == '}') {
            ++m_pos;
            return {};
        }
        while (true) {
            if (auto ok = skipSpace(); !ok)
                return ok;
            if (peek() != '"')
                return error(
                        QCoreApplication::translate("rd::sources",
                                                    "a member name in double quotes is expected"));
            JsonMember member;
            JsonNode key;
            member.keyOffset = m_pos;
            if (auto ok = parseString(&key); !ok)
                return ok;
            member.key = key.string;
            if (auto ok = skipSpace(); !ok)
                return ok;
            if (peek() != ':')
                return error(QCoreApplication::translate("rd::sources",
                                                         "':' is expected after the member name"));
            ++m_pos;
            if (auto ok = skipSpace(); !ok)
                return ok;
            if (auto ok = parseValue(&member.value, depth + 1); !ok)
                return ok;
            if (!node->truncated)
                node->members.push_back(std::move(member));
            auto next = separator('}', true);
            if (!next)
                return std::unexpected(next.error());
            if (*next == Next::Close)
                return {};
        }
    }

    Status parseArray(JsonNode *node, int depth)
    {
        node->kind = JsonNode::Kind::Array;
        node->truncated = depth >= m_storeDepth;
        ++m_pos;
        if (auto ok = skipSpace(); !ok)
            return ok;
        if (peek() == ']') {
            ++m_pos;
            return {};
        }
        while (true) {
            if (auto ok = skipSpace(); !ok)
                return ok;
            JsonNode item;
            if (auto ok = parseValue(&item, depth + 1); !ok)
                return ok;
            if (!node->truncated)
                node->items.push_back(std::move(item));
            auto next = separator(']', false);
            if (!next)
                return std::unexpected(next.error());
            if (*next == Next::Close)
                return {};
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_storeDepth;
    QStringList *m_warnings;
};

Result<JsonDocument> JsonDocument::parse(const QByteArray &bytes, int storeDepth)
{
    JsonDocument document;
    JsonParser parser(bytes, storeDepth, &document.m_warnings);
    if (auto ok = parser.parseDocument(&document.m_root); !ok)
        return std::unexpected(ok.error());
    return document;
}

} // namespace rd
