// SPDX-License-Identifier: GPL-3.0-or-later
// The OCI promote step against a real registry (Debian's docker-registry with bearer tokens
// from tests/servers/oci-registry on 127.0.0.1): a single-platform image and a multi-platform
// index are copied in as "sha-<commit>" by the real skopeo, the release driver promotes them,
// killed before, after and around the step and resumed, and the real skopeo reads every tag
// back. The registry's access log shows which requests the step made: manifests only, never a
// blob, and each tag PUT once. The exact version's tag holding another image is refused naming
// both digests; a floating tag elsewhere is moved; refused credentials have their messages.
// A fault proxy (fault-proxy.py) in front of the registry loses the answer of stored PUTs (500)
// or forbids the push (403).
#include "drivertools.h"
#include "expectedcheck.h"
#include "programrun.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"
#include "net/httpclient.h"
#include "publish/npmpublishstep.h"
#include "publish/ocipromotestep.h"
#include "publish/publishsteps.h"
#include "registry/ocidistribution.h"
#include "registry/registrytarget.h"
#include "release/stepcontext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rd;
using namespace Qt::StringLiterals;
using rd::test::ScratchRepository;

class TestOciPromote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void promotesAndResumes_data();
    void promotesAndResumes();
    void versionTagElsewhereIsRefused();
    void sourceThatNeverAppearsIsNamed();
    void refusedCredentialsSayWhatToDo();
    void lostAnswerOfAStoredPutIsCheckedAgain();
    void forbiddenPushSaysWhatToDo();

private:
    // A fresh repository on the registry ("rdtest/promote-1a2b3c4d").
    QString uniqueRepository() const;
    // Writes image TAG into the layout (make-image.py, or make-index.py over two images when
    // `index`); its digest.
    QString makeImage(const QString &tag, bool index);
    // Quiet: a failure is an answer (skopeo inspect of a tag that is not there).
    bool run(const QString &program,
             const QStringList &arguments,
             QByteArray *out = nullptr,
             bool quiet = false);
    // skopeo copy of the layout's `tag` to REPOSITORY:destTag.
    bool copyIn(const QString &tag, const QString &repository, const QString &destTag);
    // What the real skopeo reads under REPOSITORY:TAG: the sha256 of the raw manifest.
    QString digestSeen(const QString &repository, const QString &tag);
    // The registry's access-log lines of requests the step sent (user agent ReleaseDesk)
    // about `repository`.
    QStringList requestsFromUs(const QString &repository) const;
    QString releaseRepository(ScratchRepository &scratch);
    // fault-proxy.py in front of the registry (stopped by its process when this goes), a
    // repository holding the image `ci` as sha-<HEAD>, and a promote step for it to 1.0.0 and
    // latest through the proxy.
    struct Proxied
    {
        QProcess proxy;
        QString log; // the proxy's log of manifest PUTs
        QString repository;
        QString source; // its digest
        std::unique_ptr<OciPromoteStep> step;
        ~Proxied()
        {
            proxy.kill();
            proxy.waitForFinished();
        }
    };
    bool proxied(const QString &mode, ScratchRepository &scratch, Proxied &setup);
    test::DriverRun release(const QString &repo,
                            const QString &repository,
                            const QStringList &extra = {},
                            const QProcessEnvironment &environment = {});

    git::Library m_library;
    QTemporaryDir m_dir;
    QString m_state;
    QString m_url;  // http://127.0.0.1:PORT
    QString m_host; // 127.0.0.1:PORT
    QString m_credentials;
};

void TestOciPromote::initTestCase()
{
    registerPublishSteps();
    // The steps ask the system keychain first: never the user's own (tst_keychaintoken has a
    // private one); without a session bus that lookup fails at once and the step moves on.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    m_state = qEnvironmentVariable("RELEASEDESK_TEST_OCI");
    m_url = test::serverStateFile("RELEASEDESK_TEST_OCI", QStringLiteral("url"));
    QVERIFY2(!m_url.isEmpty(), "the OCI registry is not running: run the test through ctest");
    m_host = QUrl(m_url).authority();
    m_credentials = test::serverStateFile("RELEASEDESK_TEST_OCI", QStringLiteral("credentials"));
    QVERIFY(m_credentials.contains(u':'));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RELEASEDESK_DRIVER")));
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RELEASEDESK_OCI_TOOLS")
                              + QStringLiteral("/make-image.py")));
}

