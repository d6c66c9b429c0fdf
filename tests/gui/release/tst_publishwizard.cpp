// SPDX-License-Identifier: GPL-3.0-or-later
// The release wizard publishing what .releasedesk.yml names: the review lists it, the execute
// page runs the build (the real npm pack) and the publish steps after the release's own steps,
// the Done page says what every registry was verified to have — read back with the real
// npm view from verdaccio. A build that fails leaves the release made and says so.
#include "forgedouble.h"
#include "notifyrecorder.h"
#include "publishproject.h"
#include "releasescenario.h"
#include "screenshot.h"
#include "serverstate.h"
#include "wizardtools.h"

#include "gatedpage.h"
#include "releasewizard.h"
#include "ui_donepage.h"
#include "ui_executepage.h"
#include "ui_reviewpage.h"
#include "wizard/donepage.h"
#include "wizard/executepage.h"
#include "wizard/reviewpage.h"

#include "git/library.h"
#include "publish/publishsteps.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItem>

using rd::test::columnTexts;
using rd::test::pageComplete;
using rd::test::ReleaseScenario;
using namespace rd;
using namespace rd::gui;

namespace {

constexpr int timeout = 60000;

} // namespace

class TestPublishWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releasesThenPublishesAndVerifies();
    void failedBuildLeavesTheReleaseMade();
    void artifactsBuiltBeforeTheTagArePublishedAsReviewed();
    void buildFirstBuildsWhenTheReviewOpens();
    void everyRegistryAfterAResume();

private:
    // A scenario whose package is `name` and whose .releasedesk.yml publishes it with `build`.
    bool configure(ReleaseScenario &s,
                   const QString &name,
                   const QByteArray &build,
                   const QByteArray &publishKeys = {});
    bool walkToReview(ReleaseWizard &wizard);
    QString npmView(const QString &spec, const QString &field);

    git::Library m_library;
    QTemporaryDir m_home;
    ForgeDouble m_forge;
    NotifyRecorder m_notifications;
    rd::test::PublishServers m_servers;
    QString m_url;
    QString m_npmrc;
};

