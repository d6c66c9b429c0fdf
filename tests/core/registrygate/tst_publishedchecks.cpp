// SPDX-License-Identifier: GPL-3.0-or-later
// The two registry gates of the pre-flight against verdaccio holding @rdtest/scratch-app 1.0.0,
// 1.1.0 and 2.0.0-beta.1 (published by the real npm): the version being released already
// published fails; a registry ahead of the last release fails when the release would go
// backwards and warns when it overtakes it; no registries: section passes as "not checked".
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"
#include "registrygate/publishedchecks.h"

#include <QTest>

using namespace rd;
using rd::test::ScratchRepository;

namespace {

QString stateFile(const QString &name)
{
    return rd::test::serverStateFile("RELEASEDESK_TEST_VERDACCIO", name);
}

} // namespace

class TestPublishedChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void withoutRegistriesSectionNothingIsAsked();
    void unreachableRegistryWarns();

private:
    // Runs both checks for releasing `version` after `lastRelease`; [already, ahead].
    QList<CheckResult> run(const QByteArray &config,
                           const QString &version,
                           const QString &lastRelease);

    git::Library m_library;
};

void TestPublishedChecks::initTestCase()
{
    QVERIFY2(!stateFile(QStringLiteral("url")).isEmpty(),
             "verdaccio is not running: run the test through ctest so its fixture starts it");
}

QList<CheckResult> TestPublishedChecks::run(const QByteArray &config,
                                            const QString &version,
                                            const QString &lastRelease)
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral(".releasedesk.yml"), config}});
    PreflightContext context(scratch.repo());
    context.version = *Version::parse(version);
    context.lastRelease = *Version::parse(lastRelease);
    auto reading = std::make_shared<PublishedReading>();
    AlreadyPublishedCheck already(reading);
    RegistryAheadCheck ahead(reading);
    return {already.run(context, nullptr), ahead.run(context, nullptr)};
}

void TestPublishedChecks::verdicts_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("lastRelease");
    QTest::addColumn<int>("already");
    QTest::addColumn<int>("ahead");
    QTest::addColumn<QString>("says");
    using S = CheckResult::Status;
    QTest::newRow("next version") << "1.2.0"
                                  << "1.1.0" << int(S::Pass) << int(S::Pass) << "";
    QTest::newRow("already published")
            << "1.1.0"
            << "1.0.0" << int(S::Fail) << int(S::Warn) << "already has 1.1.0";
    QTest::newRow("pre-release already published")
            << "2.0.0-beta.1"
            << "1.1.0" << int(S::Fail) << int(S::Pass) << "2.0.0-beta.1";
    QTest::newRow("backwards") << "1.0.1"
                               << "1.0.0" << int(S::Pass) << int(S::Fail) << "would go backwards";
    QTest::newRow("overtakes") << "1.2.0"
                               << "1.0.0" << int(S::Pass) << int(S::Warn) << "overtakes";
}

void TestPublishedChecks::verdicts()
{
    QFETCH(QString, version);
    QFETCH(QString, lastRelease);
    QFETCH(int, already);
    QFETCH(int, ahead);
    QFETCH(QString, says);
    const QByteArray config = QStringLiteral("registries:\n  - { type: npm, package: \"%1\", url: "
                                             "\"%2\" }\n")
                                      .arg(stateFile(QStringLiteral("package")),
                                           stateFile(QStringLiteral("url")))
                                      .toUtf8();
    const QList<CheckResult> results = run(config, version, lastRelease);
    QCOMPARE(results[0].id, QStringLiteral("already-published"));
    QCOMPARE(results[1].id, QStringLiteral("registry-ahead"));
    QVERIFY2(int(results[0].status) == already, qPrintable(results[0].message));
    QVERIFY2(int(results[1].status) == ahead, qPrintable(results[1].message));
    if (!says.isEmpty())
        QVERIFY2((results[0].message + results[1].message).contains(says),
                 qPrintable(results[0].message + QStringLiteral(" | ") + results[1].message));
}

void TestPublishedChecks::withoutRegistriesSectionNothingIsAsked()
{
    const QList<CheckResult> results = run("tag-pattern: v{version}\n",
                                           QStringLiteral("1.1.0"),
                                           QStringLiteral("1.0.0"));
    for (const CheckResult &result : results) {
        QCOMPARE(result.status, CheckResult::Status::Pass);
        QVERIFY(result.message.startsWith(u"Not checked"));
    }
}

void TestPublishedChecks::unreachableRegistryWarns()
{
    // A port nobody listens on: connection refused, the release is not blocked but warned.
    const QList<CheckResult> results
            = run("registries:\n  - { type: npm, package: app, url: \"http://127.0.0.1:9\" }\n",
                  QStringLiteral("1.1.0"),
                  QStringLiteral("1.0.0"));
    for (const CheckResult &result : results) {
        QCOMPARE(result.status, CheckResult::Status::Warn);
        QVERIFY2(result.message.contains(u"Could not check every registry: Reading npm app failed"),
                 qPrintable(result.message));
    }
}

QTEST_GUILESS_MAIN(TestPublishedChecks)
#include "tst_publishedchecks.moc"
