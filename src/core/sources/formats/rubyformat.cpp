// SPDX-License-Identifier: GPL-3.0-or-later
// Ruby: `VERSION = "..."` (or a `STRING = "..."` in a Version module) in a lib/**/version.rb,
// the composed form MAJOR/MINOR/TINY/PRE of gem_version.rb (written number by number), and
// `spec.version = "..."` in a .gemspec. Assignments, so regular expressions, comments skipped.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace rd::formats {

namespace {

bool commented(const QString &latin1, qsizetype offset)
{
    const qsizetype lineStart = latin1.lastIndexOf(u'\n', offset - 1) + 1;
    return latin1.mid(lineStart, offset - lineStart).contains(u'#');
}

QRegularExpressionMatch firstMatch(const QRegularExpression &pattern, const QString &latin1)
{
    for (auto it = pattern.globalMatch(latin1); it.hasNext();) {
        const auto match = it.next();
        if (!commented(latin1, match.capturedStart()))
            return match;
    }
    return {};
}

class RubyFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("ruby"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName.endsWith(u"version.rb") || fileName.endsWith(u".gemspec");
    }
    // A version composed of MAJOR/MINOR/TINY constants and an optional PRE: each number into
    // its constant, and PRE as a Ruby literal, quoted or nil.
    Result<QString> renderSpan(const VersionSource &source,
                               const VersionSpan &span,
                               const Version &version) const override
    {
        switch (span.part) {
        case VersionSpan::Part::Major:
            return QString::number(version.major());
        case VersionSpan::Part::Minor:
            return QString::number(version.minor());
        case VersionSpan::Part::Patch:
            return QString::number(version.patch());
        case VersionSpan::Part::RubyPre: {
            // The fourth part: a number (build metadata "+6"), a pre-release, or nil.
            QStringList parts = version.preRelease();
            if (version.build().size() == 1 && parts.isEmpty())
                parts = version.build();
            else if (!version.build().isEmpty())
                return fail(
                        errc::notRepresentable,
                        QCoreApplication::translate("rd::sources",
                                                    "%1 cannot be written as MAJOR/MINOR/TINY/PRE "
                                                    "constants.")
                                .arg(version.toString()));
            const QChar quote = span.text.startsWith(u'\'') ? u'\'' : u'"';
            return parts.isEmpty() ? QStringLiteral("nil") : quote + parts.join(u'.') + quote;
        }
        default:
            return SourceFormat::renderSpan(source, span, version);
        }
    }
    // Without a PRE constant the numbers alone cannot hold a pre-release or build part.
    Status canHold(const VersionSource &source, const Version &version) const override
    {
        const auto has = [&source](VersionSpan::Part part) {
            return std::any_of(source.spans.cbegin(),
                               source.spans.cend(),
                               [part](const VersionSpan &span) { return span.part == part; });
        };
        if (has(VersionSpan::Part::Major) && !has(VersionSpan::Part::RubyPre)
            && (version.isPreRelease() || !version.build().isEmpty()))
            return fail(errc::notRepresentable,
                        QCoreApplication::translate(
                                "rd::sources",
                                "%1 has a pre-release or build part, and the file has "
                                "only MAJOR/MINOR/TINY numbers.")
                                .arg(version.toString()));
        return {};
    }

    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        if (auto composed = readComposed(text, latin1, path))
            return {*composed};
        for (const QString &name : {QStringLiteral("VERSION"), QStringLiteral("STRING")}) {
            const QRegularExpression constant(
                    QStringLiteral(R"(\b%1[ \t]*=[ \t]*(?=['"]))").arg(name));
            const auto match = firstMatch(constant, latin1);
            if (!match.hasMatch())
                continue;
            const SourceText::Range value = text.quotedAt(match.capturedEnd());
            if (value.isValid() && !text.text(value.offset, value.length).contains(u"#{"))
                return {spanSource(text,
                                   path,
                                   name,
                                   VersionScheme::RubyGems,
                                   value.offset,
                                   value.length)};
        }
        static const QRegularExpression gemspec(QStringLiteral(R"(\b\w+\.version[ \t]*=[ \t]*)"));
        const auto match = firstMatch(gemspec, latin1);
        if (!match.hasMatch())
            return {};
        const SourceText::Range value = text.quotedAt(match.capturedEnd());
        if (value.isValid())
            return {spanSource(text,
                               path,
                               QStringLiteral("spec.version"),
                               VersionScheme::RubyGems,
                               value.offset,
                               value.length)};
        const int line = text.lineAt(match.capturedStart());
        return {dynamicSource(path,
                              QStringLiteral("spec.version"),
                              VersionScheme::RubyGems,
                              line,
                              QCoreApplication::translate("rd::sources", "Taken from %1")
                                      .arg(text.text(match.capturedEnd(),
                                                     text.lineEnd(line) - match.capturedEnd())
                                                   .trimmed()))};
    }

private:
    // MAJOR = 6 / MINOR = 0 / TINY = 3 / PRE = "6" (or nil), joined with dots.
    std::optional<VersionSource> readComposed(const SourceText &text,
                                              const QString &latin1,
                                              const QString &path) const
    {
        const auto number = [&](const QString &name) -> std::optional<SourceText::Range> {
            const QRegularExpression pattern(
                    QStringLiteral(R"(\b%1[ \t]*=[ \t]*(\d+)\b)").arg(name));
            const auto match = firstMatch(pattern, latin1);
            if (!match.hasMatch())
                return std::nullopt;
            return SourceText::Range{match.capturedStart(1), match.capturedLength(1)};
        };
        const auto major = number(QStringLiteral("MAJOR"));
        const auto minor = number(QStringLiteral("MINOR"));
        auto patch = number(QStringLiteral("TINY"));
        if (!patch)
            patch = number(QStringLiteral("PATCH"));
        if (!major || !minor || !patch)
            return std::nullopt;
        static const QRegularExpression prePattern(
                QStringLiteral(R"(\bPRE[ \t]*=[ \t]*("[^"\r\n]*"|'[^'\r\n]*'|nil))"));
        const auto pre = firstMatch(prePattern, latin1);
        VersionSource source = spanSource(text,
                                          path,
                                          QStringLiteral("MAJOR.MINOR.TINY.PRE"),
                                          VersionScheme::RubyGems,
                                          major->offset,
                                          major->length);
        source.spans.clear();
        const auto add = [&](const SourceText::Range &range, VersionSpan::Part part) {
            source.spans.append(VersionSpan{range.offset,
                                            range.length,
                                            part,
                                            text.text(range.offset, range.length)});
        };
        add(*major, VersionSpan::Part::Major);
        add(*minor, VersionSpan::Part::Minor);
        add(*patch, VersionSpan::Part::Patch);
        QString composed = QStringList{source.spans.at(0).text,
                                       source.spans.at(1).text,
                                       source.spans.at(2).text}
                                   .join(u'.');
        if (pre.hasMatch()) {
            add(SourceText::Range{pre.capturedStart(1), pre.capturedLength(1)},
                VersionSpan::Part::RubyPre);
            const QString literal = pre.captured(1);
            if (literal != u"nil")
                composed += u'.' + literal.mid(1, literal.size() - 2);
        }
        source.text = composed;
        source.version.reset();
        source.note.clear();
        if (auto version = VersionSchemes::normalize(VersionScheme::RubyGems, composed))
            source.version = *version;
        else
            source.note = version.error().message;
        return source;
    }
};

} // namespace

const SourceFormat &ruby()
{
    static const RubyFormat format;
    return format;
}

} // namespace rd::formats
