// SPDX-License-Identifier: GPL-3.0-or-later
// Each tool's configuration written as its documentation shows (tests/core/peerconfig/data),
// imported, and the resulting settings compared field by field, with their origins.
#include "expectedcheck.h"
#include "peerconfig/peerconfigs.h"
#include "peerconfig/peervalue.h"
#include "project/projectsettings.h"
#include "release/releasesettings.h"
#include "sources/sourcesettings.h"

#include <QTest>

using namespace rd;

namespace {

QString dataDir(const char *name)
{
    return QStringLiteral(RELEASEDESK_SOURCE_DIR "/tests/core/peerconfig/data/")
           + QString::fromUtf8(name);
}

ProjectConfig load(const char *name)
{
    auto config = loadEffectiveConfig(dataDir(name));
    if (!config)
        qFatal("%s", qPrintable(config.error().toString()));
    return *config;
}

QString text(const ConfigValue &value)
{
    return value.toString().value_or(QStringLiteral("<not text>"));
}

const TypeRule *typeRule(const CommitRules &rules, const QString &type)
{
    for (const TypeRule &rule : rules.types) {
        if (rule.type == type)
            return &rule;
    }
    return nullptr;
}

// The reasons given for keys of the tool that were not imported, by key.
QHash<QString, QString> notImported(const ProjectConfig &config)
{
    QHash<QString, QString> result;
    for (const ConfigImport &import : config.imports()) {
        for (const ImportNote &note : import.notImported)
            result.insert(note.key, note.reason);
    }
    return result;
}

} // namespace

class TestPeerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noConfigurationImportsNothing();
    void semanticReleaseJson();
    void semanticReleaseYaml();
    void semanticReleasePackageJson();
    void semanticReleaseJavaScriptIsNamedNotRead();
    void commitizenPyproject();
    void commitizenJson();
    void bumpMyVersionToml();
    void bumpversionCfg();
    void releasePlease();
    void standardVersion();
    void gitCliff();
    void gitCliffCargoMetadata();
    void explicitKeysWin();
    void brokenPeerFileIsAWarning();
    void iniParser();
};

void TestPeerConfig::noConfigurationImportsNothing()
{
    QVERIFY(importPeerConfigs(dataDir("no-such-folder")).isEmpty());
}

