// SPDX-License-Identifier: GPL-3.0-or-later
// Releases pushed over ssh to a real sshd on 127.0.0.1 (started by the git_ssh fixture with a
// throwaway host key), the user key held by a throwaway ssh-agent, checked with the real git.
#include "drivertools.h"
#include "expectedcheck.h"
#include "releasescenario.h"

#include "git/error.h"
#include "git/library.h"
#include "git/references.h"
#include "release/preflight.h"
#include "release/releaserunner.h"
#include "release/tagcheck.h"
#include "util/fileio.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace rd;
using rd::test::ReleaseScenario;

namespace {

// What git-ssh-server.sh left in its state folder (RELEASEDESK_TEST_SSH).
struct SshServer
{
    QString state;
    QString port;
    QString user;

    bool load()
    {
        state = qEnvironmentVariable("RELEASEDESK_TEST_SSH");
        auto p = readFile(QDir(state).filePath(QStringLiteral("port")));
        auto u = readFile(QDir(state).filePath(QStringLiteral("user")));
        if (state.isEmpty() || !p || !u)
            return false;
        port = QString::fromUtf8(*p);
        user = QString::fromUtf8(*u);
        return true;
    }
    QString file(const QString &name) const { return QDir(state).filePath(name); }

    // A fresh bare repository's ssh URL and folder.
    QPair<QString, QString> newRepository() const
    {
        const QString folder = QDir(state).absoluteFilePath(
                QStringLiteral("repos/") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                + QStringLiteral(".git"));
        return {QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(user, port, folder), folder};
    }
};

// A throwaway ssh-agent in the foreground (-D), stopped with this object.
class Agent
{
public:
    ~Agent()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    bool start(const QString &key)
    {
        if (!m_dir.isValid())
            return false;
        socket = m_dir.filePath(QStringLiteral("agent.sock"));
        m_process.start(QStringLiteral("ssh-agent"),
                        {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        if (!m_process.waitForStarted(10000))
            return false;
        for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
            QTest::qWait(50);
        if (!QFile::exists(socket))
            return false;
        QProcess add;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral("ssh-add"), {key});
        return add.waitForFinished(10000) && add.exitStatus() == QProcess::NormalExit
               && add.exitCode() == 0;
    }

    QString socket;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// A release that asks no provider for passwords: ssh keys come from the agent.
std::shared_ptr<RemoteAccess> agentOnly()
{
    return std::make_shared<RemoteAccess>(
            [](const git::Repository &, const QString &) { return CredentialChain(); });
}

} // namespace

class TestSshPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseOverSsh();
    void killedDriverResumesOverSsh();
    void wrongKeyIsClearAndChangesNothing();
    void cleanup();

private:
    // The references the real git sees on the server (git ls-remote with the user key).
    std::optional<QMap<QString, QString>> lsRemote(const QString &url) const;

    SshServer m_server;
    QTemporaryDir m_home;
    std::optional<git::Library> m_library;
};

void TestSshPush::initTestCase()
{
    QVERIFY2(m_server.load(), "the git_ssh fixture did not start the server");
    QVERIFY(m_home.isValid());
    // Only the throwaway host key is known; libgit2 reads HOME when it starts, so set it first.
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".ssh")));
    auto hosts = readFile(m_server.file(QStringLiteral("known_hosts")));
    QVERIFY(hosts && !hosts->isEmpty());
    QVERIFY(writeFileAtomically(m_home.filePath(QStringLiteral(".ssh/known_hosts")), *hosts));
    qputenv("HOME", m_home.path().toUtf8());
    m_library.emplace();
}

void TestSshPush::cleanup()
{
    qunsetenv("SSH_AUTH_SOCK");
}

std::optional<QMap<QString, QString>> TestSshPush::lsRemote(const QString &url) const
{
    QProcess git;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    environment.insert(QStringLiteral("GIT_SSH_COMMAND"),
                       QStringLiteral("ssh -o BatchMode=yes -o IdentitiesOnly=yes "
                                      "-o UserKnownHostsFile=%1 -i %2")
                               .arg(m_server.file(QStringLiteral("known_hosts")),
                                    m_server.file(QStringLiteral("user_key"))));
    git.setProcessEnvironment(environment);
    git.start(QStringLiteral("git"), {QStringLiteral("ls-remote"), url});
    if (!git.waitForFinished(60000) || git.exitStatus() != QProcess::NormalExit
        || git.exitCode() != 0) {
        qWarning("git ls-remote failed: %s", git.readAllStandardError().constData());
        return std::nullopt;
    }
    QMap<QString, QString> refs;
    const QString out = QString::fromUtf8(git.readAllStandardOutput());
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u'\t');
        if (parts.size() == 2)
            refs.insert(parts.at(1), parts.at(0));
    }
    return refs;
}