void TestPublishWizard::initTestCase()
{
    rd::registerPublishSteps(); // as main() does: the journal names the publish steps' kinds
    QVERIFY(m_home.isValid());
    QVERIFY2(m_forge.isValid(), qPrintable(m_forge.skipReason()));
    QString problem;
    m_servers = rd::test::PublishServers::fromEnvironment(m_forge.url(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Every registry's token, HOME and the git identity, as the CLI tests have them.
    m_servers.exportCredentials(m_home.path());
    QVERIFY(!qEnvironmentVariableIsEmpty("NPM_TOKEN"));
    m_url = m_servers.npmUrl;
    m_npmrc = m_servers.npmrc;
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    // How the run ended is told to the desktop: the private bus's notification daemon.
    QVERIFY2(m_notifications.isValid(), qPrintable(m_notifications.skipReason()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_notifications.address().toUtf8());
}

bool TestPublishWizard::configure(ReleaseScenario &s,
                                  const QString &name,
                                  const QByteArray &build,
                                  const QByteArray &publishKeys)
{
    if (!s.isValid())
        return false;
    const QString tarball = name.mid(1).replace(u'/', u'-') + QStringLiteral("-{version}.tgz");
    const QByteArray config = "registries:\n  - { type: npm, package: \"" + name.toUtf8()
                              + "\", url: \"" + m_url.toUtf8() + "\", publish: \""
                              + tarball.toUtf8() + "\" }\npublish:\n  build: [\"" + build
                              + "\"]\n  commands: [\"echo published {tag}\"]\n"
                                "  verify_timeout: 30\n"
                              + publishKeys;
    const QByteArray manifest = "{\n  \"name\": \"" + name.toUtf8()
                                + "\",\n  \"version\": \"1.0.0\"\n}\n";
    s.local().commit(QStringLiteral("chore: publish to npm"),
                     {{QStringLiteral(".releasedesk.yml"), config},
                      {QStringLiteral("package.json"), manifest},
                      {QStringLiteral(".gitignore"), QByteArrayLiteral("*.tgz\n")}});
    return true;
}

bool TestPublishWizard::walkToReview(ReleaseWizard &wizard)
{
    if (!QTest::qWaitFor([&] { return pageComplete(wizard, ReleaseWizard::PreflightPageId); },
                         timeout))
        return false;
    wizard.next();
    wizard.next();
    wizard.next();
    return wizard.currentId() == ReleaseWizard::ReviewPageId
           && QTest::qWaitFor([&] { return pageComplete(wizard, ReleaseWizard::ReviewPageId); },
                              timeout);
}

QString TestPublishWizard::npmView(const QString &spec, const QString &field)
{
    return rd::test::npmView(m_home.path(), m_url, m_npmrc, spec, field);
}

void TestPublishWizard::releasesThenPublishesAndVerifies()
{
    ReleaseScenario s;
    const QString name = QStringLiteral("@rdtest/wizard-%1")
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    QVERIFY2(configure(s, name, "npm pack --silent"), qPrintable(s.error()));
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.resize(980, 680);
    wizard.show();
    QVERIFY(walkToReview(wizard));

    // The review says what is published after the tag, before anything exists.
    const QString planText = wizard.reviewPage()->ui()->planText->toPlainText();
    QVERIFY2(planText.contains(QStringLiteral("Then publishes")), qPrintable(planText));
    QVERIFY(planText.contains(QStringLiteral("build: npm pack --silent")));
    QVERIFY(planText.contains(QStringLiteral("npm ") + name));
    QVERIFY(planText.contains(QStringLiteral("command: echo published {tag}")));
    QVERIFY2(wizard.reviewPage()->ui()->reviewStatus->text().contains(
                     QStringLiteral("publishing the Plan tab lists")),
             qPrintable(wizard.reviewPage()->ui()->reviewStatus->text()));
    wizard.reviewPage()->ui()->reviewTabs->setCurrentIndex(1);
    wizard.reviewPage()->ui()->planText->moveCursor(QTextCursor::End);
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-4-review"))
                     .isEmpty());

    m_notifications.mark();
    wizard.next();
    Ui::ExecutePage *run = wizard.executePage()->ui();
    QVERIFY2(QTest::qWaitFor([&] { return wizard.released(); }, 3 * timeout),
             qPrintable(run->executeStatus->text() + u'\n' + run->log->toPlainText()));
    // The release's steps, then the publish steps, all done.
    const QStringList titles = columnTexts(run->progressSteps, 0);
    QVERIFY2(titles.contains(QStringLiteral("Publish %1 1.1.0 to npm").arg(name)),
             qPrintable(titles.join(u'|')));
    QCOMPARE(titles.last(), QStringLiteral("Run echo published v1.1.0"));
    for (const QString &state : columnTexts(run->progressSteps, 1))
        QCOMPARE(state, QStringLiteral("Done"));
    QVERIFY(run->log->toPlainText().contains(QStringLiteral("$ npm pack --silent")));
    QVERIFY(run->log->toPlainText().contains(QStringLiteral("published v1.1.0")));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-5-execute"))
                     .isEmpty());
    // The desktop hears that every registry has it, even with the window behind others.
    QVERIFY2(m_notifications.waitForAnswers(1), m_notifications.text().constData());
    const RecordedNotify told = m_notifications.calls().last();
    QCOMPARE(told.summary, QStringLiteral("v1.1.0 is on every registry"));
    QVERIFY2(told.body.contains(QStringLiteral("✓ Publish %1 1.1.0 to npm").arg(name)),
             qPrintable(told.body));
    QCOMPARE(told.icon, QStringLiteral("emblem-default"));
    QVERIFY(told.returnedId.has_value());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::DonePageId));
    const QString done = wizard.donePage()->ui()->doneText->text();
    QVERIFY2(done.contains(QStringLiteral("Every registry has it")), qPrintable(done));
    QVERIFY(done.contains(QStringLiteral("✓ Publish %1 1.1.0 to npm").arg(name)));
    QVERIFY(!done.contains(QStringLiteral("nothing builds or publishes")));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-6-done")).isEmpty());

    // The registry has the tarball the build made from the release commit.
    QCOMPARE(npmView(name, QStringLiteral("dist-tags.latest")), QStringLiteral("1.1.0"));
    QFile tarball(
            QDir(s.local().path())
                    .filePath(name.mid(1).replace(u'/', u'-') + QStringLiteral("-1.1.0.tgz")));
    QVERIFY(tarball.open(QIODevice::ReadOnly));
    QCOMPARE(npmView(name + QStringLiteral("@1.1.0"), QStringLiteral("dist.integrity")),
             QStringLiteral("sha512-")
                     + QString::fromLatin1(
                             QCryptographicHash::hash(tarball.readAll(), QCryptographicHash::Sha512)
                                     .toBase64()));
}

