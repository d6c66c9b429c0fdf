// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionwriter.h"

#include "sources/sourceformat.h"
#include "sources/sourcetext.h"

#include <QCoreApplication>

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
        const QString why
                = source.readOnly
                          ? QCoreApplication::translate("rd::sources",
                                                        "it is only compared, never written")
                  : source.dynamic
                          ? QCoreApplication::translate("rd::sources",
                                                        "the version is computed elsewhere")
                  : source.missing ? QCoreApplication::translate("rd::sources", "it does not exist")
                                   : QCoreApplication::translate("rd::sources",
                                                                 "its bytes are not the plain "
                                                                 "version");
        return fail(errc::notWritable,
                    QCoreApplication::translate("rd::sources", "%1 (%2) is not written: %3.")
                            .arg(source.key.isEmpty() ? source.path : source.key,
                                 source.format,
                                 why),
                    location(source));
    }
    const auto located = [&](Error error) {
        error.source = location(source);
        return std::unexpected(std::move(error));
    };
    // The format that read the source writes it; sources no format made (configured extra
    // sources) have only the shared parts.
    const SourceFormat *format = SourceFormat::find(source.format);
    QList<Splice> result;
    for (const VersionSpan &span : source.spans) {
        auto text = format ? format->renderSpan(source, span, version)
                           : renderSpan(source, span, version);
        if (!text)
            return located(text.error());
        result.append(Splice{span.offset, span.length, text->toUtf8()});
    }
    if (format) {
        if (auto held = format->canHold(source, version); !held)
            return located(held.error());
    }
    return result;
}

Result<QString> VersionWriter::renderSpan(const VersionSource &source,
                                          const VersionSpan &span,
                                          const Version &version)
{
    switch (span.part) {
    case VersionSpan::Part::Whole:
        return VersionSchemes::render(source.scheme, version, span.text);
    case VersionSpan::Part::Core: {
        // With a separate pre-release element the core takes X.Y.Z only; without one the
        // whole version goes here (MSBuild's Version falls back to VersionPrefix).
        const bool hasSuffixSpan = std::any_of(source.spans.cbegin(),
                                               source.spans.cend(),
                                               [](const VersionSpan &other) {
                                                   return other.part
                                                          == VersionSpan::Part::PreRelease;
                                               });
        const Version core = hasSuffixSpan ? Version(version.major(),
                                                     version.minor(),
                                                     version.patch(),
                                                     {},
                                                     version.build())
                                           : version;
        return VersionSchemes::render(source.scheme, core, span.text);
    }
    case VersionSpan::Part::PreRelease:
        return version.preRelease().join(u'.');
    default:
        return fail(errc::notRepresentable,
                    QCoreApplication::translate(
                            "rd::sources",
                            "The %1 format has no writer for this part of the version.")
                            .arg(source.format));
    }
}

} // namespace rd
