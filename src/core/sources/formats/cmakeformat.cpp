// SPDX-License-Identifier: GPL-3.0-or-later
// CMakeLists.txt: the VERSION argument of the project() command, wherever it stands among the
// arguments (after LANGUAGES too). cmake_minimum_required(VERSION ...) and version comparisons
// are other commands. The command's arguments are tokenised as CMake does: blanks separate,
// quoted arguments, # comments.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::formats {

namespace {

struct Argument
{
    qsizetype offset;
    qsizetype length;
    bool quoted;
};

class CMakeFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("CMakeLists.txt"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"CMakeLists.txt";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        static const QRegularExpression
                command(QStringLiteral(R"(^[ \t]*project[ \t]*\()"),
                        QRegularExpression::MultilineOption
                                | QRegularExpression::CaseInsensitiveOption);
        const auto match = command.match(latin1);
        if (!match.hasMatch())
            return {};
        QList<Argument> arguments;
        qsizetype i = match.capturedEnd();
        const qsizetype n = bytes.size();
        int depth = 0; // nested parentheses belong to the arguments
        while (i < n) {
            const char c = bytes.at(i);
            if (c == ')' && depth == 0)
                break;
            if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                ++i;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++i;
            } else if (c == '#') {
                while (i < n && bytes.at(i) != '\n')
                    ++i;
            } else if (c == '"') {
                const qsizetype start = ++i;
                while (i < n && bytes.at(i) != '"')
                    i += bytes.at(i) == '\\' ? 2 : 1;
                arguments.append(Argument{start, std::min(i, n) - start, true});
                ++i;
            } else {
                const qsizetype start = i;
                while (i < n && !QByteArrayView(" \t\r\n()#\"").contains(bytes.at(i)))
                    ++i;
                arguments.append(Argument{start, i - start, false});
            }
        }
        for (qsizetype a = 0; a + 1 < arguments.size(); ++a) {
            const Argument &keyword = arguments.at(a);
            if (keyword.quoted || bytes.mid(keyword.offset, keyword.length) != "VERSION")
                continue;
            const Argument &value = arguments.at(a + 1);
            const QString key = QStringLiteral("project(VERSION)");
            if (bytes.mid(value.offset, value.length).contains("${"))
                return {dynamicSource(path,
                                      key,
                                      VersionScheme::Numeric,
                                      text.lineAt(value.offset),
                                      QCoreApplication::translate("rd::sources",
                                                                  "Taken from a CMake variable: %1")
                                              .arg(text.text(value.offset, value.length)))};
            return {spanSource(text,
                               path,
                               key,
                               VersionScheme::Numeric,
                               value.offset,
                               value.length)};
        }
        return {};
    }
};

} // namespace

const SourceFormat &cmake()
{
    static const CMakeFormat format;
    return format;
}

} // namespace rd::formats
