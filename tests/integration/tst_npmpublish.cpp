// SPDX-License-Identifier: GPL-3.0-or-later
// The npm publish step against a real npm registry (verdaccio on 127.0.0.1): tarballs made by
// the real `npm pack`, what was published read back by the real `npm view` and `npm install`.
// The release driver is killed before, after and around the publish step and resumed: every
// way ends with the version published exactly once. The same version with other content is
// refused naming both digests; token faults have their own messages.
#include "drivertools.h"
#include "expectedcheck.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"
#include "net/httpclient.h"
#include "publish/npmpublishstep.h"
#include "publish/publishsteps.h"
#include "registry/npmcredentials.h"
#include "registry/packagearchive.h"
#include "release/stepcontext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::ScratchRepository;

class TestNpmPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void archiveAndNpmrcRules();
    void publishesThenNpmInstallsIt();
    void killedAroundThePublishResumesToOneUpload_data();
    void killedAroundThePublishResumesToOneUpload();
    void otherContentUnderThatVersionIsRefused();
    void preReleaseGoesToItsChannel();
    void tokenFaultsSayWhatToDo();

private:
    QString uniqueName(const char *stem) const;
    // npm pack of a package NAME@VERSION whose index.js exports `content`; the tarball's path.
    QString pack(const QString &name, const QString &version, const QString &content);
    // The real npm against the test registry; stdout, or a failed test with stderr.
    bool npm(const QStringList &arguments,
             QByteArray *out,
             const QString &workDir = {},
             bool quiet = false);
    QJsonObject packument(const QString &name);
    // The release driver: release 1.0.0 of `repo` (no push), publishing `tarball` to npm.
    test::DriverRun release(const QString &repo,
                            const QString &tarball,
                            const QProcessEnvironment &extra = {});

    git::Library m_library;
    QTemporaryDir m_home; // HOME for npm and the step: the machine's ~/.npmrc stays out
    QString m_url;
    QString m_npmrc;
    QString m_token;
};

void TestNpmPublish::initTestCase()
{
    registerPublishSteps();
    // The steps ask the system keychain first: never the user's own (tst_keychaintoken has a
    // private one); without a session bus that lookup fails at once and the step moves on.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    m_url = test::serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("url"));
    QVERIFY2(!m_url.isEmpty(), "verdaccio is not running: run the test through ctest");
    m_npmrc = qEnvironmentVariable("RELEASEDESK_TEST_VERDACCIO") + QStringLiteral("/npmrc");
    QFile npmrc(m_npmrc);
    QVERIFY(npmrc.open(QIODevice::ReadOnly));
    m_token = NpmCredentials::tokenInNpmrc(npmrc.readAll(), QUrl(m_url));
    QVERIFY2(!m_token.isEmpty(), "the npmrc verdaccio.sh wrote has no token for the registry");
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("npm_config_cache", m_home.filePath(QStringLiteral("npm-cache")).toUtf8());
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RELEASEDESK_DRIVER")));
}

void TestNpmPublish::init()
{
    qunsetenv("NPM_TOKEN");
}

QString TestNpmPublish::uniqueName(const char *stem) const
{
    return QStringLiteral("@rdtest/%1-%2")
            .arg(QLatin1String(stem))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool TestNpmPublish::npm(const QStringList &arguments,
                         QByteArray *out,
                         const QString &workDir,
                         bool quiet)
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(QStringLiteral("npm"),
                  QStringList(arguments)
                          << QStringLiteral("--registry") << m_url + u'/'
                          << QStringLiteral("--userconfig") << m_npmrc
                          << QStringLiteral("--loglevel=error") << QStringLiteral("--no-audit")
                          << QStringLiteral("--no-fund"));
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        qWarning("npm %s timed out", qPrintable(arguments.join(u' ')));
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!quiet)
            qWarning("npm %s: %s",
                     qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
        return false;
    }
    return true;
}

