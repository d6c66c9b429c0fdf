// SPDX-License-Identifier: GPL-3.0-or-later
// commitizen: [tool.commitizen] in pyproject.toml, .cz.toml or cz.toml; "commitizen" in .cz.json,
// cz.json, .cz.yaml or cz.yaml — the first found, in commitizen's order.
#include "peerimport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

// A version as commitizen's files hold it: 1.2.3, 1.2.3-rc.1, 1.2.3rc1, 1.2.3.dev4.
const QString versionRegex = QStringLiteral("(\\d+\\.\\d+\\.\\d+(?:[-+.]?[0-9A-Za-z]+)*)");

QString sourceFor(const QString &provider)
{
    if (provider == u"pep621" || provider == u"poetry" || provider == u"uv")
        return QStringLiteral("pyproject.toml");
    if (provider == u"cargo")
        return QStringLiteral("Cargo.toml");
    if (provider == u"npm")
        return QStringLiteral("package.json");
    if (provider == u"composer")
        return QStringLiteral("composer.json");
    return {};
}

void importVersionFiles(const PeerValue &files, const QString &scheme, ConfigImport &import)
{
    if (files.isMissing())
        return;
    YAML::Node extra(YAML::NodeType::Sequence);
    for (const PeerValue &entry : files.items()) {
        const QString text = entry.text().trimmed();
        if (text.isEmpty())
            continue;
        // "path:regex": the regex finds the line, the version on it is replaced.
        const qsizetype colon = text.indexOf(u':');
        const QString file = colon < 0 ? text : text.left(colon);
        const QString lineRegex = colon < 0 ? QString() : text.mid(colon + 1);
        YAML::Node item(YAML::NodeType::Map);
        item["file"] = file.toStdString();
        item["regex"] = (lineRegex.isEmpty()
                                 ? versionRegex
                                 : QStringLiteral("(?:%1)[^\\n]*?%2").arg(lineRegex, versionRegex))
                                .toStdString();
        if (!scheme.isEmpty())
            item["scheme"] = scheme.toStdString();
        extra.push_back(item);
    }
    if (extra.size() > 0)
        import.set({QStringLiteral("sources"), QStringLiteral("extra")}, extra, files.origin());
}

void importBumpMap(const PeerValue &map, const QString &prefix, ConfigImport &import)
{
    for (const auto &[key, value] : map.members()) {
        QString type = key;
        if (type.startsWith(u'^'))
            type.remove(0, 1);
        const auto level = peer::bumpLevel(value.text());
        const bool breaking = type.startsWith(QStringLiteral("BREAKING"))
                              || type.startsWith(QStringLiteral("break"));
        if (breaking && level == u"major")
            continue; // a breaking change bumps major in ReleaseDesk as well
        static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
        if (!level || breaking || !word.match(type).hasMatch()) {
            import.skip(peer::joinKey(prefix, QStringLiteral("bump_map.") + key),
                        value.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "only a plain commit type maps onto types.<type>.bump"));
            continue;
        }
        import.set({QStringLiteral("types"), type, QStringLiteral("bump")}, *level, value.origin());
    }
}

} // namespace