void TestPublishWizard::failedBuildLeavesTheReleaseMade()
{
    ReleaseScenario s;
    const QString name = QStringLiteral("@rdtest/broken-%1")
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    QVERIFY2(configure(s, name, "echo compiling; exit 3"), qPrintable(s.error()));
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.resize(980, 680);
    wizard.show();
    QVERIFY(walkToReview(wizard));
    m_notifications.mark();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.released(), timeout);
    QVERIFY2(m_notifications.waitForAnswers(1), m_notifications.text().constData());
    QCOMPARE(m_notifications.calls().last().summary,
             QStringLiteral("v1.1.0 is released; publishing it stopped"));
    QVERIFY(m_notifications.calls().last().body.contains(QStringLiteral("exited with code 3")));
    QCOMPARE(m_notifications.calls().last().urgency, 2);
    Ui::ExecutePage *run = wizard.executePage()->ui();
    QVERIFY2(run->executeStatus->text().contains(QStringLiteral("publishing did not start")),
             qPrintable(run->executeStatus->text()));
    QVERIFY(run->executeStatus->text().contains(QStringLiteral("exited with code 3")));
    QVERIFY(run->executeStatus->text().contains(QStringLiteral("releasedesk-cli publish")));
    // Nothing to resume or undo for the publishing: it never started.
    QVERIFY(!run->resumeButton->isVisible());
    QVERIFY(run->log->toPlainText().contains(QStringLiteral("compiling")));
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    wizard.next();
    const QString done = wizard.donePage()->ui()->doneText->text();
    QVERIFY2(done.contains(QStringLiteral("publishing did not start")), qPrintable(done));
    QVERIFY(!done.contains(QStringLiteral("Every registry has it")));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-6-done-failed"))
                     .isEmpty());
    QVERIFY(npmView(name, QStringLiteral("version")).isEmpty());
}

