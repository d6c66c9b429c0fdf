// SPDX-License-Identifier: GPL-3.0-or-later
// semantic-release: .releaserc (JSON or YAML), .releaserc.json/.yaml/.yml, release.config.json
// and the "release" key of package.json, in the order semantic-release looks for them.
#include "peerimport.h"

#include <QCoreApplication>

namespace rd {

namespace {

const QString analyzer = QStringLiteral("@semantic-release/commit-analyzer");
const QString notesGenerator = QStringLiteral("@semantic-release/release-notes-generator");

// A plugin's name: plugins: ["name", ["name", {options}]].
QString pluginName(const PeerValue &plugin)
{
    return plugin.isList() && !plugin.items().isEmpty() ? plugin.items().first().text()
                                                        : plugin.text();
}

// A plugin's options: plugins: ["name", ["name", {options}]].
PeerValue pluginOptions(const PeerValue &config, const QString &name, QString *key)
{
    const QList<PeerValue> plugins = config[QStringLiteral("plugins")].items();
    for (qsizetype i = 0; i < plugins.size(); ++i) {
        const PeerValue &plugin = plugins.at(i);
        if (plugin.isList() && !plugin.items().isEmpty() && plugin.items().first().text() == name
            && plugin.items().size() > 1) {
            *key = QStringLiteral("plugins[%1][1]").arg(i);
            return plugin.items().at(1);
        }
    }
    return {};
}

// Options are given to every plugin from the top level too; the plugin's own win.
PeerValue option(const PeerValue &config, const PeerValue &plugin, const QString &name)
{
    const PeerValue own = plugin[name];
    return own.isMissing() ? config[name] : own;
}

void importTagFormat(const PeerValue &value, ConfigImport &import)
{
    if (value.isMissing())
        return;
    const auto pattern = peer::tagPatternFromTemplate(value.text(), {QStringLiteral("version")});
    if (pattern)
        import.set({QStringLiteral("tag-pattern")}, *pattern, value.origin());
    else
        import.skip(QStringLiteral("tagFormat"),
                    value.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig",
                            "\"%1\" holds a template expression other than ${version}; "
                            "set tag-pattern in .releasedesk.yml")
                            .arg(value.text()));
}

// semantic-release's maintenance branch default, `+([0-9])?(.{+([0-9]),x}).x`, is an extglob:
// release.branches takes plain globs, so it becomes "*.x".
QString branchGlob(const QString &name)
{
    if (name.contains(u'(') || name.contains(u'{'))
        return name.endsWith(QStringLiteral(".x")) ? QStringLiteral("*.x") : QString();
    return name;
}

void importBranches(const PeerValue &value, ConfigImport &import)
{
    if (value.isMissing())
        return;
    const QList<PeerValue> entries = value.isList() ? value.items() : QList<PeerValue>{value};
    QStringList globs;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PeerValue &entry = entries.at(i);
        const QString key = QStringLiteral("branches[%1]").arg(i);
        const QString name = entry.isMap() ? entry[QStringLiteral("name")].text() : entry.text();
        const QString glob = branchGlob(name);
        if (glob.isEmpty()) {
            import.skip(key,
                        entry.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "the branch pattern \"%1\" is not a plain glob; add the "
                                "branch to release.branches by hand")
                                .arg(name));
            continue;
        }
        globs.append(glob);
        const PeerValue prerelease = entry[QStringLiteral("prerelease")];
        if (prerelease.isScalar() && prerelease.text() != u"false")
            import.skip(key + QStringLiteral(".prerelease"),
                        prerelease.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "ReleaseDesk makes pre-releases on any release branch "
                                "with --pre CHANNEL; use --pre %1 on %2")
                                .arg(prerelease.text() == u"true" ? name : prerelease.text(),
                                     name));
        for (const QString &other : {QStringLiteral("channel"), QStringLiteral("range")}) {
            const PeerValue v = entry[other];
            if (!v.isMissing())
                import.skip(key + u'.' + other,
                            v.origin(),
                            QCoreApplication::translate(
                                    "rd::peerconfig",
                                    "ReleaseDesk has no distribution channels or version "
                                    "ranges per branch"));
        }
    }
    YAML::Node list(YAML::NodeType::Sequence);
    for (const QString &glob : std::as_const(globs))
        list.push_back(glob.toStdString());
    if (!globs.isEmpty())
        import.set({QStringLiteral("release"), QStringLiteral("branches")}, list, value.origin());
}