void translateCommitizen(const PeerValue &config, ConfigImport &import)
{
    const QString section = config.origin();
    const PeerValue tagFormat = config[QStringLiteral("tag_format")];
    // commitizen tags "$version" (no prefix) unless told otherwise.
    const QString format = tagFormat.isMissing() ? QStringLiteral("$version") : tagFormat.text();
    const QString formatOrigin
            = tagFormat.isMissing()
                      ? section
                                + QCoreApplication::translate("rd::peerconfig",
                                                              " (commitizen's default "
                                                              "tag_format $version)")
                      : tagFormat.origin();
    if (const auto pattern = peer::tagPatternFromTemplate(format, {QStringLiteral("version")}))
        import.set({QStringLiteral("tag-pattern")}, *pattern, formatOrigin);
    else
        import.skip(
                QStringLiteral("tag_format"),
                formatOrigin,
                QCoreApplication::translate("rd::peerconfig",
                                            "\"%1\" holds a placeholder other than $version; set "
                                            "tag-pattern in .releasedesk.yml")
                        .arg(format));

    const PeerValue scheme = config[QStringLiteral("version_scheme")];
    QString schemeName;
    if (scheme.text() == u"pep440")
        schemeName = QStringLiteral("pep440");
    else if (!scheme.isMissing() && !scheme.text().startsWith(QStringLiteral("semver")))
        import.skip(QStringLiteral("version_scheme"),
                    scheme.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig",
                            "ReleaseDesk knows the pep440 and semver schemes only"));
    importVersionFiles(config[QStringLiteral("version_files")], schemeName, import);

    const PeerValue bumpMap = config[QStringLiteral("bump_map")];
    if (bumpMap.isMap()) {
        importBumpMap(bumpMap, QString(), import);
    } else if (config[QStringLiteral("name")].isMissing()
               || config[QStringLiteral("name")].text() == u"cz_conventional_commits") {
        // cz_conventional_commits' own bump map: a refactor bumps the patch number.
        import.set({QStringLiteral("types"), QStringLiteral("refactor"), QStringLiteral("bump")},
                   QStringLiteral("patch"),
                   section
                           + QCoreApplication::translate("rd::peerconfig",
                                                         " (commitizen's default bump_map)"));
    }

    // major_version_zero: false (the default) lets a breaking change leave 0.x.
    const PeerValue zero = config[QStringLiteral("major_version_zero")];
    import.set({QStringLiteral("zero-major"), QStringLiteral("breaking-bumps-major")},
               !zero.toBool(false),
               zero.isMissing() ? section
                                          + QCoreApplication::translate(
                                                  "rd::peerconfig",
                                                  " (commitizen's default major_version_zero "
                                                  "false)")
                                : zero.origin());

    const PeerValue provider = config[QStringLiteral("version_provider")];
    const QString providerName = provider.isMissing() ? QStringLiteral("commitizen")
                                                      : provider.text();
    if (const QString file = sourceFor(providerName); !file.isEmpty()) {
        import.set({QStringLiteral("sources"), QStringLiteral("primary")}, file, provider.origin());
    } else if (providerName != u"commitizen" && providerName != u"scm") {
        import.skip(QStringLiteral("version_provider"),
                    provider.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig",
                            "the %1 provider has no version source ReleaseDesk knows")
                            .arg(providerName));
    }

    const QList<QPair<QString, QString>> unmapped = {
            {QStringLiteral("annotated_tag"),
             QCoreApplication::translate("rd::peerconfig",
                                         "the kind of tag is not a .releasedesk.yml setting")},
            {QStringLiteral("changelog_file"),
             QCoreApplication::translate("rd::peerconfig",
                                         "no .releasedesk.yml key names the changelog file; use "
                                         "`releasedesk-cli changelog --prepend FILE`")},
            {QStringLiteral("update_changelog_on_bump"),
             QCoreApplication::translate(
                     "rd::peerconfig",
                     "a release updates the changelog unless --no-changelog is given")},
    };
    peer::skipListed(config, unmapped, QString(), import);
    peer::skipUnknown(config,
                      {QStringLiteral("tag_format"),
                       QStringLiteral("version_scheme"),
                       QStringLiteral("version_files"),
                       QStringLiteral("bump_map"),
                       QStringLiteral("name"),
                       QStringLiteral("major_version_zero"),
                       QStringLiteral("version_provider"),
                       QStringLiteral("version"),
                       QStringLiteral("annotated_tag"),
                       QStringLiteral("changelog_file"),
                       QStringLiteral("update_changelog_on_bump")},
                      QString(),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);
}

std::optional<ConfigImport> importCommitizen(const QString &directory)
{
    const QList<QPair<QString, QStringList>> candidates = {
            {QStringLiteral("pyproject.toml"),
             {QStringLiteral("tool"), QStringLiteral("commitizen")}},
            {QStringLiteral(".cz.toml"), {QStringLiteral("tool"), QStringLiteral("commitizen")}},
            {QStringLiteral(".cz.json"), {QStringLiteral("commitizen")}},
            {QStringLiteral("cz.json"), {QStringLiteral("commitizen")}},
            {QStringLiteral(".cz.yaml"), {QStringLiteral("commitizen")}},
            {QStringLiteral("cz.yaml"), {QStringLiteral("commitizen")}},
            {QStringLiteral("cz.toml"), {QStringLiteral("tool"), QStringLiteral("commitizen")}},
    };
    for (const auto &[name, path] : candidates) {
        auto parsed = peer::readFile(directory, name);
        if (!parsed)
            continue;
        ConfigImport import;
        import.tool = QStringLiteral("commitizen");
        if (!*parsed) {
            if (name == u"pyproject.toml")
                continue; // a broken pyproject.toml is the version sources' to report
            import.files.append(name);
            import.warnings.append(parsed->error().toString());
            return import;
        }
        const PeerValue config = (*parsed)->at(path);
        if (!config.isMap())
            continue;
        import.files.append(name);
        translateCommitizen(config, import);
        return import;
    }
    return std::nullopt;
}

} // namespace rd