void TestPeerConfig::semanticReleaseJson()
{
    const ProjectConfig config = load("semantic-release-json");
    QCOMPARE(config.imports().size(), 1);
    QCOMPARE(config.imports().first().tool, QStringLiteral("semantic-release"));
    QCOMPARE(config.imports().first().files, QStringList{QStringLiteral(".releaserc.json")});

    QCOMPARE(text(config[QStringLiteral("tag-pattern")]), QStringLiteral("{version}"));
    QCOMPARE(config[QStringLiteral("tag-pattern")].location(), QStringLiteral(".releaserc.json:9"));
    QVERIFY(config[QStringLiteral("tag-pattern")].isImported());

    auto settings = ProjectSettings::fromConfig(config);
    RD_VERIFY_OK(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("{version}"));
    // releaseRules by type alone; the one narrowed by scope is listed as not imported.
    QCOMPARE(int(typeRule(settings->commitRules, QStringLiteral("refactor"))->bump),
             int(BumpLevel::Patch));
    QCOMPARE(int(typeRule(settings->commitRules, QStringLiteral("style"))->bump),
             int(BumpLevel::None));
    QCOMPARE(int(typeRule(settings->commitRules, QStringLiteral("docs"))->bump),
             int(BumpLevel::None));
    QCOMPARE(config[QStringLiteral("types")][QStringLiteral("refactor")][QStringLiteral("bump")]
                     .location(),
             QStringLiteral(".releaserc.json:17"));
    // presetConfig.types of the notes generator.
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("feat"))->section,
             QStringLiteral("New Features"));
    QCOMPARE(int(typeRule(settings->commitRules, QStringLiteral("feat"))->bump),
             int(BumpLevel::Minor));
    QVERIFY(typeRule(settings->commitRules, QStringLiteral("chore"))->hidden);
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("perf"))->section,
             QStringLiteral("Performance"));
    QVERIFY(!typeRule(settings->commitRules, QStringLiteral("perf"))->hidden);

    auto release = ReleaseSettings::fromConfig(config);
    RD_VERIFY_OK(release);
    QCOMPARE(release->branches,
             (QStringList{QStringLiteral("*.x"),
                          QStringLiteral("main"),
                          QStringLiteral("next"),
                          QStringLiteral("beta"),
                          QStringLiteral("alpha")}));
    QVERIFY(release->isReleaseBranch(QStringLiteral("22.1.x")));

    const auto skipped = notImported(config);
    QVERIFY(skipped.value(QStringLiteral("plugins[0][1].releaseRules[0]")).contains(u"scope"));
    QVERIFY(skipped.value(QStringLiteral("branches[4].channel")).contains(u"channel"));
    QVERIFY(skipped.value(QStringLiteral("branches[3].prerelease")).contains(u"--pre beta"));
    QVERIFY(skipped.contains(QStringLiteral("plugins[0][1].parserOpts")));
    QVERIFY(skipped.value(QStringLiteral("plugins[2]")).contains(u"@semantic-release/npm"));
    // The npm plugin writes package.json's version when it publishes: "0.0.0" there is a
    // placeholder.
    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QCOMPARE(sources->placeholders, QStringList{QStringLiteral("0.0.0")});
    QCOMPARE(sources->placeholdersLocation, QStringLiteral(".releaserc.json:40"));
    QVERIFY(sources->isPlaceholder(u"0.0.0"));
    QVERIFY(!sources->isPlaceholder(u"0.0.1"));
    // The breaking → major rule is ReleaseDesk's own: neither imported nor listed.
    QVERIFY(!skipped.contains(QStringLiteral("plugins[0][1].releaseRules[3]")));
}

void TestPeerConfig::semanticReleaseYaml()
{
    const ProjectConfig config = load("semantic-release-yaml");
    QCOMPARE(text(config[QStringLiteral("tag-pattern")]), QStringLiteral("v{version}"));
    QCOMPARE(config[QStringLiteral("tag-pattern")].location(), QStringLiteral(".releaserc.yml:5"));
    auto release = ReleaseSettings::fromConfig(config);
    QVERIFY(release);
    QCOMPARE(release->branches, (QStringList{QStringLiteral("main"), QStringLiteral("beta")}));
    QVERIFY(notImported(config).value(QStringLiteral("plugins[2]")).contains(u"changelog"));
    // Its plugins leave out the npm plugin: nothing writes package.json at publish time.
    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QVERIFY(sources->placeholders.isEmpty());
    QVERIFY(!sources->isPlaceholder(u"0.0.0"));
    QVERIFY(sources->isPlaceholder(u"0.0.0-development"));
}

void TestPeerConfig::semanticReleasePackageJson()
{
    const ProjectConfig config = load("semantic-release-package");
    QCOMPARE(config.imports().first().files, QStringList{QStringLiteral("package.json")});
    auto settings = ProjectSettings::fromConfig(config);
    QVERIFY(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("release-{version}"));
    QCOMPARE(config[QStringLiteral("tag-pattern")].location(), QStringLiteral("package.json:10"));
    auto release = ReleaseSettings::fromConfig(config);
    QVERIFY(release);
    QCOMPARE(release->branches, (QStringList{QStringLiteral("main"), QStringLiteral("next")}));
    // No plugins given: semantic-release's defaults, the npm plugin among them.
    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QCOMPARE(sources->placeholders, QStringList{QStringLiteral("0.0.0")});
    QCOMPARE(sources->placeholdersLocation, QStringLiteral("package.json:8"));
}