void importPreset(const PeerValue &value, const QString &key, ConfigImport &import)
{
    if (value.isMissing())
        return;
    const QString preset = value.text().trimmed().toLower();
    if (preset == u"angular" || preset == u"conventionalcommits")
        return; // the same release rules as ReleaseDesk's defaults
    import.skip(key,
                value.origin(),
                QCoreApplication::translate(
                        "rd::peerconfig",
                        "the %1 preset reads another commit format; ReleaseDesk reads "
                        "Conventional Commits (as the angular preset)")
                        .arg(value.text()));
}

void importReleaseRules(const PeerValue &rules, const QString &key, ConfigImport &import)
{
    if (rules.isMissing())
        return;
    if (!rules.isList()) {
        import.skip(key,
                    rules.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig",
                            "release rules in a separate module are not read; list them "
                            "as types in .releasedesk.yml"));
        return;
    }
    for (qsizetype i = 0; i < rules.items().size(); ++i) {
        const PeerValue &rule = rules.items().at(i);
        const QString ruleKey = key + u'[' + QString::number(i) + u']';
        const PeerValue release = rule[QStringLiteral("release")];
        const auto level = peer::bumpLevel(release.text());
        const QString type = rule[QStringLiteral("type")].text().trimmed();
        const bool narrowed = !rule[QStringLiteral("scope")].isMissing()
                              || !rule[QStringLiteral("subject")].isMissing()
                              || !rule[QStringLiteral("revert")].isMissing();
        const PeerValue breaking = rule[QStringLiteral("breaking")];
        if (!breaking.isMissing() && type.isEmpty() && !narrowed && level == u"major"
            && breaking.toBool(false)) {
            continue; // breaking → major: ReleaseDesk's rule as well
        }
        if (!level || type.isEmpty() || narrowed || !breaking.isMissing() || type.contains(u'*')
            || type.contains(u'|')) {
            import.skip(ruleKey,
                        rule.origin(),
                        QCoreApplication::translate(
                                "rd::peerconfig",
                                "only rules by type alone map onto types.<type>.bump; a "
                                "rule by scope, subject, breaking or a glob has no "
                                ".releasedesk.yml equivalent"));
            continue;
        }
        import.set({QStringLiteral("types"), type, QStringLiteral("bump")},
                   *level,
                   release.origin());
    }
}

// semantic-release's npm plugin (in the default plugin list, or named in `plugins`) writes the
// version into package.json when it publishes, which is why such projects keep "0.0.0" there.
void importPublishTimeVersion(const PeerValue &config, ConfigImport &import)
{
    const PeerValue plugins = config[QStringLiteral("plugins")];
    QString origin = plugins.isMissing() ? config.origin() : QString();
    const QList<PeerValue> items = plugins.items();
    for (const PeerValue &plugin : items) {
        if (pluginName(plugin) == QStringLiteral("@semantic-release/npm"))
            origin = plugin.origin();
    }
    if (origin.isEmpty())
        return;
    YAML::Node placeholders(YAML::NodeType::Sequence);
    placeholders.push_back("0.0.0");
    import.set({QStringLiteral("sources"), QStringLiteral("placeholders")}, placeholders, origin);
}

} // namespace

