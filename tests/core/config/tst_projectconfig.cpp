// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/projectconfig.h"
#include "expectedcheck.h"
#include "project/projectsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class TestProjectConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileGivesDefaults();
    void emptyFileGivesDefaults();
    void invalidYamlNamesLineAndColumn();
    void rootMustBeAMapping();
    void unknownTopLevelKeysAreWarnings();
    void valuesCarryTheirLine();
    void wrongKindsAreErrors();
    void listsAcceptASingleValue();
    void entriesKeepDocumentOrder();
    void settingsDefaults();
    void settingsFromFile();
    void settingsErrors_data();
    void settingsErrors();
};

void TestProjectConfig::missingFileGivesDefaults()
{
    QTemporaryDir dir;
    auto config = ProjectConfig::load(dir.path());
    QVERIFY(config);
    QVERIFY(!config->isFromFile());
    QVERIFY(config->warnings().isEmpty());
    QVERIFY(!(*config)[QStringLiteral("tag-pattern")].isDefined());
}

void TestProjectConfig::emptyFileGivesDefaults()
{
    auto config = ProjectConfig::parse(QByteArray("# nothing here\n"), QStringLiteral("c.yml"));
    QVERIFY(config);
    QVERIFY(config->isFromFile());
    QVERIFY(config->root().isMap());
}

