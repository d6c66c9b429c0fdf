// SPDX-License-Identifier: GPL-3.0-or-later
// git-cliff: cliff.toml, [tool.git-cliff] in pyproject.toml, [package.metadata.git-cliff] or
// [workspace.metadata.git-cliff] in Cargo.toml.
#include "peerimport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

// "^feat", "^fix\\(", "^perf:" → the type; anything else is not a rule by type.
QString typeOfParser(const QString &message)
{
    static const QRegularExpression byType(
            QStringLiteral("^\\^([A-Za-z][A-Za-z0-9_-]*)(?:\\\\\\(|\\(|:|\\.\\*|\\[)?$"));
    const auto match = byType.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

// git-cliff orders groups with a leading HTML comment: "<!-- 0 -->Features".
QString groupTitle(QString group)
{
    static const QRegularExpression comment(QStringLiteral("^\\s*<!--.*?-->\\s*"));
    return group.remove(comment).trimmed();
}

void importParsers(const PeerValue &parsers, ConfigImport &import)
{
    for (qsizetype i = 0; i < parsers.items().size(); ++i) {
        const PeerValue &parser = parsers.items().at(i);
        const QString key = QStringLiteral("git.commit_parsers[%1]").arg(i);
        const QString type = typeOfParser(parser[QStringLiteral("message")].text());
        const bool other = !parser[QStringLiteral("body")].isMissing()
                           || !parser[QStringLiteral("footer")].isMissing()
                           || !parser[QStringLiteral("field")].isMissing()
                           || !parser[QStringLiteral("sha")].isMissing();
        if (type.isEmpty() || other) {
            import.skip(
                    key,
                    parser.origin(),
                    QCoreApplication::translate("rd::peerconfig",
                                                "only a parser matching a commit type (message = "
                                                "\"^feat\") maps onto types.<type>"));
            continue;
        }
        if (parser[QStringLiteral("skip")].toBool(false)) {
            import.set({QStringLiteral("types"), type, QStringLiteral("hidden")},
                       true,
                       parser[QStringLiteral("skip")].origin());
            continue;
        }
        const PeerValue group = parser[QStringLiteral("group")];
        if (const QString title = groupTitle(group.text()); !title.isEmpty())
            import.set({QStringLiteral("types"), type, QStringLiteral("section")},
                       title,
                       group.origin());
        if (!parser[QStringLiteral("scope")].isMissing()
            || !parser[QStringLiteral("default_scope")].isMissing())
            import.skip(key + QStringLiteral(".scope"),
                        parser.origin(),
                        QCoreApplication::translate("rd::peerconfig",
                                                    "a commit's scope is its own in ReleaseDesk"));
    }
}

// "v[0-9].*", "^v?[0-9]", "[0-9]*" → a tag-pattern; a regex beyond a literal prefix is not.
std::optional<QString> tagPatternOfRegex(const QString &regex)
{
    static const QRegularExpression form(
            QStringLiteral("^\\^?([A-Za-z@/_-]*)\\[0-9\\](?:\\.\\*|\\*|\\+.*|\\.\\*\\$)?$"));
    const auto match = form.match(regex);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1) + QStringLiteral("{version}");
}

} // namespace