void translateSemanticRelease(const PeerValue &config, ConfigImport &import)
{
    importTagFormat(config[QStringLiteral("tagFormat")], import);
    importBranches(config[QStringLiteral("branches")], import);

    QString analyzerKey = QStringLiteral("plugins[commit-analyzer]");
    const PeerValue analyzerOptions = pluginOptions(config, analyzer, &analyzerKey);
    const PeerValue preset = option(config, analyzerOptions, QStringLiteral("preset"));
    importPreset(preset,
                 analyzerOptions[QStringLiteral("preset")].isMissing()
                         ? QStringLiteral("preset")
                         : analyzerKey + QStringLiteral(".preset"),
                 import);
    const bool ownRules = !analyzerOptions[QStringLiteral("releaseRules")].isMissing();
    importReleaseRules(option(config, analyzerOptions, QStringLiteral("releaseRules")),
                       ownRules ? analyzerKey + QStringLiteral(".releaseRules")
                                : QStringLiteral("releaseRules"),
                       import);

    peer::skipUnknown(
            analyzerOptions,
            {QStringLiteral("preset"),
             QStringLiteral("releaseRules"),
             QStringLiteral("presetConfig")},
            analyzerKey,
            QCoreApplication::translate("rd::peerconfig",
                                        "the commit parser's options are not configurable in "
                                        "ReleaseDesk, which reads Conventional Commits"),
            import);

    // presetConfig.types: the analyzer's, then the notes generator's, then the top level.
    QString notesKey = QStringLiteral("plugins[release-notes-generator]");
    const PeerValue notesOptions = pluginOptions(config, notesGenerator, &notesKey);
    const QList<QPair<QString, PeerValue>> typeLists = {
            {analyzerKey, analyzerOptions[QStringLiteral("presetConfig")]},
            {notesKey, notesOptions[QStringLiteral("presetConfig")]},
            {QString(), config[QStringLiteral("presetConfig")]},
    };
    for (const auto &[prefix, presetConfig] : typeLists) {
        peer::importTypeSections(presetConfig[QStringLiteral("types")],
                                 peer::joinKey(prefix, QStringLiteral("presetConfig.types")),
                                 import);
    }

    peer::skipUnknown(config,
                      {QStringLiteral("tagFormat"),
                       QStringLiteral("branches"),
                       QStringLiteral("plugins"),
                       QStringLiteral("preset"),
                       QStringLiteral("releaseRules"),
                       QStringLiteral("presetConfig")},
                      QString(),
                      QCoreApplication::translate("rd::peerconfig",
                                                  "no .releasedesk.yml equivalent"),
                      import);
    const QList<PeerValue> plugins = config[QStringLiteral("plugins")].items();
    for (qsizetype i = 0; i < plugins.size(); ++i) {
        const PeerValue &plugin = plugins.at(i);
        const QString name = pluginName(plugin);
        if (name == analyzer || name == notesGenerator)
            continue;
        import.skip(QStringLiteral("plugins[%1]").arg(i),
                    plugin.origin(),
                    QCoreApplication::translate(
                            "rd::peerconfig",
                            "%1: ReleaseDesk's release steps (commit, tag, push, forge "
                            "release) replace semantic-release's plugins")
                            .arg(name));
    }
    importPublishTimeVersion(config, import);
}

std::optional<ConfigImport> importSemanticRelease(const QString &directory)
{
    ConfigImport import;
    import.tool = QStringLiteral("semantic-release");
    // JavaScript configurations come first in semantic-release's search; they win over the
    // files after them, so when one exists nothing else is read.
    for (const QString &script : {QStringLiteral(".releaserc.js"),
                                  QStringLiteral(".releaserc.cjs"),
                                  QStringLiteral(".releaserc.mjs"),
                                  QStringLiteral("release.config.js"),
                                  QStringLiteral("release.config.cjs"),
                                  QStringLiteral("release.config.mjs")}) {
        if (!peer::exists(directory, script))
            continue;
        import.files.append(script);
        const QString reason
                = QCoreApplication::translate(
                          "rd::peerconfig",
                          "%1 is JavaScript, which ReleaseDesk does not run: its tagFormat, "
                          "branches and "
                          "commit-analyzer rules were not read. Put them in .releasedesk.yml or in "
                          ".releaserc.json.")
                          .arg(script);
        import.skip(QStringLiteral("*"), script, reason);
        import.warnings.append(reason);
        return import;
    }
    for (const QString &name : {QStringLiteral(".releaserc"),
                                QStringLiteral(".releaserc.json"),
                                QStringLiteral(".releaserc.yaml"),
                                QStringLiteral(".releaserc.yml"),
                                QStringLiteral("release.config.json")}) {
        auto parsed = peer::readFile(directory, name);
        if (!parsed)
            continue;
        import.files.append(name);
        if (!*parsed) {
            import.warnings.append(parsed->error().toString());
            return import;
        }
        translateSemanticRelease(**parsed, import);
        return import;
    }
    auto package = peer::readFile(directory, QStringLiteral("package.json"));
    if (!package || !*package)
        return std::nullopt;
    const PeerValue release = (**package)[QStringLiteral("release")];
    if (!release.isMap())
        return std::nullopt;
    import.files.append(QStringLiteral("package.json"));
    translateSemanticRelease(release, import);
    return import;
}

} // namespace rd