QString TestNpmPublish::pack(const QString &name, const QString &version, const QString &content)
{
    const QString dir = m_home.filePath(QStringLiteral("pack/%1-%2-%3")
                                                .arg(QString(name).replace(u'/', u'_'), version)
                                                .arg(QRandomGenerator::global()->generate()));
    QDir().mkpath(dir);
    QFile manifest(dir + QStringLiteral("/package.json"));
    if (!manifest.open(QIODevice::WriteOnly))
        return {};
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("version"), version},
                                             {QStringLiteral("description"),
                                              QStringLiteral("ReleaseDesk publish test")},
                                             {QStringLiteral("license"), QStringLiteral("MIT")},
                                             {QStringLiteral("main"), QStringLiteral("index.js")}})
                           .toJson());
    manifest.close();
    QFile index(dir + QStringLiteral("/index.js"));
    if (!index.open(QIODevice::WriteOnly))
        return {};
    index.write(QStringLiteral("module.exports = '%1';\n").arg(content).toUtf8());
    index.close();
    QByteArray out;
    if (!npm({QStringLiteral("pack")}, &out, dir))
        return {};
    const QString file = QString::fromUtf8(out).trimmed().split(u'\n').last().trimmed();
    return dir + u'/' + file;
}

QJsonObject TestNpmPublish::packument(const QString &name)
{
    QByteArray out;
    // Quiet: "not published (yet)" is an answer here, an empty object.
    if (!npm({QStringLiteral("view"), name, QStringLiteral("--json")}, &out, {}, true))
        return {};
    return QJsonDocument::fromJson(out).object();
}

test::DriverRun TestNpmPublish::release(const QString &repo,
                                        const QString &tarball,
                                        const QProcessEnvironment &extra)
{
    return test::runDriver({QStringLiteral("release"),
                            QStringLiteral("--repo"),
                            repo,
                            QStringLiteral("--version"),
                            QStringLiteral("1.0.0"),
                            QStringLiteral("--no-push"),
                            QStringLiteral("--no-keychain"),
                            QStringLiteral("--npm-tarball"),
                            tarball,
                            QStringLiteral("--npm-registry"),
                            m_url},
                           extra);
}

void TestNpmPublish::archiveAndNpmrcRules()
{
    // The archive reader on what npm pack wrote, and on broken archives.
    const QString tarball = pack(uniqueName("rules"), QStringLiteral("1.0.0"), QStringLiteral("x"));
    QFile file(tarball);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(tarball));
    const QByteArray bytes = file.readAll();
    auto manifest = PackageArchive::file(bytes, QStringLiteral("package/package.json"), tarball);
    RD_VERIFY_OK(manifest);
    QCOMPARE(QJsonDocument::fromJson(*manifest).object().value(u"version").toString(),
             QStringLiteral("1.0.0"));
    auto missing = PackageArchive::file(bytes, QStringLiteral("package/none.js"), tarball);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, errc::registryArchive.toString());
    QVERIFY(missing.error().message.contains(u"package/none.js"));
    auto truncated = PackageArchive::file(bytes.left(bytes.size() / 2),
                                          QStringLiteral("package/package.json"),
                                          tarball);
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().source, tarball);
    QVERIFY(!PackageArchive::file("PK\3\4", QStringLiteral("package/package.json"), tarball));

    // The same token lines npm reads, with ${VAR} from the environment.
    qputenv("RD_TEST_NPM_TOKEN", "from-env");
    QCOMPARE(NpmCredentials::tokenInNpmrc("registry=http://127.0.0.1:4873/\n"
                                          "//127.0.0.1:4873/:_authToken=${RD_TEST_NPM_TOKEN}\n",
                                          QUrl(QStringLiteral("http://127.0.0.1:4873"))),
             QStringLiteral("from-env"));
    QVERIFY(NpmCredentials::tokenInNpmrc("//127.0.0.1:4874/:_authToken=other\n",
                                         QUrl(QStringLiteral("http://127.0.0.1:4873")))
                    .isEmpty());

    QCOMPARE(NpmPublishStep::defaultDistTag(*Version::parse(u"1.2.0")), QStringLiteral("latest"));
    QCOMPARE(NpmPublishStep::defaultDistTag(*Version::parse(u"2.0.0-beta.1")),
             QStringLiteral("beta"));
    QCOMPARE(NpmPublishStep::defaultDistTag(*Version::parse(u"2.0.0-1")), QStringLiteral("next"));

    // A tarball of another version than the release is refused when planning.
    auto wrong = NpmPublishStep::plan(QUrl(m_url), tarball, *Version::parse(u"1.1.0"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, errc::publishArtifact.toString());
    QVERIFY(wrong.error().message.contains(u"1.1.0"));
}

