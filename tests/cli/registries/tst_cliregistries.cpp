// SPDX-License-Identifier: GPL-3.0-or-later
// `releasedesk-cli status` reading the registries: the "published" array of --json, the two
// mismatch rules with exit status 3, detection from package.json with --published, and no
// registry traffic at all for a project that did not ask for it.
#include "clirun.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using rd::test::ScratchRepository;

namespace {

using rd::test::CliRun;
using rd::test::serverStateFile;

QByteArray get(const QUrl &url)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {};
    return reply->readAll();
}

bool post(const QUrl &url)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(manager.post(request, QByteArrayLiteral("{}")));
    return QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)
           && reply->error() == QNetworkReply::NoError;
}

} // namespace

class TestCliRegistries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishedInJson();
    void registryAheadOfTheTagIsAMismatch();
    void upcomingVersionAlreadyPublishedIsAMismatch();
    void notPublishedYetIsNoMismatch();
    void detectedWithPublishedFlag();
    void noRegistryTrafficUnlessAsked();
    void textOutputListsTheRegistries();
    void brokenRegistriesSectionNamesTheLine();

private:
    // A project whose package.json says `fileVersion`, tagged v`tagVersion`, with `config` as
    // its .releasedesk.yml.
    void makeProject(const QString &tagVersion,
                     const QString &fileVersion,
                     const QByteArray &config);
    QByteArray npmEntry(const QString &package = {}) const;
    CliRun cli(const QStringList &arguments,
               const QList<QPair<QString, QString>> &environment = {});

    git::Library m_library;
    std::unique_ptr<ScratchRepository> m_scratch;
    QString m_verdaccio;
    QString m_package;
};

void TestCliRegistries::initTestCase()
{
    m_verdaccio = serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("url"));
    m_package = serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("package"));
    QVERIFY2(!m_verdaccio.isEmpty() && !m_package.isEmpty(),
             "verdaccio is not running: run the test through ctest so its fixture starts it");
    QVERIFY(!serverStateFile("RELEASEDESK_TEST_CRATES", QStringLiteral("url")).isEmpty());
    QVERIFY(QFile::exists(QStringLiteral(RELEASEDESK_CLI)));
}

QByteArray TestCliRegistries::npmEntry(const QString &package) const
{
    return QStringLiteral("registries:\n  - { type: npm, package: \"%1\", url: \"%2\" }\n")
            .arg(package.isEmpty() ? m_package : package, m_verdaccio)
            .toUtf8();
}

void TestCliRegistries::makeProject(const QString &tagVersion,
                                    const QString &fileVersion,
                                    const QByteArray &config)
{
    m_scratch = std::make_unique<ScratchRepository>();
    m_scratch->commit(QStringLiteral("feat: first"),
                      {{QStringLiteral("package.json"),
                        QStringLiteral("{\n  \"name\": \"%1\",\n  \"version\": \"%2\"\n}\n")
                                .arg(m_package, tagVersion)
                                .toUtf8()},
                       {QStringLiteral(".releasedesk.yml"), config}});
    m_scratch->tag(QStringLiteral("v") + tagVersion);
    if (fileVersion != tagVersion)
        m_scratch->commit(QStringLiteral("chore: bump"),
                          {{QStringLiteral("package.json"),
                            QStringLiteral("{\n  \"name\": \"%1\",\n  \"version\": \"%2\"\n}\n")
                                    .arg(m_package, fileVersion)
                                    .toUtf8()}});
}

CliRun TestCliRegistries::cli(const QStringList &arguments,
                              const QList<QPair<QString, QString>> &environment)
{
    // The variables for this run only (the CLI inherits the test's environment).
    for (const auto &[name, value] : environment)
        qputenv(qPrintable(name), value.toUtf8());
    CliRun run = rd::test::runProgram(QStringLiteral(RELEASEDESK_CLI),
                                      arguments,
                                      m_scratch->path());
    for (const auto &[name, value] : environment)
        qunsetenv(qPrintable(name));
    return run;
}

void TestCliRegistries::publishedInJson()
{
    makeProject(QStringLiteral("1.1.0"), QStringLiteral("1.1.0"), npmEntry());
    const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonArray published = run.json().value(u"published").toArray();
    QCOMPARE(published.size(), 1);
    const QJsonObject npm = published.first().toObject();
    QCOMPARE(npm.value(u"registry").toString(), QStringLiteral("npm"));
    QCOMPARE(npm.value(u"package").toString(), m_package);
    QCOMPARE(npm.value(u"latest").toString(), QStringLiteral("1.1.0"));
    QCOMPARE(npm.value(u"versions_count").toInt(), 3);
    QVERIFY(npm.value(u"url").toString().startsWith(m_verdaccio + u'/'));
    QVERIFY(npm.value(u"findings").toArray().isEmpty());
    QCOMPARE(run.json().value(u"mismatch").toBool(), false);
}