void TestPublishWizard::artifactsBuiltBeforeTheTagArePublishedAsReviewed()
{
    ReleaseScenario s;
    const QString name = QStringLiteral("@rdtest/prebuilt-%1")
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    // Every build packs another stamp: a tarball built again would have another digest.
    QVERIFY2(configure(s, name, "date +%s%N > stamp.txt && npm pack --silent"),
             qPrintable(s.error()));
    const QString tarball = name.mid(1).replace(u'/', u'-') + QStringLiteral("-1.1.0.tgz");
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.resize(980, 680);
    wizard.show();
    QVERIFY(walkToReview(wizard));
    Ui::ReviewPage *review = wizard.reviewPage()->ui();
    QVERIFY(review->reviewTabs->isTabEnabled(review->reviewTabs->indexOf(review->artifactsTab)));
    QCOMPARE(review->artifacts->topLevelItemCount(), 0);

    review->reviewTabs->setCurrentWidget(review->artifactsTab);
    // A build asked for while a review runs waits for it; Cancel Build stops it there.
    review->push->click();
    review->buildNow->click();
    QCOMPARE(review->buildNow->text(), QStringLiteral("&Cancel Build"));
    review->buildNow->click();
    QTRY_VERIFY_WITH_TIMEOUT(review->buildLog->toPlainText().contains(QStringLiteral("cancelled")),
                             timeout);
    QCOMPARE(review->artifacts->topLevelItemCount(), 0);
    QVERIFY(!review->buildLog->toPlainText().contains(QStringLiteral("$ date")));
    review->push->click();
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::ReviewPageId), timeout);

    review->buildNow->click();
    QVERIFY(!pageComplete(wizard, ReleaseWizard::ReviewPageId)); // no release while it builds
    QVERIFY2(QTest::qWaitFor([&] { return review->artifacts->topLevelItemCount() > 0; }, timeout),
             qPrintable(review->reviewStatus->text() + u'\n' + review->buildLog->toPlainText()));
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::ReviewPageId), timeout);
    QCOMPARE(review->artifacts->topLevelItemCount(), 1);
    QTreeWidgetItem *row = review->artifacts->topLevelItem(0);
    QCOMPARE(row->text(0), tarball);
    // Built in a scratch folder: the work tree has no tarball, nothing is committed or tagged.
    QVERIFY(!QFile::exists(QDir(s.local().path()).filePath(tarball)));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    QFile kept(
            QDir(s.local().path())
                    .filePath(QStringLiteral(".git/releasedesk/prebuilt/v1.1.0/files/") + tarball));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray bytes = kept.readAll();
    QCOMPARE(row->text(2),
             QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QString integrity
            = QStringLiteral("sha512-")
              + QString::fromLatin1(
                      QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toBase64());
    const QString planText = review->planText->toPlainText();
    QVERIFY2(planText.contains(QStringLiteral("built before the tag"))
                     && planText.contains(integrity) && planText.contains(tarball),
             qPrintable(planText));
    QVERIFY(review->buildLog->toPlainText().contains(QStringLiteral("$ date")));
    QVERIFY2(review->reviewStatus->text().contains(QStringLiteral("artifacts are built")),
             qPrintable(review->reviewStatus->text()));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-4-artifacts"))
                     .isEmpty());

    // Toggling the push plans again: the same inputs, so the artifacts stay.
    // Two reviews in a row: the second waits while the first reads the registries (a nested
    // event loop), instead of replacing the checks under it.
    review->push->click();
    review->push->click();
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::ReviewPageId), timeout);
    QCOMPARE(review->artifacts->topLevelItemCount(), 1);
    QVERIFY2(review->reviewStatus->text().contains(QStringLiteral("built before the tag")),
             qPrintable(review->reviewStatus->text()));

    m_notifications.mark();
    wizard.next();
    Ui::ExecutePage *run = wizard.executePage()->ui();
    QVERIFY2(QTest::qWaitFor([&] { return wizard.released(); }, 3 * timeout),
             qPrintable(run->executeStatus->text() + u'\n' + run->log->toPlainText()));
    QVERIFY2(m_notifications.waitForAnswers(1), m_notifications.text().constData());
    const QString log = run->log->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("Publishing the 1 artifact built before the tag")),
             qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("$ date")), qPrintable(log)); // not built again
    QVERIFY(!QFile::exists(QDir(s.local().path()).filePath(tarball)));
    // The registry has exactly the reviewed tarball.
    QCOMPARE(m_notifications.calls().last().summary, QStringLiteral("v1.1.0 is on every registry"));
    QCOMPARE(npmView(name + QStringLiteral("@1.1.0"), QStringLiteral("dist.integrity")), integrity);
}

void TestPublishWizard::buildFirstBuildsWhenTheReviewOpens()
{
    ReleaseScenario s;
    const QString name = QStringLiteral("@rdtest/first-%1")
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    QVERIFY2(configure(s, name, "npm pack --silent", "  build_first: true\n"),
             qPrintable(s.error()));
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.resize(980, 680);
    wizard.show();
    // The review is complete only once the artifacts are built: nobody pressed Build.
    QVERIFY(walkToReview(wizard));
    Ui::ReviewPage *review = wizard.reviewPage()->ui();
    QCOMPARE(review->artifacts->topLevelItemCount(), 1);
    QCOMPARE(review->artifacts->topLevelItem(0)->text(0),
             name.mid(1).replace(u'/', u'-') + QStringLiteral("-1.1.0.tgz"));
    QVERIFY2(review->planText->toPlainText().contains(QStringLiteral("built before the tag")),
             qPrintable(review->planText->toPlainText()));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
}

