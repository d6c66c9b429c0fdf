// SPDX-License-Identifier: GPL-3.0-or-later
// setup.py: the version= keyword of the setup() call. A string literal is the source; a name
// (setup(version=VERSION)) is followed to its module-level assignment; anything else
// (about['__version__'], a function call) makes the source dynamic. Python has a grammar, but a
// version keyword and an assignment are all this needs: regular expressions over the bytes,
// skipping comments.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::formats {

namespace {

bool inComment(const QString &latin1, qsizetype offset)
{
    const qsizetype lineStart = latin1.lastIndexOf(u'\n', offset - 1) + 1;
    return latin1.mid(lineStart, offset - lineStart).contains(u'#');
}

class SetupPyFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("setup.py"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"setup.py";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        const QString key = QStringLiteral("setup(version=...)");
        static const QRegularExpression setupCall(QStringLiteral(R"(\bsetup\s*\()"));
        static const QRegularExpression keyword(QStringLiteral(R"((?<![\w.])version\s*=(?!=)\s*)"));
        qsizetype from = 0;
        for (auto it = setupCall.globalMatch(latin1); it.hasNext();) {
            const auto match = it.next();
            if (!inComment(latin1, match.capturedStart())) {
                from = match.capturedEnd();
                break;
            }
        }
        QRegularExpressionMatch found;
        for (qsizetype start : {from, qsizetype(0)}) {
            for (auto it = keyword.globalMatch(latin1, start); it.hasNext();) {
                const auto match = it.next();
                if (!inComment(latin1, match.capturedStart())) {
                    found = match;
                    break;
                }
            }
            if (found.hasMatch())
                break;
        }
        if (!found.hasMatch())
            return {};
        const qsizetype valueStart = found.capturedEnd();
        const SourceText::Range quoted = text.quotedAt(valueStart);
        if (quoted.isValid())
            return {spanSource(text,
                               path,
                               key,
                               VersionScheme::Pep440,
                               quoted.offset,
                               quoted.length)};
        static const QRegularExpression name(QStringLiteral(R"(\G([A-Za-z_]\w*)\s*[,)\n#])"));
        const auto nameMatch = name.match(latin1, valueStart);
        if (nameMatch.hasMatch()) {
            const QRegularExpression assignment(QStringLiteral(R"(^%1\s*=\s*(['"]))")
                                                        .arg(nameMatch.captured(1)),
                                                QRegularExpression::MultilineOption);
            const auto assigned = assignment.match(latin1);
            if (assigned.hasMatch()) {
                const SourceText::Range value = text.quotedAt(assigned.capturedStart(1));
                // "version=NAME" written inside NAME's own string is text, not the setup()
                // keyword: writing a version over that string would remove it.
                if (value.isValid() && found.capturedStart() >= value.offset
                    && found.capturedStart() < value.offset + value.length)
                    return {};
                if (value.isValid()) {
                    VersionSource source = spanSource(text,
                                                      path,
                                                      nameMatch.captured(1),
                                                      VersionScheme::Pep440,
                                                      value.offset,
                                                      value.length);
                    source.note = QCoreApplication::translate("rd::sources",
                                                              "setup(version=%1) on line %2.")
                                          .arg(nameMatch.captured(1))
                                          .arg(text.lineAt(valueStart));
                    return {source};
                }
            }
        }
        const qsizetype lineEnd = text.lineEnd(text.lineAt(valueStart));
        return {dynamicSource(path,
                              key,
                              VersionScheme::Pep440,
                              text.lineAt(valueStart),
                              QCoreApplication::translate("rd::sources",
                                                          "setup() computes it: version=%1")
                                      .arg(text.text(valueStart, lineEnd - valueStart).trimmed()))};
    }
};

} // namespace

const SourceFormat &setupPy()
{
    static const SetupPyFormat format;
    return format;
}

} // namespace rd::formats
