// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionwriter.h"

#include "sources/sourcetext.h"

namespace rd {

namespace {

QString location(const VersionSource &source)
{
    return source.line > 0 ? QStringLiteral("%1:%2").arg(source.path).arg(source.line)
                           : source.path;
}

} // namespace

bool VersionWriter::spansMatch(const VersionSource &source, const QByteArray &bytes)
{
    const SourceText text(bytes);
    for (const VersionSpan &span : source.spans) {
        if (span.offset < 0 || span.length < 0 || span.offset + span.length > bytes.size()
            || text.text(span.offset, span.length) != span.text)
            return false;
    }
    return true;
}

Result<QList<Splice>> VersionWriter::splices(const VersionSource &source, const Version &version)
{
    if (!source.isWritable()) {
        const QString why = source.readOnly  ? QStringLiteral("it is only compared, never written")
                            : source.dynamic ? QStringLiteral("the version is computed elsewhere")
                            : source.missing ? QStringLiteral("it does not exist")
                                             : QStringLiteral("its bytes are not the plain "
                                                              "version");
        return fail(errc::notWritable,
                    QStringLiteral("%1 (%2) is not written: %3.")
                            .arg(source.key.isEmpty() ? source.path : source.key,
                                 source.format,
                                 why),
                    location(source));
    }
    const auto located = [&](Error error) {
        error.source = location(source);
        return std::unexpected(std::move(error));
    };
    const bool hasSuffixSpan = std::any_of(source.spans.cbegin(),
                                           source.spans.cend(),
                                           [](const VersionSpan &span) {
                                               return span.part == VersionSpan::Part::PreRelease;
                                           });
    QList<Splice> result;
    for (const VersionSpan &span : source.spans) {
        QString text;
        switch (span.part) {
        case VersionSpan::Part::Whole: {
            auto rendered = VersionSchemes::render(source.scheme, version, span.text);
            if (!rendered)
                return located(rendered.error());
            text = *rendered;
            break;
        }
        case VersionSpan::Part::Core: {
            // With a separate pre-release element the core takes X.Y.Z only; without one the
            // whole version goes here (MSBuild's Version falls back to VersionPrefix).
            const Version core = hasSuffixSpan ? Version(version.major(),
                                                         version.minor(),
                                                         version.patch(),
                                                         {},
                                                         version.build())
                                               : version;
            auto rendered = VersionSchemes::render(source.scheme, core, span.text);
            if (!rendered)
                return located(rendered.error());
            text = *rendered;
            break;
        }
        case VersionSpan::Part::PreRelease:
            text = version.preRelease().join(u'.');
            break;
        case VersionSpan::Part::Major:
            text = QString::number(version.major());
            break;
        case VersionSpan::Part::Minor:
            text = QString::number(version.minor());
            break;
        case VersionSpan::Part::Patch:
            text = QString::number(version.patch());
            break;
        case VersionSpan::Part::RubyPre: {
            // The fourth part of a composed Ruby version: a number (build metadata "+6"), a
            // pre-release, or nil.
            QStringList parts = version.preRelease();
            if (version.build().size() == 1 && parts.isEmpty())
                parts = version.build();
            else if (!version.build().isEmpty())
                return located(Error{errc::notRepresentable.toString(),
                                     QStringLiteral("%1 cannot be written as MAJOR/MINOR/TINY/PRE "
                                                    "constants.")
                                             .arg(version.toString()),
                                     {}});
            const QChar quote = span.text.startsWith(u'\'') ? u'\'' : u'"';
            text = parts.isEmpty() ? QStringLiteral("nil") : quote + parts.join(u'.') + quote;
            break;
        }
        }
        result.append(Splice{span.offset, span.length, text.toUtf8()});
    }
    if (std::any_of(source.spans.cbegin(),
                    source.spans.cend(),
                    [](const VersionSpan &span) { return span.part == VersionSpan::Part::Major; })
        && std::none_of(source.spans.cbegin(),
                        source.spans.cend(),
                        [](const VersionSpan &span) {
                            return span.part == VersionSpan::Part::RubyPre;
                        })
        && (version.isPreRelease() || !version.build().isEmpty()))
        return located(Error{errc::notRepresentable.toString(),
                             QStringLiteral("%1 has a pre-release or build part, and the file has "
                                            "only MAJOR/MINOR/TINY numbers.")
                                     .arg(version.toString()),
                             {}});
    return result;
}

} // namespace rd
