// SPDX-License-Identifier: GPL-3.0-or-later
// bump-my-version and bumpversion: .bumpversion.toml, [tool.bumpversion] in pyproject.toml,
// .bumpversion.cfg and [bumpversion] in setup.cfg (INI, with [bumpversion:file:PATH] sections).
#include "peerimport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

const QString versionRegex = QStringLiteral("(\\d+\\.\\d+\\.\\d+(?:[-+.]?[0-9A-Za-z]+)*)");

// A search template ("version = \"{current_version}\"") as a regex whose group is the version;
// empty when it holds another placeholder.
QString searchRegex(const QString &search)
{
    const QString marker = QStringLiteral("{current_version}");
    if (search.count(marker) != 1)
        return {};
    const qsizetype at = search.indexOf(marker);
    const QString before = search.left(at);
    const QString after = search.mid(at + marker.size());
    if (before.contains(u'{') || after.contains(u'{'))
        return {};
    return QRegularExpression::escape(before) + versionRegex + QRegularExpression::escape(after);
}

void importFile(const QString &file,
                const PeerValue &entry,
                const QString &key,
                YAML::Node &extra,
                ConfigImport &import)
{
    const PeerValue search = entry[QStringLiteral("search")];
    const QString regex = searchRegex(search.isMissing() ? QStringLiteral("{current_version}")
                                                         : search.text());
    if (regex.isEmpty()) {
        import.skip(key,
                    entry.origin(),
                    QCoreApplication::translate("rd::peerconfig",
                                                "the search \"%1\" holds a placeholder other than "
                                                "{current_version}; declare %2 under sources.extra")
                            .arg(search.text(), file));
        return;
    }
    YAML::Node item(YAML::NodeType::Map);
    item["file"] = file.toStdString();
    item["regex"] = regex.toStdString();
    extra.push_back(item);
    for (const QString &other :
         {QStringLiteral("replace"), QStringLiteral("parse"), QStringLiteral("serialize")}) {
        if (const PeerValue v = entry[other]; !v.isMissing())
            import.skip(key + u'.' + other,
                        v.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "ReleaseDesk writes the version in the file's own spelling "
                                "where the search found it"));
    }
}

} // namespace

