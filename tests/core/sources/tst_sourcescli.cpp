// SPDX-License-Identifier: GPL-3.0-or-later
// `releasedesk-cli status` and `set-version` as a user or a CI job runs them.
#include "clirun.h"
#include "scratchrepository.h"

#include "git/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using rd::test::ScratchRepository;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    const rd::test::CliRun run = rd::test::runCli(arguments);
    return Run{run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSourcesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusExitsWithMismatch();
    void statusJson();
    void statusAgreesExitsZero();
    void statusPlaceholdersAndLeftOutFiles();
    void statusPublishTimePlaceholders();
    void setVersionDryRunWritesNothing();
    void setVersionWritesAndPrintsDiff();
    void setVersionRefusesWhatASchemeCannotHold();
    void setVersionUsageErrors();

private:
    void build(ScratchRepository &scratch, bool withChangelog = true);
    git::Library m_library;
};

void TestSourcesCli::build(ScratchRepository &scratch, bool withChangelog)
{
    QMap<QString, QByteArray> files{
            {QStringLiteral("pyproject.toml"), "[project]\nname = \"demo\"\nversion = \"3.3.0\"\n"},
            {QStringLiteral("package.json"),
             "{\n  \"version\": \"3.2.0\",\n  \"dependencies\": {\"x\": \"3.2.0\"}\n}\n"},
    };
    if (withChangelog)
        files.insert(QStringLiteral("CHANGELOG.md"), "# Changelog\n\n## 3.2.0 (2024-01-01)\n");
    scratch.commit(QStringLiteral("feat: start"), files);
    scratch.tag(QStringLiteral("v3.2.0"), QStringLiteral("Release 3.2.0"));
}

void TestSourcesCli::statusExitsWithMismatch()
{
    ScratchRepository scratch;
    build(scratch);
    const Run run = cli({QStringLiteral("status"), QStringLiteral("--repo"), scratch.path()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("Reference: 3.2.0 (tag v3.2.0)")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("! ahead       3.3.0")));
    QVERIFY(run.out.contains(QStringLiteral("pyproject.toml:3")));
    QVERIFY(run.out.contains(QStringLiteral("4 sources: 3 agree, 0 behind, 1 ahead")));
}

void TestSourcesCli::statusJson()
{
    ScratchRepository scratch;
    build(scratch);
    const Run run = cli({QStringLiteral("status"),
                         QStringLiteral("--json"),
                         QStringLiteral("--repo"),
                         scratch.path()});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("mismatch")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("reference")).toString(), QStringLiteral("3.2.0"));
    const QJsonArray sources = report.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 4);
    QJsonObject pyproject;
    for (const QJsonValue &value : sources) {
        if (value.toObject().value(QStringLiteral("file")) == QStringLiteral("pyproject.toml"))
            pyproject = value.toObject();
    }
    QCOMPARE(pyproject.value(QStringLiteral("status")).toString(), QStringLiteral("ahead"));
    QCOMPARE(pyproject.value(QStringLiteral("scheme")).toString(), QStringLiteral("pep440"));
    QCOMPARE(pyproject.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(pyproject.value(QStringLiteral("id")).toString(),
             QStringLiteral("pyproject.toml#[project] version"));
}

void TestSourcesCli::statusAgreesExitsZero()
{
    ScratchRepository scratch;
    build(scratch, false);
    QCOMPARE(cli({QStringLiteral("set-version"),
                  QStringLiteral("3.2.0"),
                  QStringLiteral("--repo"),
                  scratch.path()})
                     .exitCode,
             0);
    const Run run = cli({QStringLiteral("status"), QStringLiteral("--repo"), scratch.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("3 sources: 3 agree")));
}

void TestSourcesCli::statusPlaceholdersAndLeftOutFiles()
{
    // A semantic-release project: the placeholder is kept on purpose, an e2e fixture and a
    // private tooling package carry versions of their own.
    ScratchRepository scratch;
    const QByteArray placeholder
            = "{\n  \"name\": \"demo\",\n  \"version\": \"0.0.0-development\"\n}\n";
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral("package.json"), placeholder},
                    {QStringLiteral("pyproject.toml"),
                     "[project]\nname = \"demo\"\nversion = \"3.2.0\"\n"},
                    {QStringLiteral("test/e2e/package.json"), "{\"version\": \"1.0.0\"}\n"},
                    {QStringLiteral("tools/lint/package.json"),
                     "{\"private\": true, \"version\": \"0.0.0\"}\n"}});
    scratch.tag(QStringLiteral("v3.2.0"));

    const Run run = cli({QStringLiteral("status"), QStringLiteral("--repo"), scratch.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("set at release: 0.0.0-development is a placeholder")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("3 sources: 2 agree, 0 behind, 0 ahead, 0 "
                                             "unparseable, 1 dynamic")),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("e2e")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("test/e2e/package.json is not counted as a version "
                                             "source: it is under the test/ folder")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("tools/lint/package.json is not counted as a version "
                                             "source: it is a private package")),
             qPrintable(run.err));

    // Writing a new version leaves the placeholder and the left-out files alone.
    const Run write = cli({QStringLiteral("set-version"),
                           QStringLiteral("3.3.0"),
                           QStringLiteral("--repo"),
                           scratch.path()});
    QCOMPARE(write.exitCode, 0);
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/package.json")), placeholder);
    QVERIFY(fileContent(scratch.path() + QStringLiteral("/pyproject.toml")).contains("3.3.0"));
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/test/e2e/package.json")),
             QByteArray("{\"version\": \"1.0.0\"}\n"));
}