void TestNpmPublish::publishesThenNpmInstallsIt()
{
    const QString name = uniqueName("app");
    const QString tarball = pack(name, QStringLiteral("1.0.0"), QStringLiteral("first release"));
    QVERIFY(!tarball.isEmpty());
    ScratchRepository scratch;
    const QString repo = test::releaseRepository(scratch);
    // The token from the project's .npmrc, as npm itself would take it.
    QVERIFY(QFile::copy(m_npmrc, repo + QStringLiteral("/.npmrc")));

    auto run = release(repo, tarball);
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"token from .npmrc"), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"Verified"), qPrintable(run.output));

    // The real npm sees the very tarball: same integrity, and installs it.
    QFile file(tarball);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString integrity = NpmPublishStep::integrityOf(file.readAll());
    QByteArray out;
    QVERIFY(npm({QStringLiteral("view"),
                 name + QStringLiteral("@1.0.0"),
                 QStringLiteral("dist.integrity")},
                &out));
    QCOMPARE(QString::fromUtf8(out).trimmed(), integrity);
    QVERIFY(npm({QStringLiteral("view"), name, QStringLiteral("dist-tags.latest")}, &out));
    QCOMPARE(out.trimmed(), QByteArray("1.0.0"));
    const QString prefix = m_home.filePath(QStringLiteral("install-") + name.section(u'/', 1));
    QDir().mkpath(prefix);
    QVERIFY(npm({QStringLiteral("install"),
                 name + QStringLiteral("@1.0.0"),
                 QStringLiteral("--prefix"),
                 prefix},
                nullptr));
    QFile installed(prefix + QStringLiteral("/node_modules/") + name + QStringLiteral("/index.js"));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QVERIFY(installed.readAll().contains("first release"));

    // Asked again (a re-run, a resume): the registry has it, so the step is done, no upload.
    auto again = NpmPublishStep::plan(QUrl(m_url), tarball, *Version::parse(u"1.0.0"));
    RD_VERIFY_OK(again);
    StepContext context{scratch.repo(), nullptr, nullptr, nullptr, {}};
    auto done = (*again)->checkDone(context);
    RD_VERIFY_OK(done);
    QVERIFY(done->has_value());
    QCOMPARE((*done)->value(u"integrity").toString(), integrity);
}

void TestNpmPublish::killedAroundThePublishResumesToOneUpload_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("uploadedBeforeResume");
    // Step 1 is the tag, step 2 the publish.
    QTest::newRow("before the publish") << QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP") << false;
    QTest::newRow("after the upload, before the journal")
            << QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP") << true;
    QTest::newRow("after the journal") << QStringLiteral("RELEASEDESK_FAIL_AFTER_JOURNAL") << true;
}

