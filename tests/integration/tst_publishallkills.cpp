// SPDX-License-Identifier: GPL-3.0-or-later
// One plan that tags a release and publishes it to npm (verdaccio), PyPI (the double), OCI (a
// real docker-registry) and its GitHub release (the forge double), with the release driver
// killed at every boundary of every publish step (before it, after it ran but before the
// journal, after the journal) and resumed: each way ends with every registry holding the
// version exactly once — one npm version, one upload a file, the image under every tag, one
// published GitHub release with its asset.
#include "drivertools.h"
#include "forgedouble.h"
#include "publishproject.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::PublishProject;
using rd::test::PublishServers;
using rd::test::ScratchRepository;

class TestPublishAllKills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAnywhereEndsWithEachOnce_data();
    void killedAnywhereEndsWithEachOnce();

private:
    git::Library m_library;
    ForgeDouble m_forge;
    QTemporaryDir m_home;
    PublishServers m_servers;
};

void TestPublishAllKills::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_forge.isValid(), qPrintable(m_forge.skipReason()));
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RELEASEDESK_DRIVER")));
    QString problem;
    m_servers = PublishServers::fromEnvironment(m_forge.url(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_servers.exportCredentials(m_home.path());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the forge token's lookup fails fast
}

void TestPublishAllKills::killedAnywhereEndsWithEachOnce_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<int>("step");
    // Step 1 tags; 2 npm, 3 PyPI, 4 OCI, 5 the GitHub release.
    const QList<QPair<const char *, QString>>
            points{{"before", QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP")},
                   {"after, before the journal", QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP")},
                   {"after the journal", QStringLiteral("RELEASEDESK_FAIL_AFTER_JOURNAL")}};
    const char *steps[] = {"npm", "PyPI", "OCI", "GitHub"};
    for (int step = 2; step <= 5; ++step)
        for (const auto &point : points)
            QTest::addRow("%s %s", point.first, steps[step - 2]) << point.second << step;
}

void TestPublishAllKills::killedAnywhereEndsWithEachOnce()
{
    QFETCH(QString, variable);
    QFETCH(int, step);
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const QString repo = rd::test::releaseRepository(scratch);
    const PublishProject project = PublishProject::write(scratch,
                                                         m_servers,
                                                         0,
                                                         QStringLiteral("0.2.0"),
                                                         false);
    // The artifacts of 0.2.0, as the release's build would make them.
    QVERIFY(!rd::test::programOutput(QStringLiteral("npm"),
                                     {QStringLiteral("pack"), QStringLiteral("--silent")},
                                     repo)
                     .isNull());
    QVERIFY(!rd::test::programOutput(QString::fromLatin1(rd::test::debianPython),
                                     {QStringLiteral("setup.py"),
                                      QStringLiteral("-q"),
                                      QStringLiteral("sdist"),
                                      QStringLiteral("bdist_wheel")},
                                     repo)
                     .isNull());
    const QStringList dists = QDir(repo + QStringLiteral("/dist")).entryList(QDir::Files);
    QCOMPARE(dists.size(), 2);
    auto head = scratch.repo().headId();
    QVERIFY(head);
    const QString source = QStringLiteral("sha-") + head->toString();
    const QString built = m_servers.pushImage(m_home.path(), project.image, source);
    QVERIFY(built.startsWith(u"sha256:"));
    const QString sdist = repo + QStringLiteral("/dist/") + project.pyName
                          + QStringLiteral("-0.2.0.tar.gz");

    QStringList arguments{QStringLiteral("release"),
                          QStringLiteral("--repo"),
                          repo,
                          QStringLiteral("--version"),
                          QStringLiteral("0.2.0"),
                          QStringLiteral("--no-push"),
                          QStringLiteral("--no-keychain"),
                          QStringLiteral("--npm-tarball"),
                          repo + u'/' + project.tarball(QStringLiteral("0.2.0")),
                          QStringLiteral("--npm-registry"),
                          m_servers.npmUrl,
                          QStringLiteral("--pypi-package"),
                          project.pyName,
                          QStringLiteral("--pypi-index"),
                          m_servers.pypiUrl,
                          QStringLiteral("--pypi-upload"),
                          m_servers.pypiUrl + QStringLiteral("/legacy/"),
                          QStringLiteral("--oci-image"),
                          QStringLiteral("http://%1/%2").arg(m_servers.ociHost, project.image),
                          QStringLiteral("--oci-source"),
                          QStringLiteral("sha-{commit}"),
                          QStringLiteral("--oci-tags"),
                          QStringLiteral("0.2.0,0.2,0,latest"),
                          QStringLiteral("--oci-version-tag"),
                          QStringLiteral("0.2.0"),
                          QStringLiteral("--github-release"),
                          m_forge.url().toString(),
                          QStringLiteral("--github-project"),
                          project.forgeProject,
                          QStringLiteral("--github-asset"),
                          sdist};
    for (const QString &dist : dists)
        arguments << QStringLiteral("--pypi-file") << repo + QStringLiteral("/dist/") + dist;

    QProcessEnvironment kill;
    kill.insert(variable, QString::number(step));
    const rd::test::DriverRun killed = rd::test::runDriver(arguments, kill);
    QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    QVERIFY2(killed.output.contains(u"fault injection"), qPrintable(killed.output));

    const rd::test::DriverRun resumed = rd::test::runDriver({QStringLiteral("resume"),
                                                             QStringLiteral("--repo"),
                                                             repo,
                                                             QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));

    // Every registry has 0.2.0 once.
    QCOMPARE(rd::test::npmView(m_home.path(),
                               m_servers.npmUrl,
                               m_servers.npmrc,
                               project.npmName + QStringLiteral("@0.2.0"),
                               QStringLiteral("version")),
             QStringLiteral("0.2.0"));
    QCOMPARE(m_servers.pypiUploads(project.pyName), 2);
    for (const QString &tag : {QStringLiteral("0.2.0"),
                               QStringLiteral("0.2"),
                               QStringLiteral("0"),
                               QStringLiteral("latest")})
        QCOMPARE(m_servers.ociDigest(project.image, tag), built);
    const QJsonArray releases = m_forge.releaseState(project.forgeProject);
    QCOMPARE(releases.size(), 1);
    QVERIFY(!releases.first()[u"draft"].toBool());
    QCOMPARE(releases.first()[u"assets"].toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestPublishAllKills)
#include "tst_publishallkills.moc"
