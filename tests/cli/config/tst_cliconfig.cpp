// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "scratchrepository.h"

#include "git/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using rd::test::ScratchRepository;

namespace {

using Run = rd::test::CliRun;

using rd::test::runCli;
using rd::test::runCliOn;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray releaserc
        = "{\n"
          "  \"branches\": [\"main\", {\"name\": \"beta\", \"channel\": \"beta\"}],\n"
          "  \"tagFormat\": \"${version}\",\n"
          "  \"releaseRules\": [{\"type\": \"docs\", \"release\": \"patch\"}]\n"
          "}\n";

// Bare tags, as semantic-release with tagFormat "${version}" makes them.
void buildProject(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("1.2.0"));
    scratch.commit(QStringLiteral("docs: explain it"), {{QStringLiteral("b"), "1"}});
    scratch.writeFile(QStringLiteral(".releaserc.json"), releaserc);
}

QJsonObject valueOf(const QJsonObject &json, const QString &key)
{
    for (const QJsonValue &value : json.value(QStringLiteral("values")).toArray()) {
        if (value.toObject().value(QStringLiteral("key")).toString() == key)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCliConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsEachValueWithItsOrigin();
    void json();
    void tagPatternInferredFromTheTags();
    void nextUsesTheImportedSettings();
    void explicitFileWins();
    void writeRefusesToOverwrite();

private:
    git::Library m_library;
};

void TestCliConfig::printsEachValueWithItsOrigin()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(), {QStringLiteral("config")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Using semantic-release's configuration (.releaserc.json)"),
             qPrintable(out));
    static const QRegularExpression tagLine(
            QStringLiteral("\\n  tag-pattern: \\{version\\} +\\.releaserc\\.json:3\\n"));
    QVERIFY2(tagLine.match(out).hasMatch(), qPrintable(out));
    static const QRegularExpression docsLine(
            QStringLiteral("\\n  types\\.docs\\.bump: patch +\\.releaserc\\.json:4\\n"));
    QVERIFY2(docsLine.match(out).hasMatch(), qPrintable(out));
    static const QRegularExpression initialLine(
            QStringLiteral("\\n  initial-version: 0\\.1\\.0 +default\\n"));
    QVERIFY2(initialLine.match(out).hasMatch(), qPrintable(out));
    QVERIFY(out.contains(u"Not imported from semantic-release:"));
    QVERIFY(out.contains(u".releaserc.json:2  branches[1].channel: ReleaseDesk has no distribution "
                         u"channels"));
}