void TestPeerConfig::semanticReleaseJavaScriptIsNamedNotRead()
{
    const ProjectConfig config = load("semantic-release-js");
    QCOMPARE(config.imports().size(), 1);
    const ConfigImport &import = config.imports().first();
    QCOMPARE(import.files, QStringList{QStringLiteral("release.config.js")});
    QCOMPARE(import.warnings.size(), 1);
    QVERIFY(import.warnings.first().contains(u"release.config.js"));
    QVERIFY(import.warnings.first().contains(u"tagFormat"));
    // Nothing read from it, and the JSON file it shadows is not read either.
    QVERIFY(!config[QStringLiteral("tag-pattern")].isDefined());
}

void TestPeerConfig::commitizenPyproject()
{
    const ProjectConfig config = load("commitizen-pyproject");
    QCOMPARE(config.imports().size(), 1);
    QCOMPARE(config.imports().first().tool, QStringLiteral("commitizen"));
    auto settings = ProjectSettings::fromConfig(config);
    RD_VERIFY_OK(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("v{version}"));
    QCOMPARE(config[QStringLiteral("tag-pattern")].location(), QStringLiteral("pyproject.toml:7"));
    // major_version_zero = true: a breaking change stays in 0.x.
    QVERIFY(!settings->zeroMajor.breakingBumpsMajor);
    QCOMPARE(int(typeRule(settings->commitRules, QStringLiteral("docs"))->bump),
             int(BumpLevel::Patch));
    QCOMPARE(int(typeRule(settings->commitRules, QStringLiteral("feat"))->bump),
             int(BumpLevel::Minor));

    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QCOMPARE(sources->primary, QStringLiteral("pyproject.toml"));
    QCOMPARE(sources->extra.size(), 2);
    QCOMPARE(sources->extra.at(0).file, QStringLiteral("src/sample/__version__.py"));
    QCOMPARE(sources->extra.at(0).scheme, VersionScheme::Pep440);
    QCOMPARE(sources->extra.at(1).file, QStringLiteral("setup.py"));
    const QRegularExpression setupLine(sources->extra.at(1).regex);
    const auto match = setupLine.match(QStringLiteral("    version=\"0.4.1rc2\",\n"));
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1), QStringLiteral("0.4.1rc2"));
    QCOMPARE(sources->extra.at(1).location, QStringLiteral("pyproject.toml:14"));

    const auto skipped = notImported(config);
    QVERIFY(skipped.contains(QStringLiteral("annotated_tag")));
    QVERIFY(skipped.value(QStringLiteral("changelog_file")).contains(u"--prepend"));
    QVERIFY(skipped.contains(QStringLiteral("update_changelog_on_bump")));
}

void TestPeerConfig::commitizenJson()
{
    const ProjectConfig config = load("commitizen-json");
    auto settings = ProjectSettings::fromConfig(config);
    QVERIFY(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("{version}"));
    // commitizen's defaults: major_version_zero false, and a refactor bumps the patch number.
    QVERIFY(settings->zeroMajor.breakingBumpsMajor);
    QVERIFY(config[QStringLiteral("zero-major")][QStringLiteral("breaking-bumps-major")]
                    .location()
                    .contains(u"default major_version_zero"));
    QCOMPARE(int(typeRule(settings->commitRules, QStringLiteral("refactor"))->bump),
             int(BumpLevel::Patch));
    auto sources = SourceSettings::fromConfig(config);
    QVERIFY(sources);
    QCOMPARE(sources->extra.size(), 1);
    QCOMPARE(sources->extra.first().file, QStringLiteral("VERSION"));
    QVERIFY(sources->primary.isEmpty());
}

