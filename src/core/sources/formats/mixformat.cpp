// SPDX-License-Identifier: GPL-3.0-or-later
// mix.exs (Elixir): the @version module attribute when the project uses one, else the
// `version: "..."` entry of project/0. `@version File.read!("VERSION")` is dynamic. Dependency
// requirements ("~> 1.10") and git tags are other keys.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::formats {

namespace {

bool commented(const QString &latin1, qsizetype offset)
{
    const qsizetype lineStart = latin1.lastIndexOf(u'\n', offset - 1) + 1;
    return latin1.mid(lineStart, offset - lineStart).contains(u'#');
}

class MixFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("mix.exs"); }
    bool claims(QStringView fileName, QStringView) const override { return fileName == u"mix.exs"; }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        static const QRegularExpression attribute(QStringLiteral(R"(^[ \t]*@version[ \t]+)"),
                                                  QRegularExpression::MultilineOption);
        const auto attr = attribute.match(latin1);
        if (attr.hasMatch()) {
            const SourceText::Range value = text.quotedAt(attr.capturedEnd());
            if (value.isValid() && bytes.at(value.offset - 1) == '"')
                return {spanSource(text,
                                   path,
                                   QStringLiteral("@version"),
                                   VersionScheme::SemVer,
                                   value.offset,
                                   value.length)};
            const int line = text.lineAt(attr.capturedStart());
            return {dynamicSource(path,
                                  QStringLiteral("@version"),
                                  VersionScheme::SemVer,
                                  line,
                                  QCoreApplication::translate("rd::sources",
                                                              "Computed at compile time: %1")
                                          .arg(text.text(attr.capturedEnd(),
                                                         text.lineEnd(line) - attr.capturedEnd())
                                                       .trimmed()))};
        }
        static const QRegularExpression keyword(QStringLiteral(R"((?<![\w@])version:[ \t]*)"));
        for (auto it = keyword.globalMatch(latin1); it.hasNext();) {
            const auto match = it.next();
            if (commented(latin1, match.capturedStart()))
                continue;
            const SourceText::Range value = text.quotedAt(match.capturedEnd());
            if (value.isValid() && bytes.at(value.offset - 1) == '"'
                && !text.text(value.offset, value.length).contains(u"#{"))
                return {spanSource(text,
                                   path,
                                   QStringLiteral("version:"),
                                   VersionScheme::SemVer,
                                   value.offset,
                                   value.length)};
            const int line = text.lineAt(match.capturedStart());
            return {dynamicSource(path,
                                  QStringLiteral("version:"),
                                  VersionScheme::SemVer,
                                  line,
                                  QCoreApplication::translate("rd::sources",
                                                              "Computed at compile time: %1")
                                          .arg(text.text(match.capturedEnd(),
                                                         text.lineEnd(line) - match.capturedEnd())
                                                       .trimmed()))};
        }
        return {};
    }
};

} // namespace

const SourceFormat &mix()
{
    static const MixFormat format;
    return format;
}

} // namespace rd::formats
