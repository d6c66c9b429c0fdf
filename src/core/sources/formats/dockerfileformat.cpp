// SPDX-License-Identifier: GPL-3.0-or-later
// Dockerfile: the image version label (LABEL org.opencontainers.image.version=...), else an
// `ARG version=` / `ARG *_VERSION=` default, else `ENV *_VERSION`. A label that uses ${NAME} is
// followed to that ARG/ENV; one without a default is set at build time (dynamic). Other ARG/ENV
// lines that hold the very same version text are written with it. Dockerfile lines have no
// grammar worth a parser: regular expressions over the bytes.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::formats {

namespace {

struct Variable
{
    QString instruction; // ARG or ENV
    QString name;
    int line = 0;
    SourceText::Range value; // invalid: no default
};

bool isVersionName(const QString &name)
{
    return name.compare(u"version", Qt::CaseInsensitive) == 0
           || name.endsWith(u"_version", Qt::CaseInsensitive);
}

// The value that starts at `offset`: quoted (content) or up to a blank or line end.
SourceText::Range valueAt(const SourceText &text, qsizetype offset)
{
    const SourceText::Range quoted = text.quotedAt(offset);
    if (quoted.isValid())
        return quoted;
    qsizetype end = offset;
    const QByteArray &bytes = text.bytes();
    while (end < bytes.size() && !QByteArrayView(" \t\r\n\\").contains(bytes.at(end)))
        ++end;
    return end > offset ? SourceText::Range{offset, end - offset} : SourceText::Range{};
}

class DockerfileFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("Dockerfile"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"Dockerfile" || fileName.endsWith(u".Dockerfile")
               || fileName.startsWith(u"Dockerfile.");
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        QList<Variable> variables;
        static const QRegularExpression variable(
                QStringLiteral(
                        R"(^[ \t]*(ARG|ENV)[ \t]+([A-Za-z_][A-Za-z0-9_]*)([ \t]*=[ \t]*|[ \t]+(?=[^ \t\r\n\\]))?)"),
                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        for (auto it = variable.globalMatch(latin1); it.hasNext();) {
            const auto match = it.next();
            Variable found;
            found.instruction = match.captured(1).toUpper();
            found.name = match.captured(2);
            found.line = text.lineAt(match.capturedStart());
            if (match.hasCaptured(3)
                && (found.instruction == u"ENV" || match.captured(3).contains(u'=')))
                found.value = valueAt(text, match.capturedEnd());
            variables.append(found);
        }
        const auto lookup = [&](const QString &name) -> const Variable * {
            for (const Variable &v : variables) {
                if (v.name == name)
                    return &v;
            }
            return nullptr;
        };

        static const QRegularExpression label(
                QStringLiteral(R"(org\.opencontainers\.image\.version[ \t]*=[ \t]*)"));
        const QString labelKey = QStringLiteral("LABEL org.opencontainers.image.version");
        for (auto it = label.globalMatch(latin1); it.hasNext();) {
            const auto match = it.next();
            if (!inLabel(text, latin1, match.capturedStart()))
                continue;
            const SourceText::Range value = valueAt(text, match.capturedEnd());
            if (!value.isValid())
                continue;
            const QString valueText = text.text(value.offset, value.length);
            const int line = text.lineAt(match.capturedStart());
            if (!valueText.contains(u'$'))
                return {withCompanions(spanSource(text,
                                                  path,
                                                  labelKey,
                                                  VersionScheme::SemVer,
                                                  value.offset,
                                                  value.length),
                                       text,
                                       variables)};
            static const QRegularExpression reference(
                    QStringLiteral(R"(^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$)"));
            const auto ref = reference.match(valueText);
            const Variable *target = ref.hasMatch() ? lookup(ref.captured(1)) : nullptr;
            if (target && target->value.isValid()
                && !text.text(target->value.offset, target->value.length).contains(u'$')) {
                VersionSource source = spanSource(text,
                                                  path,
                                                  target->instruction + u' ' + target->name,
                                                  VersionScheme::SemVer,
                                                  target->value.offset,
                                                  target->value.length);
                source.note = QCoreApplication::translate("rd::sources",
                                                          "The image label (line %1) is %2.")
                                      .arg(line)
                                      .arg(valueText);
                return {withCompanions(source, text, variables)};
            }
            return {dynamicSource(path,
                                  labelKey,
                                  VersionScheme::SemVer,
                                  line,
                                  QCoreApplication::translate("rd::sources",
                                                              "The label is %1, set at build time "
                                                              "(docker build --build-arg).")
                                          .arg(valueText))};
        }
        for (const QString &instruction : {QStringLiteral("ARG"), QStringLiteral("ENV")}) {
            for (const Variable &v : std::as_const(variables)) {
                if (v.instruction != instruction || !isVersionName(v.name) || !v.value.isValid()
                    || text.text(v.value.offset, v.value.length).contains(u'$'))
                    continue;
                return {withCompanions(spanSource(text,
                                                  path,
                                                  v.instruction + u' ' + v.name,
                                                  VersionScheme::SemVer,
                                                  v.value.offset,
                                                  v.value.length),
                                       text,
                                       variables)};
            }
        }
        return {};
    }

private:
    // True when the offset lies in a LABEL instruction (which may span continued lines).
    static bool inLabel(const SourceText &text, const QString &latin1, qsizetype offset)
    {
        int line = text.lineAt(offset);
        while (line > 1) {
            const qsizetype previousEnd = text.lineEnd(line - 1);
            if (previousEnd <= 0 || latin1.at(previousEnd - 1) != u'\\')
                break;
            --line;
        }
        const qsizetype start = text.lineStart(line);
        return latin1.mid(start, offset - start)
                .trimmed()
                .startsWith(u"LABEL", Qt::CaseInsensitive);
    }

    // Other ARG/ENV *VERSION values that spell exactly this version are the same declaration
    // repeated (ENV CADDY_VERSION v2.7.2 beside the label): written together.
    static VersionSource withCompanions(VersionSource source,
                                        const SourceText &text,
                                        const QList<Variable> &variables)
    {
        if (source.spans.isEmpty())
            return source;
        for (const Variable &v : variables) {
            if (!isVersionName(v.name) || !v.value.isValid()
                || v.value.offset == source.spans.first().offset)
                continue;
            const QString value = text.text(v.value.offset, v.value.length);
            if (value != source.text)
                continue;
            source.spans.append(
                    VersionSpan{v.value.offset, v.value.length, VersionSpan::Part::Whole, value});
            source.note += (source.note.isEmpty() ? QString() : QStringLiteral(" "))
                           + QCoreApplication::translate("rd::sources",
                                                         "Also written: %1 %2 on line %3.")
                                     .arg(v.instruction, v.name)
                                     .arg(v.line);
        }
        return source;
    }
};

} // namespace

const SourceFormat &dockerfile()
{
    static const DockerfileFormat format;
    return format;
}

} // namespace rd::formats