void TestSshPush::releaseOverSsh()
{
    Agent agent;
    QVERIFY(agent.start(m_server.file(QStringLiteral("user_key"))));
    qputenv("SSH_AUTH_SOCK", agent.socket.toUtf8());
    const auto [url, folder] = m_server.newRepository();
    ReleaseScenario s(url, folder, agentOnly());
    QVERIFY2(s.isValid(), qPrintable(s.error()));

    // The pre-flight reaches the server over ssh and finds the tag free.
    PreflightContext context(s.repo());
    context.remote = QStringLiteral("origin");
    context.remotes = &s.remotes();
    context.tagName = QStringLiteral("v1.1.0");
    context.version = *Version::parse(u"1.1.0");
    const CheckResult free = TagCheck().run(context, nullptr);
    QVERIFY2(free.status == CheckResult::Status::Pass, qPrintable(free.message));

    auto plan = s.plan();
    RD_VERIFY_OK(plan);
    ReleaseRunner runner(s.repo(), {&s.remotes(), nullptr});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);

    // The real git over the real ssh sees the release commit and the tag.
    git::References refs(s.repo());
    const auto tag = *refs.target(QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(tag);
    const auto remote = lsRemote(url);
    QVERIFY(remote);
    QCOMPARE(remote->value(QStringLiteral("refs/heads/main")), s.local().head().toString());
    QCOMPARE(remote->value(QStringLiteral("refs/tags/v1.1.0")), tag->toString());
    QCOMPARE(remote->value(QStringLiteral("refs/tags/v1.1.0^{}")), s.local().head().toString());
}

void TestSshPush::killedDriverResumesOverSsh()
{
    Agent agent;
    QVERIFY(agent.start(m_server.file(QStringLiteral("user_key"))));
    qputenv("SSH_AUTH_SOCK", agent.socket.toUtf8());
    const auto [url, folder] = m_server.newRepository();
    ReleaseScenario s(url, folder, agentOnly());
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    const QStringList release{QStringLiteral("release"),
                              QStringLiteral("--repo"),
                              s.local().path(),
                              QStringLiteral("--version"),
                              QStringLiteral("1.1.0"),
                              QStringLiteral("--no-keychain")};
    // Another process, same agent: killed after the push, before the journal knows.
    QProcessEnvironment kill;
    kill.insert(QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP"), QStringLiteral("2"));
    const auto killed = rd::test::runDriver(release, kill);
    QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    auto repo = git::Repository::open(s.local().path());
    QVERIFY(repo);
    git::References refs(*repo);
    const auto tag = *refs.target(QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(tag);
    auto remote = lsRemote(url);
    QVERIFY(remote);
    QCOMPARE(remote->value(QStringLiteral("refs/tags/v1.1.0")), tag->toString());

    const auto resumed = rd::test::runDriver({QStringLiteral("resume"),
                                              QStringLiteral("--repo"),
                                              s.local().path(),
                                              QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("Already done: Push")),
             qPrintable(resumed.output));
    remote = lsRemote(url);
    QVERIFY(remote);
    QCOMPARE(remote->value(QStringLiteral("refs/tags/v1.1.0")), tag->toString());
}

void TestSshPush::wrongKeyIsClearAndChangesNothing()
{
    const auto [url, folder] = m_server.newRepository();
    std::optional<ReleaseScenario> scenario;
    {
        // The project and its remote are set up with the right key...
        Agent right;
        QVERIFY(right.start(m_server.file(QStringLiteral("user_key"))));
        qputenv("SSH_AUTH_SOCK", right.socket.toUtf8());
        scenario.emplace(url, folder, agentOnly());
        QVERIFY2(scenario->isValid(), qPrintable(scenario->error()));
    }
    ReleaseScenario &s = *scenario;
    // ...and released with an agent that holds only a key the server does not know.
    Agent wrong;
    QVERIFY(wrong.start(m_server.file(QStringLiteral("wrong_key"))));
    qputenv("SSH_AUTH_SOCK", wrong.socket.toUtf8());
    auto remotes = agentOnly();

    // The pre-flight says so before anything is done.
    PreflightContext context(s.repo());
    context.remote = QStringLiteral("origin");
    context.remotes = remotes.get();
    context.tagName = QStringLiteral("v1.1.0");
    context.version = *Version::parse(u"1.1.0");
    const CheckResult check = TagCheck().run(context, nullptr);
    QCOMPARE(check.status, CheckResult::Status::Fail);
    QVERIFY2(check.message.contains(QStringLiteral("ssh-agent")), qPrintable(check.message));

    // Run anyway: the push fails with git.auth, naming the remote and what to do.
    auto plan = s.plan();
    QVERIFY(plan);
    ReleaseRunner runner(s.repo(), {remotes.get(), nullptr});
    auto done = runner.run(*plan);
    QVERIFY(!done);
    QCOMPARE(done.error().code, git::errc::auth.toString());
    const QString message = done.error().message;
    QVERIFY2(message.contains(QStringLiteral("\"origin\"")), qPrintable(message));
    QVERIFY2(message.contains(url), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("ssh-add")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("refused every key")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("password")), qPrintable(message));

    // Nothing half done: the server has neither the tag nor the release commit.
    const auto remote = lsRemote(url);
    QVERIFY(remote);
    QVERIFY(!remote->contains(QStringLiteral("refs/tags/v1.1.0")));
    QCOMPARE(remote->value(QStringLiteral("refs/heads/main")), s.base().toString());

    // Abort needs no confirmation: the refused login changed nothing on the server.
    ReleaseRunner aborter(s.repo(), {remotes.get(), nullptr});
    auto aborted = aborter.abort(false);
    RD_VERIFY_OK(aborted);
    QCOMPARE(s.local().head(), s.base());
}

QTEST_GUILESS_MAIN(TestSshPush)
#include "tst_sshpush.moc"
