// SPDX-License-Identifier: GPL-3.0-or-later
// build.gradle / build.gradle.kts: a top-level `version = "..."` (or Groovy's `version '...'`,
// `project.version = ...`). Gradle scripts are programs; what matters is the nesting depth, so a
// small lexer skips strings and comments and counts brackets: `id("x") version "3.9.0"` inside
// plugins { } is a plugin's version, not the project's.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::formats {

namespace {

// Bracket depth at the start of every line, strings and comments skipped.
QList<int> depthAtLineStarts(const QByteArray &bytes)
{
    QList<int> depths{0};
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    const auto newline = [&] { depths.append(std::max(depth, 0)); };
    while (i < n) {
        const char c = bytes.at(i);
        if (c == '\n') {
            newline();
            ++i;
        } else if (c == '/' && i + 1 < n && bytes.at(i + 1) == '/') {
            while (i < n && bytes.at(i) != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && bytes.at(i + 1) == '*') {
            i += 2;
            while (i < n && !(bytes.at(i) == '*' && i + 1 < n && bytes.at(i + 1) == '/')) {
                if (bytes.at(i) == '\n')
                    newline();
                ++i;
            }
            i += 2;
        } else if (c == '"' || c == '\'') {
            const bool triple = i + 2 < n && bytes.at(i + 1) == c && bytes.at(i + 2) == c;
            i += triple ? 3 : 1;
            while (i < n) {
                if (bytes.at(i) == '\\') {
                    i += 2;
                    continue;
                }
                if (triple ? (bytes.at(i) == c && i + 2 < n && bytes.at(i + 1) == c
                              && bytes.at(i + 2) == c)
                           : bytes.at(i) == c) {
                    i += triple ? 3 : 1;
                    break;
                }
                if (bytes.at(i) == '\n') {
                    newline();
                    if (!triple) { // an unterminated one-line string ends with its line
                        ++i;
                        break;
                    }
                }
                ++i;
            }
        } else {
            if (c == '{' || c == '(' || c == '[')
                ++depth;
            else if (c == '}' || c == ')' || c == ']')
                --depth;
            ++i;
        }
    }
    return depths;
}

class GradleFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("build.gradle"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"build.gradle" || fileName == u"build.gradle.kts";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        if (!bytes.contains("version"))
            return {};
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        const QList<int> depths = depthAtLineStarts(bytes);
        static const QRegularExpression statement(
                QStringLiteral(
                        R"(^[ \t]*((?:project\.)?version)(?:[ \t]*=[ \t]*|[ \t]+|[ \t]*\([ \t]*)(?=\S))"),
                QRegularExpression::MultilineOption);
        std::optional<VersionSource> literal;
        QStringList later;
        int computedLine = 0;
        QString computed;
        for (auto it = statement.globalMatch(latin1); it.hasNext();) {
            const auto match = it.next();
            const int line = text.lineAt(match.capturedStart());
            if (depths.value(line - 1, 1) != 0)
                continue;
            const qsizetype valueStart = match.capturedEnd();
            const SourceText::Range value = text.quotedAt(valueStart);
            const QString valueText = value.isValid() ? text.text(value.offset, value.length)
                                                      : QString();
            const QString expression = text.text(valueStart, text.lineEnd(line) - valueStart)
                                               .trimmed();
            if (value.isValid() && !valueText.contains(u'$') && !valueText.contains(u'\\')) {
                if (!literal) {
                    literal = spanSource(text,
                                         path,
                                         match.captured(1),
                                         VersionScheme::Maven,
                                         value.offset,
                                         value.length);
                    continue;
                }
            } else if (!computedLine) {
                computedLine = line;
                computed = expression;
            }
            if (literal)
                later.append(QCoreApplication::translate("rd::sources", "line %1 sets it again: %2")
                                     .arg(line)
                                     .arg(expression));
        }
        if (literal) {
            if (!later.isEmpty())
                literal->note = later.join(QStringLiteral("; ")) + u'.';
            return {*literal};
        }
        if (computedLine)
            return {dynamicSource(path,
                                  QStringLiteral("version"),
                                  VersionScheme::Maven,
                                  computedLine,
                                  QCoreApplication::translate("rd::sources",
                                                              "The build computes it: %1")
                                          .arg(computed))};
        return {};
    }
};

} // namespace

const SourceFormat &gradle()
{
    static const GradleFormat format;
    return format;
}

} // namespace rd::formats