void TestCliRegistries::registryAheadOfTheTagIsAMismatch()
{
    makeProject(QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), npmEntry());
    const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 3, run.out + run.err);
    const QJsonArray findings = run.json()
                                        .value(u"published")
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(u"findings")
                                        .toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().toObject().value(u"rule").toString(),
             QStringLiteral("registry-ahead"));
    QVERIFY(findings.first().toObject().value(u"message").toString().contains(u"1.1.0"));
    QCOMPARE(run.json().value(u"mismatch").toBool(), true);
}

void TestCliRegistries::upcomingVersionAlreadyPublishedIsAMismatch()
{
    // Tagged 1.0.0, package.json bumped to 1.1.0 for the coming release: npm already has it.
    makeProject(QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), npmEntry());
    const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    QStringList rules;
    for (const QJsonValue &finding :
         run.json().value(u"published").toArray().first().toObject().value(u"findings").toArray())
        rules.append(finding.toObject().value(u"rule").toString());
    QVERIFY2(rules.contains(QStringLiteral("already-published")), qPrintable(rules.join(u',')));
}

void TestCliRegistries::notPublishedYetIsNoMismatch()
{
    makeProject(QStringLiteral("1.1.0"),
                QStringLiteral("1.1.0"),
                npmEntry(QStringLiteral("@rdtest/never-published")));
    const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonObject npm = run.json().value(u"published").toArray().first().toObject();
    QCOMPARE(npm.value(u"exists").toBool(true), false);
    QVERIFY(npm.value(u"latest").isNull());
    QCOMPARE(npm.value(u"versions_count").toInt(-1), 0);
    QCOMPARE(npm.value(u"notes").toArray().first().toString(), QStringLiteral("not published yet"));
}

void TestCliRegistries::detectedWithPublishedFlag()
{
    makeProject(QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), "tag-pattern: v{version}\n");
    const CliRun run = cli({QStringLiteral("status"),
                            QStringLiteral("--json"),
                            QStringLiteral("--published")},
                           {{QStringLiteral("RELEASEDESK_REGISTRY_URL_NPM"), m_verdaccio}});
    QCOMPARE(run.exitCode, 3); // the registry has 1.1.0
    const QJsonObject npm = run.json().value(u"published").toArray().first().toObject();
    QCOMPARE(npm.value(u"origin").toString(), QStringLiteral("package.json"));
    QCOMPARE(npm.value(u"latest").toString(), QStringLiteral("1.1.0"));
}

void TestCliRegistries::noRegistryTrafficUnlessAsked()
{
    // The default npm address pointed at the crate double, whose request log shows any visit.
    QUrl crates(serverStateFile("RELEASEDESK_TEST_CRATES", QStringLiteral("url")));
    QVERIFY(post(crates.resolved(QUrl(QStringLiteral("/_control/reset")))));
    makeProject(QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), "tag-pattern: v{version}\n");
    const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--json")},
                           {{QStringLiteral("RELEASEDESK_REGISTRY_URL_NPM"), crates.toString()}});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(run.json().value(u"published").toArray().isEmpty());
    const QJsonArray requests = QJsonDocument::fromJson(get(crates.resolved(QUrl(QStringLiteral(
                                                                "/_control/requests")))))
                                        .object()
                                        .value(u"requests")
                                        .toArray();
    QVERIFY2(requests.isEmpty(), QJsonDocument(requests).toJson().constData());
    // With --published the same project does ask (and the double says 404: not published yet).
    const CliRun asked = cli({QStringLiteral("status"),
                              QStringLiteral("--json"),
                              QStringLiteral("--published")},
                             {{QStringLiteral("RELEASEDESK_REGISTRY_URL_NPM"), crates.toString()}});
    QCOMPARE(asked.json().value(u"published").toArray().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(
                     get(crates.resolved(QUrl(QStringLiteral("/_control/requests")))))
                     .object()
                     .value(u"requests")
                     .toArray()
                     .size(),
             1);
}

void TestCliRegistries::textOutputListsTheRegistries()
{
    makeProject(QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), npmEntry());
    const CliRun run = cli({QStringLiteral("status")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains("Published:"), run.out.constData());
    QVERIFY(run.out.contains("npm " + m_package.toUtf8()));
    QVERIFY(run.out.contains("1.1.0 ("));
    QVERIFY(run.out.contains("versions: 3"));
    QVERIFY(run.out.contains("higher than the project's 1.0.0"));
}

void TestCliRegistries::brokenRegistriesSectionNamesTheLine()
{
    makeProject(QStringLiteral("1.0.0"),
                QStringLiteral("1.0.0"),
                "registries:\n  - { type: maven, package: a }\n");
    const CliRun run = cli({QStringLiteral("status")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(".releasedesk.yml:2") && run.err.contains("maven"),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliRegistries)
#include "tst_cliregistries.moc"