// "0.0.0" is a placeholder where semantic-release's npm plugin writes the version at publish
// time, and where .releasedesk.yml declares it; nowhere else.
void TestSourcesCli::statusPublishTimePlaceholders()
{
    const QByteArray zero = "{\n  \"name\": \"demo\",\n  \"version\": \"0.0.0\"\n}\n";
    const QByteArray pyproject = "[project]\nname = \"demo\"\nversion = \"3.2.0\"\n";
    const auto status = [](const ScratchRepository &scratch) {
        return cli({QStringLiteral("status"), QStringLiteral("--repo"), scratch.path()});
    };

    ScratchRepository plain;
    plain.commit(QStringLiteral("feat: start"),
                 {{QStringLiteral("package.json"), zero},
                  {QStringLiteral("pyproject.toml"), pyproject}});
    plain.tag(QStringLiteral("v3.2.0"));
    const Run behind = status(plain);
    QCOMPARE(behind.exitCode, 3);
    QVERIFY2(behind.out.contains(QStringLiteral("1 behind")), qPrintable(behind.out));

    ScratchRepository released;
    released.commit(QStringLiteral("feat: start"),
                    {{QStringLiteral("package.json"), zero},
                     {QStringLiteral("pyproject.toml"), pyproject},
                     {QStringLiteral(".releaserc.json"),
                      "{\n  \"plugins\": [\n    \"@semantic-release/commit-analyzer\",\n"
                      "    \"@semantic-release/npm\"\n  ]\n}\n"}});
    released.tag(QStringLiteral("v3.2.0"));
    const Run imported = status(released);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("set at release: 0.0.0 is a placeholder")),
             qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("(sources.placeholders, .releaserc.json:4)")),
             qPrintable(imported.out));
    const Run write = cli({QStringLiteral("set-version"),
                           QStringLiteral("3.3.0"),
                           QStringLiteral("--repo"),
                           released.path()});
    QCOMPARE(write.exitCode, 0);
    QCOMPARE(fileContent(released.path() + QStringLiteral("/package.json")), zero);

    ScratchRepository declared;
    declared.commit(QStringLiteral("feat: start"),
                    {{QStringLiteral("package.json"),
                      "{\"name\": \"demo\", \"version\": \"0.0.0-dev\"}\n"},
                     {QStringLiteral("pyproject.toml"), pyproject},
                     {QStringLiteral(".releasedesk.yml"),
                      "sources:\n  placeholders:\n    - 0.0.0-dev\n"}});
    declared.tag(QStringLiteral("v3.2.0"));
    const Run own = status(declared);
    QCOMPARE(own.exitCode, 0);
    QVERIFY2(own.out.contains(QStringLiteral("set at release: 0.0.0-dev is a placeholder")),
             qPrintable(own.out));
    QVERIFY2(own.out.contains(QStringLiteral(".releasedesk.yml:3")), qPrintable(own.out));

    declared.writeFile(QStringLiteral(".releasedesk.yml"), "sources:\n  placeholders: [\"\"]\n");
    const Run empty = status(declared);
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("sources.placeholders")), qPrintable(empty.err));
    QVERIFY2(empty.err.contains(QStringLiteral("empty placeholder")), qPrintable(empty.err));
}

void TestSourcesCli::setVersionDryRunWritesNothing()
{
    ScratchRepository scratch;
    build(scratch);
    const QByteArray before = fileContent(scratch.path() + QStringLiteral("/package.json"));
    const Run run = cli({QStringLiteral("set-version"),
                         QStringLiteral("v3.4.0"),
                         QStringLiteral("--dry-run"),
                         QStringLiteral("--repo"),
                         scratch.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("-version = \"3.3.0\"\n+version = \"3.4.0\"")));
    QVERIFY(run.out.contains(
            QStringLiteral("-  \"version\": \"3.2.0\",\n+  \"version\": \"3.4.0\",")));
    QVERIFY(run.out.contains(QStringLiteral("Dry run: 2 files would change.")));
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/package.json")), before);
}

void TestSourcesCli::setVersionWritesAndPrintsDiff()
{
    ScratchRepository scratch;
    build(scratch);
    const Run run = cli({QStringLiteral("set-version"),
                         QStringLiteral("3.4.0-rc.1"),
                         QStringLiteral("--json"),
                         QStringLiteral("--repo"),
                         scratch.path()});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("written")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("files")).toArray().size(), 2);
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/pyproject.toml")),
             QByteArray("[project]\nname = \"demo\"\nversion = \"3.4.0rc1\"\n"));
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/package.json")),
             QByteArray("{\n  \"version\": \"3.4.0-rc.1\",\n  \"dependencies\": {\"x\": "
                        "\"3.2.0\"}\n}\n"));
}

void TestSourcesCli::setVersionRefusesWhatASchemeCannotHold()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"),
                   {{QStringLiteral("CMakeLists.txt"), "project(x VERSION 1.0.0)\n"},
                    {QStringLiteral("VERSION"), "1.0.0\n"}});
    const Run run = cli({QStringLiteral("set-version"),
                         QStringLiteral("2.0.0-rc.1"),
                         QStringLiteral("--repo"),
                         scratch.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("CMakeLists.txt:1")), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Nothing was written")));
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/VERSION")), QByteArray("1.0.0\n"));
}

void TestSourcesCli::setVersionUsageErrors()
{
    ScratchRepository scratch;
    build(scratch);
    QCOMPARE(cli({QStringLiteral("set-version"), QStringLiteral("--repo"), scratch.path()})
                     .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("set-version"),
                  QStringLiteral("1.2"),
                  QStringLiteral("--repo"),
                  scratch.path()})
                     .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestSourcesCli)
#include "tst_sourcescli.moc"