void TestOciPromote::init()
{
    qputenv("RELEASEDESK_OCI_USERNAME", m_credentials.section(u':', 0, 0).toUtf8());
    qputenv("RELEASEDESK_OCI_PASSWORD", m_credentials.section(u':', 1).toUtf8());
}

QString TestOciPromote::uniqueRepository() const
{
    return QStringLiteral("rdtest/promote-%1")
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool TestOciPromote::run(const QString &program,
                         const QStringList &arguments,
                         QByteArray *out,
                         bool quiet)
{
    const QByteArray output = test::programOutput(program, arguments, {}, quiet);
    if (out)
        *out = output;
    return !output.isNull();
}

QString TestOciPromote::makeImage(const QString &tag, bool index)
{
    const QString tools = qEnvironmentVariable("RELEASEDESK_OCI_TOOLS");
    const QString layout = m_dir.filePath(QStringLiteral("layout"));
    const auto image = [&](const QString &name) {
        QByteArray out;
        run(QStringLiteral("python3"),
            {tools + QStringLiteral("/make-image.py"),
             layout,
             name,
             QStringLiteral("2026-04-01T10:00:00Z"),
             name + QString::number(QRandomGenerator::global()->generate())},
            &out);
        return QString::fromUtf8(out).trimmed();
    };
    if (!index)
        return image(tag);
    image(tag + QStringLiteral("-amd64"));
    image(tag + QStringLiteral("-arm64"));
    QByteArray out;
    run(QStringLiteral("python3"),
        {tools + QStringLiteral("/make-index.py"),
         layout,
         tag,
         tag + QStringLiteral("-amd64"),
         tag + QStringLiteral("-arm64")},
        &out);
    return QString::fromUtf8(out).trimmed();
}

bool TestOciPromote::copyIn(const QString &tag, const QString &repository, const QString &destTag)
{
    return run(QStringLiteral("skopeo"),
               {QStringLiteral("--insecure-policy"),
                QStringLiteral("copy"),
                QStringLiteral("--quiet"),
                QStringLiteral("--all"),
                QStringLiteral("--dest-tls-verify=false"),
                QStringLiteral("--dest-creds"),
                m_credentials,
                QStringLiteral("oci:%1:%2").arg(m_dir.filePath(QStringLiteral("layout")), tag),
                QStringLiteral("docker://%1/%2:%3").arg(m_host, repository, destTag)});
}

QString TestOciPromote::digestSeen(const QString &repository, const QString &tag)
{
    QByteArray raw;
    if (!run(QStringLiteral("skopeo"),
             {QStringLiteral("inspect"),
              QStringLiteral("--raw"),
              QStringLiteral("--tls-verify=false"),
              QStringLiteral("--creds"),
              m_credentials,
              QStringLiteral("docker://%1/%2:%3").arg(m_host, repository, tag)},
             &raw,
             true))
        return {};
    return OciDistribution::digestOf(raw);
}

QStringList TestOciPromote::requestsFromUs(const QString &repository) const
{
    QFile log(m_state + QStringLiteral("/server.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    // The access log: 127.0.0.1 - - [time] "PUT /v2/REPO/manifests/TAG HTTP/1.1" 201 0 "" "UA"
    const QRegularExpression line(QStringLiteral("\"([A-Z]+) /v2/%1/(\\S+) HTTP/[0-9.]+\" "
                                                 "([0-9]+) .*\"ReleaseDesk\"$")
                                          .arg(QRegularExpression::escape(repository)));
    QStringList requests;
    for (const QByteArray &text : log.readAll().split('\n')) {
        const auto match = line.match(QString::fromUtf8(text));
        if (match.hasMatch())
            requests.append(match.captured(1) + u' ' + match.captured(2) + u' '
                            + match.captured(3));
    }
    return requests;
}

QString TestOciPromote::releaseRepository(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: the first feature"),
                   {{QStringLiteral("README.md"), QByteArray("scratch\n")}});
    QFile config(scratch.path() + QStringLiteral("/.git/config"));
    if (config.open(QIODevice::Append))
        config.write("[user]\n\tname = Release Test\n\temail = release@example.com\n");
    return scratch.path();
}

test::DriverRun TestOciPromote::release(const QString &repo,
                                        const QString &repository,
                                        const QStringList &extra,
                                        const QProcessEnvironment &environment)
{
    return test::runDriver(QStringList{QStringLiteral("release"),
                                       QStringLiteral("--repo"),
                                       repo,
                                       QStringLiteral("--version"),
                                       QStringLiteral("1.0.0"),
                                       QStringLiteral("--no-push"),
                                       QStringLiteral("--no-keychain"),
                                       QStringLiteral("--oci-image"),
                                       m_url + u'/' + repository,
                                       QStringLiteral("--oci-source"),
                                       QStringLiteral("sha-{commit}"),
                                       QStringLiteral("--oci-tags"),
                                       QStringLiteral("1.0.0,1.0,1,latest"),
                                       QStringLiteral("--oci-version-tag"),
                                       QStringLiteral("1.0.0")}
                                   + extra,
                           environment);
}

void TestOciPromote::promotesAndResumes_data()
{
    QTest::addColumn<bool>("index");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("promotedBeforeResume");
    // Step 1 is the tag, step 2 the promote.
    for (const bool index : {false, true}) {
        const char *kind = index ? "index" : "image";
        QTest::addRow("%s, not killed", kind) << index << QString() << true;
        QTest::addRow("%s, killed before the step", kind)
                << index << QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP") << false;
        QTest::addRow("%s, killed after the step, before the journal", kind)
                << index << QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP") << true;
        QTest::addRow("%s, killed after the journal", kind)
                << index << QStringLiteral("RELEASEDESK_FAIL_AFTER_JOURNAL") << true;
    }
}

void TestOciPromote::promotesAndResumes()
{
    QFETCH(bool, index);
    QFETCH(QString, variable);
    QFETCH(bool, promotedBeforeResume);
    ScratchRepository scratch;
    const QString repo = releaseRepository(scratch);
    const QString commit = scratch.repo().headId()->toString();
    const QString repository = uniqueRepository();
    // CI pushed the image under the full id for the single image, under the short id for the
    // index (the step tries both); `latest` holds an older image and must move.
    const QString source = makeImage(QStringLiteral("ci"), index);
    const QString older = makeImage(QStringLiteral("older"), false);
    QVERIFY(!source.isEmpty() && !older.isEmpty());
    QVERIFY(copyIn(QStringLiteral("ci"),
                   repository,
                   QStringLiteral("sha-") + (index ? commit.left(7) : commit)));
    QVERIFY(copyIn(QStringLiteral("older"), repository, QStringLiteral("latest")));
    QCOMPARE(digestSeen(repository, QStringLiteral("latest")), older);

    QProcessEnvironment kill;
    if (!variable.isEmpty())
        kill.insert(variable, QStringLiteral("2"));
    auto first = release(repo, repository, {}, kill);
    if (variable.isEmpty()) {
        QVERIFY2(!first.crashed && first.exitCode == 0, qPrintable(first.output));
        QVERIFY2(first.output.contains(u"Verified"), qPrintable(first.output));
    } else {
        QVERIFY2(first.crashed || first.exitCode != 0, qPrintable(first.output));
        QCOMPARE(digestSeen(repository, QStringLiteral("1.0.0")).isEmpty(), !promotedBeforeResume);
        auto resumed = test::runDriver({QStringLiteral("resume"),
                                        QStringLiteral("--repo"),
                                        repo,
                                        QStringLiteral("--no-keychain")});
        QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
        // Promoted before the kill: the resume asked the registry and stored nothing again.
        QCOMPARE(resumed.output.contains(u"Tagging"), !promotedBeforeResume);
    }

    for (const QString &tag : QStringList{u"1.0.0"_s, u"1.0"_s, u"1"_s, u"latest"_s})
        QCOMPARE(digestSeen(repository, tag), source);
    // What the step sent: each tag PUT once (201), no blob read or written.
    const QStringList requests = requestsFromUs(repository);
    QVERIFY2(!requests.isEmpty(), "the registry's access log shows no request of ours");
    const QStringList puts = requests.filter(QRegularExpression(QStringLiteral("^PUT .* 201$")));
    QCOMPARE(puts.size(), 4);
    for (const QString &tag : QStringList{u"1.0.0"_s, u"1.0"_s, u"1"_s, u"latest"_s})
        QCOMPARE(puts.filter(QStringLiteral("manifests/%1 ").arg(tag)).size(), 1);
    QVERIFY2(requests.filter(QStringLiteral("blobs/")).isEmpty(),
             qPrintable(requests.filter(QStringLiteral("blobs/")).join(u'\n')));
}

void TestOciPromote::versionTagElsewhereIsRefused()
{
    ScratchRepository scratch;
    const QString repo = releaseRepository(scratch);
    const QString commit = scratch.repo().headId()->toString();
    const QString repository = uniqueRepository();
    const QString source = makeImage(QStringLiteral("ci"), false);
    const QString other = makeImage(QStringLiteral("other"), false);
    QVERIFY(copyIn(QStringLiteral("ci"), repository, QStringLiteral("sha-") + commit));
    QVERIFY(copyIn(QStringLiteral("other"), repository, QStringLiteral("1.0.0")));
    QVERIFY(copyIn(QStringLiteral("other"), repository, QStringLiteral("latest")));

    auto run = release(repo, repository);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(errc::publishConflict.toString()), qPrintable(run.output));
    QVERIFY2(run.output.contains(source) && run.output.contains(other), qPrintable(run.output));
    // Nothing moved, not even the floating tags: the version tag is asked first.
    QCOMPARE(digestSeen(repository, QStringLiteral("1.0.0")), other);
    QCOMPARE(digestSeen(repository, QStringLiteral("latest")), other);
    QVERIFY(digestSeen(repository, QStringLiteral("1.0")).isEmpty());
    QVERIFY(requestsFromUs(repository).filter(QStringLiteral("PUT ")).isEmpty());
}

void TestOciPromote::sourceThatNeverAppearsIsNamed()
{
    ScratchRepository scratch;
    const QString repo = releaseRepository(scratch);
    const QString commit = scratch.repo().headId()->toString();
    const QString repository = uniqueRepository();
    QElapsedTimer timer;
    timer.start();
    auto run = release(repo,
                       repository,
                       {QStringLiteral("--oci-source-timeout-ms"), QStringLiteral("2000")});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(timer.elapsed() >= 2000); // it waited for CI
    QVERIFY2(run.output.contains(errc::publishArtifact.toString())
                     && run.output.contains(m_host + u'/' + repository)
                     && run.output.contains(QStringLiteral("sha-") + commit)
                     && run.output.contains(QStringLiteral("sha-") + commit.left(7)),
             qPrintable(run.output));

    // CI pushes it late: resuming promotes it.
    const QString source = makeImage(QStringLiteral("late"), false);
    QVERIFY(copyIn(QStringLiteral("late"), repository, QStringLiteral("sha-") + commit));
    auto resumed = test::runDriver({QStringLiteral("resume"),
                                    QStringLiteral("--repo"),
                                    repo,
                                    QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
    QCOMPARE(digestSeen(repository, QStringLiteral("latest")), source);
}

void TestOciPromote::refusedCredentialsSayWhatToDo()
{
    ScratchRepository scratch;
    releaseRepository(scratch);
    const QString commit = scratch.repo().headId()->toString();
    const QString repository = uniqueRepository();
    const QString source = makeImage(QStringLiteral("ci"), false);
    QVERIFY(copyIn(QStringLiteral("ci"), repository, QStringLiteral("sha-") + commit));
    RegistryTarget target;
    target.type = RegistryTarget::Type::Oci;
    target.url = QUrl(m_url);
    target.package = repository;
    auto step = OciPromoteStep::plan(target,
                                     QStringLiteral("sha-") + commit,
                                     {QStringLiteral("1.0.0"), QStringLiteral("latest")},
                                     QStringLiteral("1.0.0"));
    RD_VERIFY_OK(step);
    StepContext context{scratch.repo(), nullptr, nullptr, nullptr, {}};

    // Anonymous: the registry reads, but refuses the push (HTTP 401, insufficient scope).
    qunsetenv("RELEASEDESK_OCI_USERNAME");
    qunsetenv("RELEASEDESK_OCI_PASSWORD");
    auto anonymous = (*step)->execute(context);
    QVERIFY(!anonymous);
    QCOMPARE(anonymous.error().code, errc::netUnauthorized.toString());
    QVERIFY2(anonymous.error().message.contains(u"anonymous")
                     && anonymous.error().message.contains(u"RELEASEDESK_OCI_USERNAME"),
             qPrintable(anonymous.error().message));

    // A wrong password: the token service refuses it; the password never shows.
    qputenv("RELEASEDESK_OCI_USERNAME", m_credentials.section(u':', 0, 0).toUtf8());
    qputenv("RELEASEDESK_OCI_PASSWORD", "not-the-password-0451");
    auto wrong = (*step)->execute(context);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, errc::netUnauthorized.toString());
    QVERIFY2(wrong.error().message.contains(u"HTTP 401")
                     && wrong.error().message.contains(u"RELEASEDESK_OCI_PASSWORD"),
             qPrintable(wrong.error().message));
    QVERIFY(!wrong.error().toString().contains(u"not-the-password-0451"));
    QVERIFY(digestSeen(repository, QStringLiteral("1.0.0")).isEmpty());
    QVERIFY(digestSeen(repository, QStringLiteral("latest")).isEmpty());
}

bool TestOciPromote::proxied(const QString &mode, ScratchRepository &scratch, Proxied &setup)
{
    const QString portFile = m_dir.filePath(mode + QStringLiteral("-proxy.port"));
    setup.log = portFile + QStringLiteral(".log");
    setup.proxy.start(QStringLiteral("python3"),
                      {qEnvironmentVariable("RELEASEDESK_OCI_TOOLS")
                               + QStringLiteral("/fault-proxy.py"),
                       m_url,
                       mode,
                       portFile});
    QFile port(portFile);
    for (int i = 0; i < 300 && !port.exists(); ++i)
        QThread::msleep(50);
    if (!port.open(QIODevice::ReadOnly)) {
        qWarning("fault-proxy.py did not start: %s",
                 setup.proxy.readAllStandardError().constData());
        return false;
    }
    releaseRepository(scratch);
    const QString commit = scratch.repo().headId()->toString();
    setup.repository = uniqueRepository();
    setup.source = makeImage(QStringLiteral("ci"), false);
    if (setup.source.isEmpty()
        || !copyIn(QStringLiteral("ci"), setup.repository, u"sha-"_s + commit))
        return false;
    RegistryTarget target;
    target.type = RegistryTarget::Type::Oci;
    target.url = QUrl(u"http://127.0.0.1:"_s + QString::fromLatin1(port.readAll().trimmed()));
    target.package = setup.repository;
    auto step = OciPromoteStep::plan(target,
                                     u"sha-"_s + commit,
                                     {u"1.0.0"_s, u"latest"_s},
                                     u"1.0.0"_s);
    if (!step)
        return false;
    setup.step = std::move(*step);
    return true;
}

void TestOciPromote::lostAnswerOfAStoredPutIsCheckedAgain()
{
    ScratchRepository scratch;
    Proxied setup;
    QVERIFY(proxied(u"stored-500"_s, scratch, setup));
    StepContext context{scratch.repo(), nullptr, nullptr, nullptr, {}};
    auto done = setup.step->execute(context);
    RD_VERIFY_OK(done);
    QCOMPARE(done->value(u"digest").toString(), setup.source);
    // Each PUT was stored and answered 500; the step asked, found it, and did not PUT again.
    QFile file(setup.log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // (The first PUT, without a token, gets the registry's 401 challenge.)
    const QStringList puts = QString::fromUtf8(file.readAll())
                                     .trimmed()
                                     .split(u'\n')
                                     .filter(QRegularExpression(u" 201 500$|^PUT .* 201 201$"_s));
    QCOMPARE(puts,
             (QStringList{u"PUT /v2/%1/manifests/1.0.0 201 500"_s.arg(setup.repository),
                          u"PUT /v2/%1/manifests/latest 201 500"_s.arg(setup.repository)}));
    QCOMPARE(digestSeen(setup.repository, u"1.0.0"_s), setup.source);
    QCOMPARE(digestSeen(setup.repository, u"latest"_s), setup.source);
}

void TestOciPromote::forbiddenPushSaysWhatToDo()
{
    ScratchRepository scratch;
    Proxied setup;
    QVERIFY(proxied(u"forbid"_s, scratch, setup));
    StepContext context{scratch.repo(), nullptr, nullptr, nullptr, {}};
    auto refused = setup.step->execute(context);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, errc::netForbidden.toString());
    QVERIFY2(refused.error().message.contains(u"HTTP 403")
                     && refused.error().message.contains(u"RELEASEDESK_OCI_USERNAME")
                     && refused.error().message.contains(u"push rights"),
             qPrintable(refused.error().message));
    QVERIFY(digestSeen(setup.repository, u"1.0.0"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestOciPromote)
#include "tst_ocipromote.moc"
