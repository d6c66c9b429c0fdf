// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerimport.h"

#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rd::peer {

bool exists(const QString &directory, const QString &name)
{
    return QFileInfo(QDir(directory).filePath(name)).isFile();
}

std::optional<Result<PeerValue>> readFile(const QString &directory, const QString &name)
{
    if (!exists(directory, name))
        return std::nullopt;
    auto bytes = rd::readFile(QDir(directory).filePath(name));
    if (!bytes)
        return Result<PeerValue>(std::unexpected(bytes.error()));
    return parsePeerFile(*bytes, name);
}

std::optional<QString> tagPatternFromTemplate(QString text, const QStringList &versionNames)
{
    for (const QString &name : versionNames) {
        text.replace(QStringLiteral("${") + name + u'}', QStringLiteral("{version}"));
        text.replace(u'{' + name + u'}', QStringLiteral("{version}"));
        text.replace(u'$' + name, QStringLiteral("{version}"));
    }
    if (text.count(QStringLiteral("{version}")) != 1)
        return std::nullopt;
    QString rest = text;
    rest.remove(QStringLiteral("{version}"));
    if (rest.contains(u'{') || rest.contains(u'}') || rest.contains(u'$'))
        return std::nullopt;
    return text;
}

std::optional<QString> bumpLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"major" || t == u"minor" || t == u"patch")
        return t;
    if (t == u"false" || t == u"none" || t.isEmpty())
        return QStringLiteral("none");
    return std::nullopt;
}

QString joinKey(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

void importTypeSections(const PeerValue &list, const QString &toolKey, ConfigImport &import)
{
    if (!list.isList()) {
        if (!list.isMissing())
            import.skip(toolKey,
                        list.origin(),
                        QCoreApplication::translate("rd::peerconfig",
                                                    "expected a list of {type, "
                                                    "section, hidden}"));
        return;
    }
    for (qsizetype i = 0; i < list.items().size(); ++i) {
        const PeerValue &entry = list.items().at(i);
        const QString key = toolKey + u'[' + QString::number(i) + u']';
        const QString type = entry[QStringLiteral("type")].text().trimmed();
        if (!entry.isMap() || type.isEmpty()) {
            import.skip(key,
                        entry.origin(),
                        QCoreApplication::translate("rd::peerconfig", "an entry without a type"));
            continue;
        }
        const PeerValue section = entry[QStringLiteral("section")];
        if (section.isScalar() && !section.text().trimmed().isEmpty())
            import.set({QStringLiteral("types"), type, QStringLiteral("section")},
                       section.text().trimmed(),
                       section.origin());
        const PeerValue hidden = entry[QStringLiteral("hidden")];
        if (hidden.isScalar())
            import.set({QStringLiteral("types"), type, QStringLiteral("hidden")},
                       hidden.toBool(false),
                       hidden.origin());
        skipUnknown(entry,
                    {QStringLiteral("type"), QStringLiteral("section"), QStringLiteral("hidden")},
                    key,
                    QCoreApplication::translate("rd::peerconfig",
                                                "a changelog type has only a section and hidden in "
                                                ".releasedesk.yml"),
                    import);
    }
}

void skipUnknown(const PeerValue &map,
                 const QStringList &known,
                 const QString &prefix,
                 const QString &reason,
                 ConfigImport &import)
{
    for (const auto &[key, value] : map.members()) {
        if (!known.contains(key))
            import.skip(joinKey(prefix, key), value.origin(), reason);
    }
}

void skipListed(const PeerValue &map,
                const QList<QPair<QString, QString>> &reasons,
                const QString &prefix,
                ConfigImport &import)
{
    for (const auto &[key, reason] : reasons) {
        if (const PeerValue value = map[key]; !value.isMissing())
            import.skip(joinKey(prefix, key), value.origin(), reason);
    }
}

} // namespace rd::peer