void TestProjectConfig::invalidYamlNamesLineAndColumn()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral(".releasedesk.yml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("tag-pattern: v{version}\ntypes:\n  feat: [unclosed\n");
    file.close();
    auto config = ProjectConfig::load(dir.path());
    QVERIFY(!config);
    QCOMPARE(config.error().code, QStringLiteral("config.invalid"));
    QVERIFY2(config.error().source.startsWith(file.fileName() + QStringLiteral(":")),
             qPrintable(config.error().source));
    QVERIFY(config.error().message.contains(QStringLiteral("not valid YAML")));
}

void TestProjectConfig::rootMustBeAMapping()
{
    auto config = ProjectConfig::parse(QByteArray("- a\n- b\n"), QStringLiteral("c.yml"));
    QVERIFY(!config);
    QVERIFY(config.error().message.contains(QStringLiteral("mapping")));
}

void TestProjectConfig::unknownTopLevelKeysAreWarnings()
{
    auto config = ProjectConfig::parse(QByteArray("tag-pattern: v{version}\ntag-patern: x\n"),
                                       QStringLiteral("c.yml"));
    QVERIFY(config);
    QCOMPARE(config->warnings().size(), 1);
    QCOMPARE(config->warnings().first().source, QStringLiteral("c.yml:2"));
    QVERIFY(config->warnings().first().message.startsWith(QStringLiteral("tag-patern: unknown")));
}

void TestProjectConfig::valuesCarryTheirLine()
{
    auto config = ProjectConfig::parse(QByteArray("a: 1\nb:\n  c: true\n"), QStringLiteral("f"));
    QVERIFY(config);
    const ConfigValue c = (*config)[QStringLiteral("b")][QStringLiteral("c")];
    QCOMPARE(c.keyPath(), QStringLiteral("b.c"));
    QCOMPARE(c.line(), 3);
    QCOMPARE(c.location(), QStringLiteral("f:3"));
    QCOMPARE(*c.toBool(false), true);
    const ConfigValue missing = (*config)[QStringLiteral("b")][QStringLiteral("nope")];
    QVERIFY(!missing.isDefined());
    QCOMPARE(*missing.toBool(true), true); // fallback
    QCOMPARE(missing.location(), QStringLiteral("f"));
}

void TestProjectConfig::wrongKindsAreErrors()
{
    auto config = ProjectConfig::parse(QByteArray("flag: maybe\nnum: x\nmap: {a: 1}\n"),
                                       QStringLiteral("f"));
    QVERIFY(config);
    auto flag = (*config)[QStringLiteral("flag")].toBool(false);
    QVERIFY(!flag);
    QCOMPARE(flag.error().source, QStringLiteral("f:1"));
    QCOMPARE(flag.error().message, QStringLiteral("flag: expected true or false"));
    QVERIFY(!(*config)[QStringLiteral("num")].toInt(0));
    auto text = (*config)[QStringLiteral("map")].toString();
    QVERIFY(!text);
    QCOMPARE(text.error().source, QStringLiteral("f:3"));
}

void TestProjectConfig::listsAcceptASingleValue()
{
    auto config = ProjectConfig::parse(QByteArray("one: main\nmany: [main, next]\nbad: [[x]]\n"),
                                       QStringLiteral("f"));
    QVERIFY(config);
    QCOMPARE(*(*config)[QStringLiteral("one")].toStringList(), QStringList{QStringLiteral("main")});
    QCOMPARE(*(*config)[QStringLiteral("many")].toStringList(),
             (QStringList{QStringLiteral("main"), QStringLiteral("next")}));
    auto bad = (*config)[QStringLiteral("bad")].toStringList();
    QVERIFY(!bad);
    QCOMPARE(bad.error().message, QStringLiteral("bad[0]: expected a text value"));
}

void TestProjectConfig::entriesKeepDocumentOrder()
{
    auto config = ProjectConfig::parse(QByteArray("types:\n  zeta: {}\n  alpha: {}\n  mid: {}\n"),
                                       QStringLiteral("f"));
    QVERIFY(config);
    QStringList keys;
    for (const auto &[key, value] : (*config)[QStringLiteral("types")].entries())
        keys.append(key);
    QCOMPARE(keys,
             (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
}

void TestProjectConfig::settingsDefaults()
{
    auto settings = ProjectSettings::fromConfig(ProjectConfig());
    QVERIFY(settings);
    QCOMPARE(settings->tagPattern.pattern(), QStringLiteral("v{version}"));
    QCOMPARE(settings->initialVersion.toString(), QStringLiteral("0.1.0"));
    QCOMPARE(settings->zeroMajor.breakingBumpsMajor, false);
    QVERIFY(settings->commitRules.rule(u"feat"));
}

void TestProjectConfig::settingsFromFile()
{
    auto config = ProjectConfig::parse(QByteArray("tag-pattern: \"pkg@{version}\"\n"
                                                  "initial-version: 1.0.0\n"
                                                  "zero-major:\n  breaking-bumps-major: true\n"),
                                       QStringLiteral("f"));
    QVERIFY(config);
    auto settings = ProjectSettings::fromConfig(*config);
    RD_VERIFY_OK(settings);
    QCOMPARE(settings->tagPattern.format(Version(1, 2, 3)), QStringLiteral("pkg@1.2.3"));
    QCOMPARE(settings->initialVersion, Version(1, 0, 0));
    QCOMPARE(settings->zeroMajor.breakingBumpsMajor, true);
}

void TestProjectConfig::settingsErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("pattern without placeholder")
            << QByteArray("a: 1\ntag-pattern: release\n") << QStringLiteral("f:2")
            << QStringLiteral("tag-pattern: ");
    QTest::newRow("initial version not semver")
            << QByteArray("initial-version: 1.0\n") << QStringLiteral("f:1")
            << QStringLiteral("initial-version: ");
    QTest::newRow("zero-major typo")
            << QByteArray("zero-major:\n  breaking-bump-major: true\n") << QStringLiteral("f:2")
            << QStringLiteral("zero-major.breaking-bump-major: unknown setting");
    QTest::newRow("zero-major not a map")
            << QByteArray("zero-major: yes\n") << QStringLiteral("f:1")
            << QStringLiteral("zero-major: expected a mapping");
}

void TestProjectConfig::settingsErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, source);
    QFETCH(QString, messageStart);
    auto config = ProjectConfig::parse(yaml, QStringLiteral("f"));
    QVERIFY(config);
    auto settings = ProjectSettings::fromConfig(*config);
    QVERIFY(!settings);
    QCOMPARE(settings.error().source, source);
    QVERIFY2(settings.error().message.startsWith(messageStart),
             qPrintable(settings.error().message));
}

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_projectconfig.moc"