void TestCliConfig::json()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(), {QStringLiteral("config"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QJsonObject tag = valueOf(json, QStringLiteral("tag-pattern"));
    QCOMPARE(tag.value(QStringLiteral("value")).toString(), QStringLiteral("{version}"));
    QCOMPARE(tag.value(QStringLiteral("origin")).toString(), QStringLiteral(".releaserc.json:3"));
    QVERIFY(tag.value(QStringLiteral("imported")).toBool());
    QCOMPARE(valueOf(json, QStringLiteral("release.branches")).value(QStringLiteral("value")),
             QStringLiteral("[main, beta]"));
    QCOMPARE(valueOf(json, QStringLiteral("release.push")).value(QStringLiteral("origin")),
             QStringLiteral("default"));
    const QJsonObject import = json.value(QStringLiteral("imports")).toArray().first().toObject();
    QCOMPARE(import.value(QStringLiteral("tool")).toString(), QStringLiteral("semantic-release"));
    const QJsonObject note
            = import.value(QStringLiteral("notImported")).toArray().first().toObject();
    QCOMPARE(note.value(QStringLiteral("key")).toString(), QStringLiteral("branches[1].channel"));
    QVERIFY(json.value(QStringLiteral("errors")).toArray().isEmpty());
}

// No configuration at all: the tag pattern shown is the one `next` reads from the tags, with
// the reason, not the default a release would not use.
void TestCliConfig::tagPatternInferredFromTheTags()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("1.2.0"));
    scratch.commit(QStringLiteral("fix: second"), {{QStringLiteral("a"), "2"}});
    scratch.tag(QStringLiteral("1.2.1"));
    const Run run = runCliOn(scratch.path(), {QStringLiteral("config"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject tag = valueOf(run.json(), QStringLiteral("tag-pattern"));
    QCOMPARE(tag.value(QStringLiteral("value")).toString(), QStringLiteral("{version}"));
    QCOMPARE(tag.value(QStringLiteral("origin")).toString(),
             QStringLiteral("inferred (tags look like `1.2.1`: pattern `{version}`, inferred from "
                            "2 tags)"));
    QCOMPARE(valueOf(run.json(), QStringLiteral("initial-version"))
                     .value(QStringLiteral("origin"))
                     .toString(),
             QStringLiteral("default"));

    // No release tag to learn from: the default stays, and says so.
    ScratchRepository untagged;
    untagged.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    const Run plain = runCliOn(untagged.path(), {QStringLiteral("config")});
    QCOMPARE(plain.exitCode, 0);
    static const QRegularExpression defaultLine(
            QStringLiteral("\\n  tag-pattern: v\\{version\\} +default\\n"));
    QVERIFY2(defaultLine.match(QString::fromUtf8(plain.out)).hasMatch(), plain.out.constData());
}

void TestCliConfig::nextUsesTheImportedSettings()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const Run run = runCliOn(scratch.path(), {QStringLiteral("next"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    // The bare tag is found through tagFormat, and the docs commit bumps the patch number as
    // the imported releaseRules say.
    QCOMPARE(run.json().value(QStringLiteral("currentVersion")).toString(),
             QStringLiteral("1.2.0"));
    QCOMPARE(run.json().value(QStringLiteral("nextVersion")).toString(), QStringLiteral("1.2.1"));
}

void TestCliConfig::explicitFileWins()
{
    ScratchRepository scratch;
    buildProject(scratch);
    scratch.writeFile(QStringLiteral(".releasedesk.yml"),
                      "initial-version: 1.0.0\ntag-pattern: \"v{version}\"\n");
    const Run run = runCliOn(scratch.path(), {QStringLiteral("config"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject tag = valueOf(run.json(), QStringLiteral("tag-pattern"));
    QCOMPARE(tag.value(QStringLiteral("value")).toString(), QStringLiteral("v{version}"));
    QVERIFY(tag.value(QStringLiteral("origin")).toString().endsWith(u".releasedesk.yml:2"));
    QVERIFY(!tag.value(QStringLiteral("imported")).toBool());
    QCOMPARE(valueOf(run.json(), QStringLiteral("types.docs.bump"))
                     .value(QStringLiteral("origin"))
                     .toString(),
             QStringLiteral(".releaserc.json:4"));
}

void TestCliConfig::writeRefusesToOverwrite()
{
    ScratchRepository scratch;
    buildProject(scratch);
    const QString path = scratch.path() + QStringLiteral("/.releasedesk.yml");
    const Run written = runCliOn(scratch.path(),
                                 {QStringLiteral("config"), QStringLiteral("--write")});
    QCOMPARE(written.exitCode, 0);
    const QByteArray text = readFile(path);
    QVERIFY2(text.contains("tag-pattern: \"{version}\"  # .releaserc.json:3")
                     || text.contains("tag-pattern: '{version}'  # .releaserc.json:3")
                     || text.contains("tag-pattern: \"{version}\" # .releaserc.json:3"),
             text.constData());
    QVERIFY(text.contains("bump: patch  # .releaserc.json:4"));
    // A list carries its origin once, after it.
    QVERIFY2(text.contains("branches: [main, beta]  # .releaserc.json:2\n"), text.constData());

    // The written file gives the same settings with the peer file gone.
    QVERIFY(QFile::remove(scratch.path() + QStringLiteral("/.releaserc.json")));
    const Run next = runCliOn(scratch.path(), {QStringLiteral("next"), QStringLiteral("--json")});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.json().value(QStringLiteral("nextVersion")).toString(), QStringLiteral("1.2.1"));

    // A second --write refuses and leaves the file as it was; --force replaces it.
    scratch.writeFile(QStringLiteral(".releasedesk.yml"), "tag-pattern: \"r{version}\"\n");
    const Run again = runCliOn(scratch.path(),
                               {QStringLiteral("config"), QStringLiteral("--write")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("--force"), again.err.constData());
    QCOMPARE(readFile(path), QByteArray("tag-pattern: \"r{version}\"\n"));
    const Run forced = runCliOn(scratch.path(),
                                {QStringLiteral("config"),
                                 QStringLiteral("--write"),
                                 QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(readFile(path).startsWith("tag-pattern: r{version}\n"));
    const Run misuse = runCli({QStringLiteral("config"), QStringLiteral("--force")});
    QCOMPARE(misuse.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cliconfig.moc"
