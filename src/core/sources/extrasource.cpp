// SPDX-License-Identifier: GPL-3.0-or-later
#include "extrasource.h"

#include "sources/jsonsource.h"
#include "sources/tomlfile.h"
#include "sources/tomlsource.h"
#include "sources/yamlfile.h"
#include "sources/yamlsource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

// The formats' helpers want a SourceFormat; extra sources are one of their own.
class ExtraFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("extra"); }
    bool claims(QStringView, QStringView) const override { return false; }
    QList<VersionSource> read(const QByteArray &, const QString &) const override { return {}; }
};

const ExtraFormat &extraFormat()
{
    static const ExtraFormat format;
    return format;
}

VersionSource missing(const ExtraSourceSpec &spec, const QString &key, const QString &note)
{
    VersionSource source = extraFormat().brokenSource(spec.file, key, spec.scheme, 0, note);
    source.missing = true;
    return source;
}

} // namespace

VersionSource ExtraSource::read(const ExtraSourceSpec &spec, const std::optional<QByteArray> &bytes)
{
    const ExtraFormat &format = extraFormat();
    const QString key = spec.key.isEmpty() ? QStringLiteral("regex") : spec.key;
    if (!bytes)
        return missing(spec,
                       key,
                       QCoreApplication::translate("rd::sources",
                                                   "The file does not exist (declared in %1).")
                               .arg(spec.location));
    const SourceText text(*bytes);
    if (!spec.regex.isEmpty()) {
        const QRegularExpression pattern(spec.regex, QRegularExpression::MultilineOption);
        // Matched against the bytes as Latin-1, so positions are byte offsets.
        const auto match = pattern.match(text.latin1());
        if (!match.hasMatch())
            return missing(spec,
                           key,
                           QCoreApplication::translate(
                                   "rd::sources", "The regular expression of %1 matches nothing.")
                                   .arg(spec.location));
        const int group = pattern.captureCount() >= 1 ? 1 : 0;
        return format.spanSource(text,
                                 spec.file,
                                 key,
                                 spec.scheme,
                                 match.capturedStart(group),
                                 match.capturedLength(group));
    }
    const QStringList path = spec.key.split(u'.');
    QList<VersionSource> found;
    if (spec.file.endsWith(u".json")) {
        found = JsonSource::read(format, *bytes, spec.file, spec.scheme, {path});
    } else if (spec.file.endsWith(u".toml")) {
        auto toml = TomlFile::parse(text);
        if (!toml)
            return format.brokenSource(spec.file, key, spec.scheme, 0, toml.error().message);
        if (const auto value = toml->string(path))
            found.append(TomlSource::make(format, text, *value, spec.file, key, spec.scheme));
    } else if (spec.file.endsWith(u".yaml") || spec.file.endsWith(u".yml")) {
        auto yaml = YamlFile::parse(text);
        if (!yaml)
            return format.brokenSource(spec.file, key, spec.scheme, 0, yaml.error().message);
        if (const auto scalar = yaml->scalar(path))
            found.append(YamlSource::make(format, text, *scalar, spec.file, key, spec.scheme));
    } else {
        return format.brokenSource(
                spec.file,
                key,
                spec.scheme,
                0,
                QCoreApplication::translate("rd::sources",
                                            "A key path needs a .json, .toml, .yaml or "
                                            ".yml file; use a regex for other files (%1).")
                        .arg(spec.location));
    }
    if (found.isEmpty())
        return missing(spec,
                       key,
                       QCoreApplication::translate("rd::sources",
                                                   "The file has no value at %1 (declared in %2).")
                               .arg(spec.key, spec.location));
    VersionSource source = found.first();
    source.key = key;
    return source;
}

} // namespace rd
