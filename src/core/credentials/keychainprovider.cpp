// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainprovider.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

#include <qt6keychain/keychain.h>

namespace rd {

namespace {

QString keyFor(const QString &origin)
{
    return QStringLiteral("git:") + origin;
}

// What a finished qtkeychain job said.
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Runs a qtkeychain job to its end, or until the timeout. The job lives on the heap and deletes
// itself when it finishes, so one that outlives a timeout cannot call back into a dead frame.
JobOutcome runJobHere(QKeychain::Job *job, int timeoutMs)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome->text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec();
    return *outcome;
}

// qtkeychain's jobs leave work behind them (deferred deletes, queued calls, D-Bus replies of a
// job that timed out) for their thread's event loop. A pooled worker thread has no loop of its
// own: that work would run inside some later task's local loop, after what it refers to is
// gone. So every job is made and run on one thread kept for the keychain, whose loop runs for
// the life of the process; callers on other threads wait for it.
class KeychainThread
{
public:
    // Made on first use and stopped by the application object's destructor (a post routine),
    // while the thread's event dispatcher can still be told to quit; never a static
    // destructor's job, which runs when that is no longer so.
    static KeychainThread &instance()
    {
        static KeychainThread *thread = [] {
            auto *made = new KeychainThread;
            qAddPostRoutine([] { KeychainThread::instance().stop(); });
            return made;
        }();
        return *thread;
    }

    JobOutcome run(const std::function<QKeychain::Job *()> &make, int timeoutMs)
    {
        if (QThread::currentThread() == &m_thread)
            return runJobHere(make(), timeoutMs);
        if (!m_thread.isRunning())
            return {}; // the application is shutting down: not finished
        // The caller waits at most the timeout (and a little for the thread to get to it): a
        // keychain backend that blocks its thread must not hang the caller too. What the job
        // finds after that is dropped, so everything it uses is its own.
        struct Handoff
        {
            QSemaphore done;
            JobOutcome outcome;
        };
        auto handoff = std::make_shared<Handoff>();
        QMetaObject::invokeMethod(
                m_context,
                [handoff, make, timeoutMs] {
                    handoff->outcome = runJobHere(make(), timeoutMs);
                    handoff->done.release();
                },
                Qt::QueuedConnection);
        if (!handoff->done.tryAcquire(1, timeoutMs + 2000))
            return {};
        return handoff->outcome;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

public:
    void stop()
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    QObject *m_context = new QObject;
};

JobOutcome runJob(const std::function<QKeychain::Job *()> &make, int timeoutMs)
{
    return KeychainThread::instance().run(make, timeoutMs);
}

QString timeoutMessage(int timeoutMs)
{
    return QCoreApplication::translate(
                   "rd::credentials",
                   "The system keychain did not answer within %1 s. Check that a "
                   "keyring service is running and unlocked.")
            .arg(timeoutMs / 1000);
}

} // namespace

void KeychainProvider::shutdown()
{
    KeychainThread::instance().stop();
}

KeychainProvider::KeychainProvider(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

Result<std::optional<Credential>> KeychainProvider::fill(const CredentialRequest &request)
{
    const JobOutcome outcome = runJob(
            [service = m_service, key = keyFor(request.origin())] {
                auto *job = new QKeychain::ReadPasswordJob(service);
                job->setInsecureFallback(false);
                job->setKey(key);
                return job;
            },
            m_timeoutMs);
    if (!outcome.finished)
        return fail(errc::keychain, timeoutMessage(m_timeoutMs), request.origin());
    if (outcome.error == QKeychain::EntryNotFound)
        return std::optional<Credential>();
    if (outcome.error != QKeychain::NoError)
        return fail(errc::keychain,
                    QCoreApplication::translate("rd::credentials",
                                                "The system keychain could not be read (%1).")
                            .arg(outcome.errorString),
                    request.origin());
    const QJsonObject entry = QJsonDocument::fromJson(outcome.text.toUtf8()).object();
    Credential credential;
    credential.username = entry.value(QLatin1String("username")).toString();
    credential.secret = entry.value(QLatin1String("token")).toString();
    credential.provider = QStringLiteral("keychain");
    if (credential.secret.isEmpty())
        return std::optional<Credential>();
    if (!request.username.isEmpty() && !credential.username.isEmpty()
        && request.username != credential.username)
        return std::optional<Credential>(); // stored for another account on this server
    if (credential.username.isEmpty())
        credential.username = request.username.isEmpty() ? QStringLiteral("token")
                                                         : request.username;
    return std::optional<Credential>(credential);
}

Status KeychainProvider::store(const QString &origin, const QString &username, const QString &token)
{
    const QJsonObject entry{{QStringLiteral("username"), username},
                            {QStringLiteral("token"), token}};
    const QString text = QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    const JobOutcome outcome = runJob(
            [service = m_service, key = keyFor(origin), text] {
                auto *job = new QKeychain::WritePasswordJob(service);
                job->setInsecureFallback(false);
                job->setKey(key);
                job->setTextData(text);
                return job;
            },
            m_timeoutMs);
    if (!outcome.finished)
        return fail(errc::keychain, timeoutMessage(m_timeoutMs), origin);
    if (outcome.error != QKeychain::NoError)
        return fail(errc::keychain,
                    QCoreApplication::translate(
                            "rd::credentials",
                            "The token could not be saved in the system keychain (%1).")
                            .arg(outcome.errorString),
                    origin);
    return {};
}

Status KeychainProvider::erase(const QString &origin)
{
    const JobOutcome outcome = runJob(
            [service = m_service, key = keyFor(origin)] {
                auto *job = new QKeychain::DeletePasswordJob(service);
                job->setInsecureFallback(false);
                job->setKey(key);
                return job;
            },
            m_timeoutMs);
    if (!outcome.finished)
        return fail(errc::keychain, timeoutMessage(m_timeoutMs), origin);
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        return fail(errc::keychain,
                    QCoreApplication::translate(
                            "rd::credentials",
                            "The token could not be removed from the system keychain "
                            "(%1).")
                            .arg(outcome.errorString),
                    origin);
    return {};
}

} // namespace rd