void TestPeerConfig::bumpMyVersionToml()
{
    const ProjectConfig config = load("bumpversion-toml");
    QCOMPARE(config.imports().first().tool, QStringLiteral("bump-my-version"));
    auto settings = ProjectSettings::fromConfig(config);
    QVERIFY(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("release/{version}"));
    auto release = ReleaseSettings::fromConfig(config);
    QVERIFY(release);
    QCOMPARE(release->commitMessage, QStringLiteral("Bump version: {version}"));
    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QCOMPARE(sources->extra.size(), 2);
    // The configuration file itself keeps current_version.
    QCOMPARE(sources->extra.at(0).file, QStringLiteral(".bumpversion.toml"));
    QCOMPARE(QRegularExpression(sources->extra.at(0).regex)
                     .match(QStringLiteral("current_version = \"2.3.0\""))
                     .captured(1),
             QStringLiteral("2.3.0"));
    QCOMPARE(sources->extra.at(1).file, QStringLiteral("src/app/__init__.py"));
    QCOMPARE(QRegularExpression(sources->extra.at(1).regex)
                     .match(QStringLiteral("__version__ = \"2.3.0\"\n"))
                     .captured(1),
             QStringLiteral("2.3.0"));
    const auto skipped = notImported(config);
    QVERIFY(skipped.value(QStringLiteral("commit")).contains(u"always commits"));
    QVERIFY(skipped.contains(QStringLiteral("tag")));
    QVERIFY(skipped.value(QStringLiteral("files[1]")).contains(u"glob"));
    QVERIFY(skipped.contains(QStringLiteral("parse")));
}

void TestPeerConfig::bumpversionCfg()
{
    const ProjectConfig config = load("bumpversion-cfg");
    auto settings = ProjectSettings::fromConfig(config);
    QVERIFY(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("v{version}"));
    QVERIFY(config[QStringLiteral("tag-pattern")].location().contains(u"default tag_name"));
    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QCOMPARE(sources->extra.size(), 3);
    QCOMPARE(sources->extra.at(0).file, QStringLiteral(".bumpversion.cfg"));
    QCOMPARE(QRegularExpression(sources->extra.at(0).regex)
                     .match(QStringLiteral("current_version = 1.4.2\n"))
                     .captured(1),
             QStringLiteral("1.4.2"));
    QCOMPARE(sources->extra.at(1).file, QStringLiteral("setup.py"));
    QCOMPARE(QRegularExpression(sources->extra.at(1).regex)
                     .match(QStringLiteral("    version=\"1.4.2\",\n"))
                     .captured(1),
             QStringLiteral("1.4.2"));
    QCOMPARE(sources->extra.at(2).file, QStringLiteral("docs/conf.py"));
    // The message names the old version, which release.commit-message cannot.
    QVERIFY(notImported(config).value(QStringLiteral("message")).contains(u"{new_version}"));
    auto release = ReleaseSettings::fromConfig(config);
    QVERIFY(release);
    QCOMPARE(release->commitMessage, ReleaseSettings().commitMessage);
}

