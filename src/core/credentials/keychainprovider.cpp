// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainprovider.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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
JobOutcome runJob(QKeychain::Job *job, int timeoutMs)
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

QString timeoutMessage(int timeoutMs)
{
    return QCoreApplication::translate(
                   "rd::credentials",
                   "The system keychain did not answer within %1 s. Check that a "
                   "keyring service is running and unlocked.")
            .arg(timeoutMs / 1000);
}

} // namespace

KeychainProvider::KeychainProvider(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

Result<std::optional<Credential>> KeychainProvider::fill(const CredentialRequest &request)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(keyFor(request.origin()));
    const JobOutcome outcome = runJob(job, m_timeoutMs);
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
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(keyFor(origin));
    const QJsonObject entry{{QStringLiteral("username"), username},
                            {QStringLiteral("token"), token}};
    job->setTextData(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    const JobOutcome outcome = runJob(job, m_timeoutMs);
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
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(keyFor(origin));
    const JobOutcome outcome = runJob(job, m_timeoutMs);
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