void translateGitCliff(const PeerValue &config, ConfigImport &import)
{
    const PeerValue git = config[QStringLiteral("git")];
    importParsers(git[QStringLiteral("commit_parsers")], import);

    const PeerValue tagPattern = git[QStringLiteral("tag_pattern")];
    if (tagPattern.isScalar()) {
        if (const auto pattern = tagPatternOfRegex(tagPattern.text()))
            import.set({QStringLiteral("tag-pattern")}, *pattern, tagPattern.origin());
        else
            import.skip(
                    QStringLiteral("git.tag_pattern"),
                    tagPattern.origin(),
                    QCoreApplication::translate("rd::peerconfig",
                                                "the regex \"%1\" is more than a prefix before the "
                                                "version; set tag-pattern in .releasedesk.yml")
                            .arg(tagPattern.text()));
    }
    const QList<QPair<QString, QString>> gitUnmapped = {
            {QStringLiteral("skip_tags"),
             QCoreApplication::translate(
                     "rd::peerconfig",
                     "every tag matching tag-pattern is a release in ReleaseDesk")},
            {QStringLiteral("ignore_tags"),
             QCoreApplication::translate(
                     "rd::peerconfig",
                     "every tag matching tag-pattern is a release in ReleaseDesk")},
            {QStringLiteral("filter_commits"),
             QCoreApplication::translate(
                     "rd::peerconfig",
                     "commits no type matches are listed as ignored, with the reason")},
            {QStringLiteral("protect_breaking_commits"),
             QCoreApplication::translate(
                     "rd::peerconfig",
                     "a breaking change is never hidden from ReleaseDesk's notes")},
    };
    peer::skipListed(git, gitUnmapped, QStringLiteral("git"), import);
    peer::skipUnknown(git,
                      {QStringLiteral("commit_parsers"),
                       QStringLiteral("tag_pattern"),
                       QStringLiteral("skip_tags"),
                       QStringLiteral("ignore_tags"),
                       QStringLiteral("filter_commits"),
                       QStringLiteral("protect_breaking_commits")},
                      QStringLiteral("git"),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);

    const PeerValue bump = config[QStringLiteral("bump")];
    // breaking_always_bump_major (default true): a breaking change leaves 0.x.
    const PeerValue breakingMajor = bump[QStringLiteral("breaking_always_bump_major")];
    import.set({QStringLiteral("zero-major"), QStringLiteral("breaking-bumps-major")},
               breakingMajor.toBool(true),
               breakingMajor.isMissing()
                       ? config.origin()
                                 + QCoreApplication::translate("rd::peerconfig",
                                                               " (git-cliff's default "
                                                               "breaking_always_bump_major true)")
                       : breakingMajor.origin());
    const PeerValue initial = bump[QStringLiteral("initial_tag")];
    if (initial.isScalar()) {
        QString version = initial.text().trimmed();
        if (version.startsWith(u'v'))
            version.remove(0, 1);
        import.set({QStringLiteral("initial-version")}, version, initial.origin());
    }
    if (const PeerValue minor = bump[QStringLiteral("features_always_bump_minor")];
        !minor.isMissing() && !minor.toBool(true))
        import.skip(QStringLiteral("bump.features_always_bump_minor"),
                    minor.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig",
                            "in 0.x a feature bumps the minor number in ReleaseDesk; "
                            "there is no setting for a patch"));
    peer::skipUnknown(bump,
                      {QStringLiteral("breaking_always_bump_major"),
                       QStringLiteral("initial_tag"),
                       QStringLiteral("features_always_bump_minor")},
                      QStringLiteral("bump"),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);

    const PeerValue changelog = config[QStringLiteral("changelog")];
    if (const PeerValue body = changelog[QStringLiteral("body")]; !body.isMissing()) {
        const QString reason = QCoreApplication::translate(
                "rd::peerconfig",
                "changelog.body is a Tera template, which ReleaseDesk cannot run: the notes use "
                "ReleaseDesk's Markdown renderer (changelog.template takes a Mustache template)");
        import.skip(QStringLiteral("changelog.body"), body.origin(), reason);
        import.warnings.append(body.origin() + QStringLiteral(": ") + reason);
    }
    peer::skipUnknown(changelog,
                      {QStringLiteral("body")},
                      QStringLiteral("changelog"),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);
    peer::skipUnknown(config,
                      {QStringLiteral("git"), QStringLiteral("bump"), QStringLiteral("changelog")},
                      QString(),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);
}

std::optional<ConfigImport> importGitCliff(const QString &directory)
{
    const QList<QPair<QString, QList<QStringList>>> candidates = {
            {QStringLiteral("cliff.toml"), {{}}},
            {QStringLiteral("pyproject.toml"),
             {{QStringLiteral("tool"), QStringLiteral("git-cliff")}}},
            {QStringLiteral("Cargo.toml"),
             {{QStringLiteral("package"), QStringLiteral("metadata"), QStringLiteral("git-cliff")},
              {QStringLiteral("workspace"),
               QStringLiteral("metadata"),
               QStringLiteral("git-cliff")}}},
    };
    for (const auto &[name, paths] : candidates) {
        auto parsed = peer::readFile(directory, name);
        if (!parsed)
            continue;
        ConfigImport import;
        import.tool = QStringLiteral("git-cliff");
        if (!*parsed) {
            if (name != u"cliff.toml")
                continue; // a broken manifest is the version sources' to report
            import.files.append(name);
            import.warnings.append(parsed->error().toString());
            return import;
        }
        for (const QStringList &path : paths) {
            const PeerValue config = (*parsed)->at(path);
            if (!config.isMap())
                continue;
            import.files.append(name);
            translateGitCliff(config, import);
            return import;
        }
    }
    return std::nullopt;
}

} // namespace rd