void TestNpmPublish::killedAroundThePublishResumesToOneUpload()
{
    QFETCH(QString, variable);
    QFETCH(bool, uploadedBeforeResume);
    const QString name = uniqueName("resume");
    const QString tarball = pack(name, QStringLiteral("1.0.0"), QStringLiteral("resumed"));
    QVERIFY(!tarball.isEmpty());
    ScratchRepository scratch;
    const QString repo = test::releaseRepository(scratch);
    qputenv("NPM_TOKEN", m_token.toUtf8());

    QProcessEnvironment kill;
    kill.insert(variable, QStringLiteral("2"));
    auto killed = release(repo, tarball, kill);
    QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    const QJsonObject before = packument(name);
    QCOMPARE(before.value(u"versions").toVariant().toStringList().contains(u"1.0.0"),
             uploadedBeforeResume);

    auto resumed = test::runDriver({QStringLiteral("resume"),
                                    QStringLiteral("--repo"),
                                    repo,
                                    QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
    // Uploaded before the kill: the resume asked the registry and did not upload again.
    QCOMPARE(resumed.output.contains(u"Publishing"), !uploadedBeforeResume);
    const QJsonObject after = packument(name);
    QCOMPARE(after.value(u"versions").toVariant().toStringList(),
             QStringList{QStringLiteral("1.0.0")});
    if (uploadedBeforeResume)
        QCOMPARE(after.value(u"time").toObject().value(u"modified"),
                 before.value(u"time").toObject().value(u"modified"));
}

void TestNpmPublish::otherContentUnderThatVersionIsRefused()
{
    const QString name = uniqueName("conflict");
    const QString first = pack(name, QStringLiteral("1.0.0"), QStringLiteral("the original"));
    const QString other = pack(name, QStringLiteral("1.0.0"), QStringLiteral("something else"));
    QVERIFY(!first.isEmpty() && !other.isEmpty());
    ScratchRepository scratch;
    test::releaseRepository(scratch);
    qputenv("NPM_TOKEN", m_token.toUtf8());
    StepContext context{scratch.repo(), nullptr, nullptr, nullptr, {}};

    auto original = NpmPublishStep::plan(QUrl(m_url), first, std::nullopt);
    RD_VERIFY_OK(original);
    auto published = (*original)->execute(context);
    RD_VERIFY_OK(published);

    auto step = NpmPublishStep::plan(QUrl(m_url), other, std::nullopt);
    RD_VERIFY_OK(step);
    QVERIFY((*step)->data().integrity != (*original)->data().integrity);
    auto done = (*step)->checkDone(context);
    QVERIFY(!done);
    QCOMPARE(done.error().code, errc::publishConflict.toString());
    QVERIFY2(done.error().message.contains((*step)->data().integrity)
                     && done.error().message.contains((*original)->data().integrity),
             qPrintable(done.error().message));
    // Run anyway (as a runner that skipped the question would): the registry refuses, the
    // step says why with both digests, and the original stays.
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::publishConflict.toString());
    QByteArray out;
    QVERIFY(npm({QStringLiteral("view"),
                 name + QStringLiteral("@1.0.0"),
                 QStringLiteral("dist.integrity")},
                &out));
    QCOMPARE(QString::fromUtf8(out).trimmed(), (*original)->data().integrity);
}

void TestNpmPublish::preReleaseGoesToItsChannel()
{
    const QString name = uniqueName("channel");
    const QString stable = pack(name, QStringLiteral("1.0.0"), QStringLiteral("stable"));
    const QString beta = pack(name, QStringLiteral("2.0.0-beta.1"), QStringLiteral("beta"));
    ScratchRepository scratch;
    test::releaseRepository(scratch);
    qputenv("NPM_TOKEN", m_token.toUtf8());
    StepContext context{scratch.repo(), nullptr, nullptr, nullptr, {}};
    for (const QString &tarball : {stable, beta}) {
        auto step = NpmPublishStep::plan(QUrl(m_url), tarball, std::nullopt);
        RD_VERIFY_OK(step);
        RD_VERIFY_OK((*step)->execute(context));
    }
    const QJsonObject tags = packument(name).value(u"dist-tags").toObject();
    QCOMPARE(tags.value(u"latest").toString(), QStringLiteral("1.0.0"));
    QCOMPARE(tags.value(u"beta").toString(), QStringLiteral("2.0.0-beta.1"));
}

void TestNpmPublish::tokenFaultsSayWhatToDo()
{
    const QString name = uniqueName("token");
    const QString tarball = pack(name, QStringLiteral("1.0.0"), QStringLiteral("token"));
    ScratchRepository scratch;
    test::releaseRepository(scratch);
    StepContext context{scratch.repo(), nullptr, nullptr, nullptr, {}};
    auto step = NpmPublishStep::plan(QUrl(m_url), tarball, std::nullopt);
    RD_VERIFY_OK(step);

    // None at all: where to put one.
    auto none = (*step)->execute(context);
    QVERIFY(!none);
    QCOMPARE(none.error().code, errc::publishNoToken.toString());
    QVERIFY2(none.error().message.contains(u"NPM_TOKEN")
                     && none.error().message.contains(u".npmrc"),
             qPrintable(none.error().message));

    // One the registry does not know: refused, and the message names where it came from.
    qputenv("NPM_TOKEN", "not-a-token-of-this-registry");
    auto refused = (*step)->execute(context);
    QVERIFY(!refused);
    QVERIFY2(refused.error().is(errc::netUnauthorized) || refused.error().is(errc::netForbidden),
             qPrintable(refused.error().toString()));
    QVERIFY2(refused.error().message.contains(u"NPM_TOKEN"), qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(u"not-a-token-of-this-registry"));
    QVERIFY(packument(name).isEmpty()); // nothing was published
}

QTEST_GUILESS_MAIN(TestNpmPublish)
#include "tst_npmpublish.moc"