void TestPeerConfig::releasePlease()
{
    const ProjectConfig config = load("release-please");
    QCOMPARE(config.imports().first().files,
             (QStringList{QStringLiteral("release-please-config.json"),
                          QStringLiteral(".release-please-manifest.json")}));
    auto settings = ProjectSettings::fromConfig(config);
    RD_VERIFY_OK(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("monorepo-root-v{version}"));
    QVERIFY(!settings->zeroMajor.breakingBumpsMajor); // bump-minor-pre-major: true
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("deps"))->section,
             QStringLiteral("Dependencies"));
    QVERIFY(typeRule(settings->commitRules, QStringLiteral("chore"))->hidden);

    const ConfigValue packages = config[QStringLiteral("packages")];
    QCOMPARE(text(packages[QStringLiteral("core")][QStringLiteral("path")]),
             QStringLiteral("packages/core"));
    QCOMPARE(text(packages[QStringLiteral("core")][QStringLiteral("tag-pattern")]),
             QStringLiteral("core-v{version}"));
    QCOMPARE(text(packages[QStringLiteral("cli")][QStringLiteral("tag-pattern")]),
             QStringLiteral("cli-v{version}"));
    QCOMPARE(text(packages[QStringLiteral("cli")][QStringLiteral("changelog")]),
             QStringLiteral("packages/cli/CHANGES.md"));
    QCOMPARE(packages[QStringLiteral("core")][QStringLiteral("path")].location(),
             QStringLiteral("release-please-config.json:20"));

    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QCOMPARE(sources->extra.size(), 3);
    QCOMPARE(sources->extra.at(0).file, QStringLiteral("src/version.ts"));
    QCOMPARE(QRegularExpression(sources->extra.at(0).regex)
                     .match(QStringLiteral(
                             "export const VERSION = '3.1.0'; // x-release-please-version"))
                     .captured(1),
             QStringLiteral("3.1.0"));
    QCOMPARE(sources->extra.at(1).key, QStringLiteral("expo.version"));
    QCOMPARE(sources->extra.at(1).location, QStringLiteral("release-please-config.json:12"));
    QCOMPARE(sources->extra.at(2).file, QStringLiteral(".release-please-manifest.json"));
    QCOMPARE(QRegularExpression(sources->extra.at(2).regex)
                     .match(QStringLiteral("{\n  \".\": \"3.1.0\",\n"))
                     .captured(1),
             QStringLiteral("3.1.0"));
    QVERIFY(notImported(config).contains(QStringLiteral("bump-patch-for-minor-pre-major")));
    QVERIFY(notImported(config).contains(QStringLiteral("release-type")));
}

void TestPeerConfig::standardVersion()
{
    const ProjectConfig config = load("standard-version");
    auto settings = ProjectSettings::fromConfig(config);
    QVERIFY(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("version-{version}"));
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("docs"))->section,
             QStringLiteral("Docs"));
    QVERIFY(!typeRule(settings->commitRules, QStringLiteral("docs"))->hidden);
    QVERIFY(typeRule(settings->commitRules, QStringLiteral("style"))->hidden);
    auto sources = SourceSettings::fromConfig(config);
    RD_VERIFY_OK(sources);
    QCOMPARE(sources->extra.size(), 2); // package.json is detected anyway; the updater is not run
    QCOMPARE(sources->extra.at(0).file, QStringLiteral("manifest.json"));
    QCOMPARE(sources->extra.at(0).key, QStringLiteral("version"));
    QCOMPARE(sources->extra.at(1).file, QStringLiteral("VERSION.txt"));
    QVERIFY(!sources->extra.at(1).regex.isEmpty());
    auto release = ReleaseSettings::fromConfig(config);
    QVERIFY(release);
    QCOMPARE(release->commitMessage, QStringLiteral("chore(release): {tag}"));
    const auto skipped = notImported(config);
    QVERIFY(skipped.value(QStringLiteral("bumpFiles[3]")).contains(u"build.gradle"));
    QVERIFY(skipped.contains(QStringLiteral("skip")));
}

void TestPeerConfig::gitCliff()
{
    const ProjectConfig config = load("git-cliff");
    const ConfigImport &import = config.imports().first();
    QCOMPARE(import.tool, QStringLiteral("git-cliff"));
    QCOMPARE(import.warnings.size(), 1);
    QVERIFY(import.warnings.first().contains(u"Tera"));
    auto settings = ProjectSettings::fromConfig(config);
    RD_VERIFY_OK(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("v{version}"));
    QCOMPARE(settings->initialVersion.toString(), QStringLiteral("0.1.0"));
    QVERIFY(!settings->zeroMajor.breakingBumpsMajor); // breaking_always_bump_major = false
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("feat"))->section,
             QStringLiteral("🚀 Features"));
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("perf"))->section,
             QStringLiteral("⚡ Performance"));
    QVERIFY(typeRule(settings->commitRules, QStringLiteral("chore"))->hidden);
    QCOMPARE(config[QStringLiteral("types")][QStringLiteral("fix")][QStringLiteral("section")]
                     .location(),
             QStringLiteral("cliff.toml:20"));
    const auto skipped = notImported(config);
    QVERIFY(skipped.contains(QStringLiteral("git.commit_parsers[4]")));
    QVERIFY(skipped.contains(QStringLiteral("git.commit_parsers[6]")));
    QVERIFY(skipped.contains(QStringLiteral("git.skip_tags")));
    QVERIFY(skipped.contains(QStringLiteral("git.filter_commits")));
    QVERIFY(skipped.contains(QStringLiteral("git.protect_breaking_commits")));
    QVERIFY(skipped.contains(QStringLiteral("bump.custom_major_increment_regex")));
}

