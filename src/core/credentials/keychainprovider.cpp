// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainprovider.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace rd {

namespace {

QString keyFor(const QString &origin)
{
    return QStringLiteral("git:") + origin;
}

// Runs a qtkeychain job to its end; false when it did not finish in time.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

QString timeoutMessage(int timeoutMs)
{
    return QStringLiteral("The system keychain did not answer within %1 s. Check that a "
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
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keyFor(request.origin()));
    if (!runJob(job, m_timeoutMs))
        return fail(errc::keychain, timeoutMessage(m_timeoutMs), request.origin());
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<Credential>();
    if (job.error() != QKeychain::NoError)
        return fail(errc::keychain,
                    QStringLiteral("The system keychain could not be read (%1).")
                            .arg(job.errorString()),
                    request.origin());
    const QJsonObject entry = QJsonDocument::fromJson(job.textData().toUtf8()).object();
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
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keyFor(origin));
    const QJsonObject entry{{QStringLiteral("username"), username},
                            {QStringLiteral("token"), token}};
    job.setTextData(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    if (!runJob(job, m_timeoutMs))
        return fail(errc::keychain, timeoutMessage(m_timeoutMs), origin);
    if (job.error() != QKeychain::NoError)
        return fail(errc::keychain,
                    QStringLiteral("The token could not be saved in the system keychain (%1).")
                            .arg(job.errorString()),
                    origin);
    return {};
}

Status KeychainProvider::erase(const QString &origin)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keyFor(origin));
    if (!runJob(job, m_timeoutMs))
        return fail(errc::keychain, timeoutMessage(m_timeoutMs), origin);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(errc::keychain,
                    QStringLiteral("The token could not be removed from the system keychain "
                                   "(%1).")
                            .arg(job.errorString()),
                    origin);
    return {};
}

} // namespace rd