void translateBumpMyVersion(const PeerValue &config, ConfigImport &import)
{
    const PeerValue current = config[QStringLiteral("current_version")];
    YAML::Node extra(YAML::NodeType::Sequence);
    // The configuration file keeps the current version: it is a version source too.
    if (current.isScalar() && !import.files.isEmpty()) {
        YAML::Node item(YAML::NodeType::Map);
        item["file"] = import.files.first().toStdString();
        item["regex"] = QString(QStringLiteral("current_version\\s*[=:]\\s*\"?") + versionRegex)
                                .toStdString();
        extra.push_back(item);
    }

    const PeerValue tagName = config[QStringLiteral("tag_name")];
    const QString tagTemplate = tagName.isMissing() ? QStringLiteral("v{new_version}")
                                                    : tagName.text();
    if (const auto pattern = peer::tagPatternFromTemplate(tagTemplate,
                                                          {QStringLiteral("new_version")}))
        import.set({QStringLiteral("tag-pattern")},
                   *pattern,
                   tagName.isMissing()
                           ? config.origin()
                                     + QCoreApplication::translate(
                                             "rd::peerconfig", " (default tag_name v{new_version})")
                           : tagName.origin());
    else
        import.skip(QStringLiteral("tag_name"),
                    tagName.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig", "\"%1\" holds a placeholder other than {new_version}")
                            .arg(tagTemplate));

    const PeerValue message = config[QStringLiteral("message")];
    if (message.isScalar()) {
        QString text = message.text();
        text.replace(QStringLiteral("{new_version}"), QStringLiteral("{version}"));
        if (text.contains(QStringLiteral("{current_version}"))
            || text.contains(QStringLiteral("{now")) || text.contains(QStringLiteral("{utcnow")))
            import.skip(QStringLiteral("message"),
                        message.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "only {new_version} has an equivalent ({version}) in "
                                "release.commit-message"));
        else
            import.set({QStringLiteral("release"), QStringLiteral("commit-message")},
                       text,
                       message.origin());
    }
    for (const QString &flag : {QStringLiteral("commit"), QStringLiteral("tag")}) {
        if (const PeerValue v = config[flag]; !v.isMissing())
            import.skip(flag,
                        v.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig", "a ReleaseDesk release always commits and tags"));
    }

    // TOML: files = [{filename, search, replace}]; INI: the [bumpversion:file:PATH] sections,
    // which the caller hands in as "files" members.
    const PeerValue files = config[QStringLiteral("files")];
    for (qsizetype i = 0; i < files.items().size(); ++i) {
        const PeerValue &entry = files.items().at(i);
        const QString key = QStringLiteral("files[%1]").arg(i);
        const QString file = entry[QStringLiteral("filename")].text();
        if (file.isEmpty()) {
            import.skip(key,
                        entry.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "only files named by filename are read (not glob)"));
            continue;
        }
        importFile(file, entry, key, extra, import);
    }
    for (const auto &[name, entry] : files.members())
        importFile(name, entry, QStringLiteral("bumpversion:file:") + name, extra, import);
    if (extra.size() > 0)
        import.set({QStringLiteral("sources"), QStringLiteral("extra")}, extra, config.origin());

    peer::skipUnknown(config,
                      {QStringLiteral("current_version"),
                       QStringLiteral("tag_name"),
                       QStringLiteral("message"),
                       QStringLiteral("commit"),
                       QStringLiteral("tag"),
                       QStringLiteral("files")},
                      QString(),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);
}

std::optional<ConfigImport> importBumpMyVersion(const QString &directory)
{
    const QList<QPair<QString, QStringList>> candidates = {
            {QStringLiteral(".bumpversion.toml"),
             {QStringLiteral("tool"), QStringLiteral("bumpversion")}},
            {QStringLiteral(".bumpversion.cfg"), {QStringLiteral("bumpversion")}},
            {QStringLiteral("pyproject.toml"),
             {QStringLiteral("tool"), QStringLiteral("bumpversion")}},
            {QStringLiteral("setup.cfg"), {QStringLiteral("bumpversion")}},
    };
    for (const auto &[name, path] : candidates) {
        auto parsed = peer::readFile(directory, name);
        if (!parsed || (!*parsed && (name == u"pyproject.toml" || name == u"setup.cfg")))
            continue;
        ConfigImport import;
        import.tool = QStringLiteral("bump-my-version");
        if (!*parsed) {
            import.files.append(name);
            import.warnings.append(parsed->error().toString());
            return import;
        }
        PeerValue config = (*parsed)->at(path);
        if (!config.isMap())
            continue;
        import.files.append(name);
        if (name.endsWith(QStringLiteral(".cfg"))) {
            // [bumpversion:file:PATH] sections become the "files" map.
            QList<QPair<QString, PeerValue>> members = config.members();
            QList<QPair<QString, PeerValue>> files;
            const QString prefix = QStringLiteral("bumpversion:file:");
            for (const auto &[section, value] : (*parsed)->members()) {
                if (section.startsWith(prefix))
                    files.append({section.mid(prefix.size()).section(u'(', 0, 0), value});
                else if (section.startsWith(QStringLiteral("bumpversion:")))
                    import.skip(section,
                                value.origin(),
                                QCoreApplication::translate(
                                        "rd::peerconfig",
                                        "only [bumpversion:file:PATH] sections are read"));
            }
            members.append({QStringLiteral("files"), PeerValue::map(files, name, config.line())});
            config = PeerValue::map(members, name, config.line());
        }
        translateBumpMyVersion(config, import);
        return import;
    }
    return std::nullopt;
}

} // namespace rd