void TestPeerConfig::gitCliffCargoMetadata()
{
    const ProjectConfig config = load("git-cliff-cargo");
    auto settings = ProjectSettings::fromConfig(config);
    RD_VERIFY_OK(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("{version}"));
    QCOMPARE(settings->initialVersion.toString(), QStringLiteral("0.0.1"));
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("fix"))->section,
             QStringLiteral("Fixed"));
    QVERIFY(settings->zeroMajor.breakingBumpsMajor); // git-cliff's default
}

void TestPeerConfig::explicitKeysWin()
{
    const ProjectConfig config = load("explicit-wins");
    auto settings = ProjectSettings::fromConfig(config);
    QVERIFY(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("v{version}"));
    QVERIFY(config[QStringLiteral("tag-pattern")].location().endsWith(u".releasedesk.yml:1"));
    QVERIFY(!config[QStringLiteral("tag-pattern")].isImported());
    // Inside a map the file sets, the keys it leaves out still come from the import.
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("feat"))->section,
             QStringLiteral("Shiny"));
    QCOMPARE(typeRule(settings->commitRules, QStringLiteral("fix"))->section,
             QStringLiteral("Fixes"));
    QCOMPARE(config[QStringLiteral("types")][QStringLiteral("fix")][QStringLiteral("section")]
                     .location(),
             QStringLiteral(".releaserc.json:7"));
    auto release = ReleaseSettings::fromConfig(config);
    QVERIFY(release);
    QCOMPARE(release->branches, QStringList{QStringLiteral("trunk")});
}

void TestPeerConfig::brokenPeerFileIsAWarning()
{
    auto broken = parsePeerJson(QByteArray("{\n  \"tagFormat\": \"v${version}\",\n  oops\n}"),
                                QStringLiteral(".releaserc.json"));
    QVERIFY(!broken);
    QCOMPARE(broken.error().source, QStringLiteral(".releaserc.json:3"));
    QVERIFY(broken.error().message.contains(u"remove it"));
    auto toml = parsePeerToml(QByteArray("[tool.commitizen\nname = 1\n"),
                              QStringLiteral("cz.toml"));
    QVERIFY(!toml);
    QVERIFY(toml.error().source.startsWith(u"cz.toml:1"));
}

void TestPeerConfig::iniParser()
{
    auto ini = parsePeerIni(QByteArray("[bumpversion]\r\ncurrent_version = 1.0.0\n; note\n"
                                       "message: first\n  second line\n\n[other]\nk=v\n"),
                            QStringLiteral("setup.cfg"));
    RD_VERIFY_OK(ini);
    QCOMPARE((*ini)[QStringLiteral("bumpversion")][QStringLiteral("current_version")].text(),
             QStringLiteral("1.0.0"));
    QCOMPARE((*ini)[QStringLiteral("bumpversion")][QStringLiteral("message")].text(),
             QStringLiteral("first\nsecond line"));
    QCOMPARE((*ini)[QStringLiteral("bumpversion")][QStringLiteral("message")].origin(),
             QStringLiteral("setup.cfg:4"));
    QCOMPARE((*ini)[QStringLiteral("other")][QStringLiteral("k")].text(), QStringLiteral("v"));
    QVERIFY(!parsePeerIni(QByteArray("key = outside any section\n"), QStringLiteral("x.cfg")));
}

QTEST_GUILESS_MAIN(TestPeerConfig)
#include "tst_peerconfig.moc"
