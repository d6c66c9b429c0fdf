// SPDX-License-Identifier: GPL-3.0-or-later
// standard-version and its fork commit-and-tag-version: .versionrc, .versionrc.json,
// .versionrc.js (not run), or the "standard-version" / "commit-and-tag-version" key of
// package.json.
#include "peerimport.h"

#include <QCoreApplication>

namespace rd {

namespace {

// Files the version sources detect by themselves.
bool isDetected(const QString &file)
{
    return file == u"package.json" || file == u"package-lock.json"
           || file == u"npm-shrinkwrap.json";
}

void importFiles(const PeerValue &list, const QString &key, YAML::Node &extra, ConfigImport &import)
{
    for (qsizetype i = 0; i < list.items().size(); ++i) {
        const PeerValue &entry = list.items().at(i);
        const QString itemKey = key + u'[' + QString::number(i) + u']';
        const QString file = entry.isMap() ? entry[QStringLiteral("filename")].text()
                                           : entry.text();
        if (file.isEmpty() || isDetected(file))
            continue; // read anyway, as a detected version source
        if (!entry[QStringLiteral("updater")].isMissing()) {
            import.skip(itemKey,
                        entry.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "a custom updater is JavaScript, which ReleaseDesk does "
                                "not run; declare %1 under sources.extra")
                                .arg(file));
            continue;
        }
        const QString type = entry[QStringLiteral("type")].text();
        YAML::Node item(YAML::NodeType::Map);
        item["file"] = file.toStdString();
        if (type == u"plain-text")
            item["regex"] = "(\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]*)?)";
        else
            item["key"] = "version"; // the json updater, the default
        extra.push_back(item);
    }
}

} // namespace

void translateStandardVersion(const PeerValue &config, ConfigImport &import)
{
    peer::importTypeSections(config[QStringLiteral("types")], QStringLiteral("types"), import);

    const PeerValue prefix = config[QStringLiteral("tagPrefix")];
    if (prefix.isScalar()) {
        if (prefix.text().contains(u'{'))
            import.skip(QStringLiteral("tagPrefix"),
                        prefix.origin(),
                        QCoreApplication::translate("rd::peerconfig",
                                                    "a prefix holding { cannot be a tag-pattern"));
        else
            import.set({QStringLiteral("tag-pattern")},
                       prefix.text() + QStringLiteral("{version}"),
                       prefix.origin());
    }

    YAML::Node extra(YAML::NodeType::Sequence);
    importFiles(config[QStringLiteral("bumpFiles")], QStringLiteral("bumpFiles"), extra, import);
    importFiles(config[QStringLiteral("packageFiles")],
                QStringLiteral("packageFiles"),
                extra,
                import);
    if (extra.size() > 0) {
        const PeerValue where = config[QStringLiteral("bumpFiles")].isMissing()
                                        ? config[QStringLiteral("packageFiles")]
                                        : config[QStringLiteral("bumpFiles")];
        import.set({QStringLiteral("sources"), QStringLiteral("extra")}, extra, where.origin());
    }

    const PeerValue message = config[QStringLiteral("releaseCommitMessageFormat")];
    if (message.isScalar()) {
        QString text = message.text();
        text.replace(QStringLiteral("{{currentTag}}"), QStringLiteral("{tag}"));
        if (text.contains(QStringLiteral("{{")))
            import.skip(QStringLiteral("releaseCommitMessageFormat"),
                        message.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig", "only {{currentTag}} has an equivalent ({tag})"));
        else
            import.set({QStringLiteral("release"), QStringLiteral("commit-message")},
                       text,
                       message.origin());
    }

    peer::skipUnknown(config,
                      {QStringLiteral("types"),
                       QStringLiteral("tagPrefix"),
                       QStringLiteral("bumpFiles"),
                       QStringLiteral("packageFiles"),
                       QStringLiteral("releaseCommitMessageFormat")},
                      QString(),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);
}

std::optional<ConfigImport> importStandardVersion(const QString &directory)
{
    ConfigImport import;
    import.tool = QStringLiteral("standard-version");
    if (peer::exists(directory, QStringLiteral(".versionrc.js"))) {
        const QString reason = QCoreApplication::translate(
                "rd::peerconfig",
                ".versionrc.js is JavaScript, which ReleaseDesk does not run: its types, "
                "tagPrefix and bump files were not read. Put them in .versionrc.json or "
                ".releasedesk.yml.");
        import.files.append(QStringLiteral(".versionrc.js"));
        import.skip(QStringLiteral("*"), QStringLiteral(".versionrc.js"), reason);
        import.warnings.append(reason);
        return import;
    }
    for (const QString &name : {QStringLiteral(".versionrc"), QStringLiteral(".versionrc.json")}) {
        auto parsed = peer::readFile(directory, name);
        if (!parsed)
            continue;
        import.files.append(name);
        if (!*parsed)
            import.warnings.append(parsed->error().toString());
        else
            translateStandardVersion(**parsed, import);
        return import;
    }
    auto package = peer::readFile(directory, QStringLiteral("package.json"));
    if (!package || !*package)
        return std::nullopt;
    for (const QString &key :
         {QStringLiteral("standard-version"), QStringLiteral("commit-and-tag-version")}) {
        const PeerValue config = (**package)[key];
        if (!config.isMap())
            continue;
        import.files.append(QStringLiteral("package.json"));
        translateStandardVersion(config, import);
        return import;
    }
    return std::nullopt;
}

} // namespace rd