void TestPublishWizard::everyRegistryAfterAResume()
{
    const rd::test::PublishServers &servers = m_servers;
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    const auto project = rd::test::PublishProject::write(s.local(),
                                                         servers,
                                                         3,
                                                         QStringLiteral("1.0.0"),
                                                         false);
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.resize(980, 680);
    wizard.show();
    QVERIFY(walkToReview(wizard));
    const QString planText = wizard.reviewPage()->ui()->planText->toPlainText();
    for (const QString &target : {QStringLiteral("npm ") + project.npmName,
                                  QStringLiteral("PyPI ") + project.pyName,
                                  QStringLiteral("sha-{commit}"),
                                  QStringLiteral("GitHub")})
        QVERIFY2(planText.contains(target), qPrintable(planText));

    // CI has not pushed the image: the run stops at the OCI step, the release made, npm and
    // PyPI published; the desktop hears that publishing stopped.
    m_notifications.mark();
    wizard.next();
    Ui::ExecutePage *run = wizard.executePage()->ui();
    QVERIFY2(QTest::qWaitFor([&] { return run->resumeButton->isVisible(); }, 3 * timeout),
             qPrintable(run->executeStatus->text() + u'\n' + run->log->toPlainText()));
    QVERIFY2(run->executeStatus->text().contains(QStringLiteral("CI has not pushed it")),
             qPrintable(run->executeStatus->text()));
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    QVERIFY2(m_notifications.waitForAnswers(1), m_notifications.text().constData());
    QCOMPARE(m_notifications.calls().last().summary,
             QStringLiteral("v1.1.0 is released; publishing it stopped"));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-7-stopped"))
                     .isEmpty());

    // CI pushes the image; Resume finishes the publishing and every registry has 1.1.0.
    auto commit = s.repo().resolveCommit(QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(commit);
    const QString built = servers.pushImage(m_home.path(),
                                            project.image,
                                            QStringLiteral("sha-") + commit->toString());
    QVERIFY(built.startsWith(u"sha256:"));
    m_notifications.mark();
    run->resumeButton->click();
    QVERIFY2(QTest::qWaitFor([&] { return wizard.released(); }, 3 * timeout),
             qPrintable(run->executeStatus->text() + u'\n' + run->log->toPlainText()));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-8-resumed"))
                     .isEmpty());
    QVERIFY2(m_notifications.waitForAnswers(1), m_notifications.text().constData());
    QCOMPARE(m_notifications.calls().last().summary, QStringLiteral("v1.1.0 is on every registry"));
    wizard.next();
    const QString done = wizard.donePage()->ui()->doneText->text();
    QVERIFY2(done.contains(QStringLiteral("Every registry has it")), qPrintable(done));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-publish-9-done-all"))
                     .isEmpty());

    QCOMPARE(npmView(project.npmName, QStringLiteral("dist-tags.latest")), QStringLiteral("1.1.0"));
    QCOMPARE(servers.pypiUploads(project.pyName), 2);
    QCOMPARE(servers.pipDownload(project.pyName,
                                 QStringLiteral("1.1.0"),
                                 m_home.filePath(QStringLiteral("fetched")))
                     .size(),
             1);
    for (const QString &tag : {QStringLiteral("1.1.0"),
                               QStringLiteral("1.1"),
                               QStringLiteral("1"),
                               QStringLiteral("latest")})
        QCOMPARE(servers.ociDigest(project.image, tag), built);
    const QJsonArray releases = m_forge.releaseState(project.forgeProject);
    QCOMPARE(releases.size(), 1);
    QCOMPARE(releases.first()[u"tag_name"].toString(), QStringLiteral("v1.1.0"));
    QVERIFY(!releases.first()[u"draft"].toBool());
    QCOMPARE(releases.first()[u"assets"].toArray().size(), 1);
}

QTEST_MAIN(TestPublishWizard)
#include "tst_publishwizard.moc"
