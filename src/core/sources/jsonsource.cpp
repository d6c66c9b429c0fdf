// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsource.h"

#include "sources/jsondocument.h"

#include <QCoreApplication>

namespace rd {

QString JsonSource::keyLabel(const QStringList &keyPath)
{
    QString label;
    for (const QString &key : keyPath) {
        if (key.isEmpty() || key.contains(u'.'))
            label += QStringLiteral("[\"%1\"]").arg(key);
        else
            label += (label.isEmpty() ? QString() : QStringLiteral(".")) + key;
    }
    return label;
}

QList<VersionSource> JsonSource::read(const SourceFormat &format,
                                      const QByteArray &bytes,
                                      const QString &path,
                                      VersionScheme scheme,
                                      const QList<QStringList> &keyPaths)
{
    int depth = 1;
    for (const QStringList &keyPath : keyPaths)
        depth = std::max(depth, int(keyPath.size()));
    const SourceText text(bytes);
    auto document = JsonDocument::parse(bytes, depth);
    if (!document) {
        return {format.brokenSource(path,
                                    keyPaths.isEmpty() ? QString() : keyLabel(keyPaths.first()),
                                    scheme,
                                    0,
                                    document.error().message)};
    }
    QList<VersionSource> sources;
    for (const QStringList &keyPath : keyPaths) {
        const JsonNode *node = &document->root();
        for (const QString &key : keyPath) {
            node = node->isObject() ? node->member(key) : nullptr;
            if (!node)
                break;
        }
        if (!node)
            continue;
        const QString key = keyLabel(keyPath);
        if (!node->isString()) {
            sources.append(format.brokenSource(
                    path,
                    key,
                    scheme,
                    text.lineAt(node->offset),
                    QCoreApplication::translate("rd::sources", "The version is not a string.")));
            continue;
        }
        VersionSource source
                = format.spanSource(text, path, key, scheme, node->offset + 1, node->length - 2);
        if (node->escaped) {
            // The bytes are not the value: writing them would need re-escaping. Rare enough
            // to leave to a person.
            source.spans.clear();
            source.text = node->string;
            source.note = QCoreApplication::translate(
                    "rd::sources", "The version is written with escapes; edit it by hand.");
        }
        if (!document->warnings().isEmpty())
            source.note
                    += (source.note.isEmpty() ? QString() : QStringLiteral(" "))
                       + QCoreApplication::translate("rd::sources",
                                                     "The file is not valid JSON, read anyway: %1.")
                                 .arg(document->warnings().join(QStringLiteral("; ")));
        sources.append(source);
    }
    return sources;
}

QList<VersionSource> TopLevelJsonVersionFormat::read(const QByteArray &bytes,
                                                     const QString &path) const
{
    return JsonSource::read(*this,
                            bytes,
                            path,
                            VersionScheme::SemVer,
                            {{QStringLiteral("version")}});
}

} // namespace rd
