// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialhelperprovider.h"

#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

namespace rd {

namespace {

constexpr int helperTimeoutMs = 60000;

// True when the URL in a credential.<url>.* key applies to the request, as git's URL matching
// does for the common cases: same scheme and host, and the key's path a prefix of the request's.
bool urlMatches(const QString &pattern, const CredentialRequest &request)
{
    const CredentialRequest key = CredentialRequest::fromUrl(pattern);
    if (key.protocol != request.protocol)
        return false;
    if (key.host.compare(request.host, Qt::CaseInsensitive) != 0)
        return false;
    if (!key.username.isEmpty() && key.username != request.username)
        return false;
    return key.path.isEmpty() || request.path.startsWith(key.path);
}

QString helperCommand(const QString &helper)
{
    if (helper.startsWith(u'!'))
        return helper.mid(1);
    if (QDir::isAbsolutePath(helper))
        return helper;
    return QStringLiteral("git-credential-") + helper;
}

} // namespace

CredentialHelperProvider::CredentialHelperProvider(QStringList helpers,
                                                   bool useHttpPath,
                                                   QString defaultUsername)
    : m_helpers(std::move(helpers))
    , m_useHttpPath(useHttpPath)
    , m_defaultUsername(std::move(defaultUsername))
{}

CredentialHelperProvider CredentialHelperProvider::fromConfig(const git::Repository &repository,
                                                              const QString &url)
{
    const CredentialRequest request = CredentialRequest::fromUrl(url);
    auto config = repository.config();
    if (!config)
        return CredentialHelperProvider({});
    auto found = config->entries(QStringLiteral("^credential\\..*"));
    if (!found)
        return CredentialHelperProvider({});
    struct Entry
    {
        int level;
        QString key; // helper, usehttppath, username
        QString value;
    };
    QList<Entry> entries;
    for (const git::ConfigEntry &entry : std::as_const(*found)) {
        // credential.<key> or credential.<url>.<key>; the URL keeps its case and dots.
        const QString rest = entry.name.mid(int(qstrlen("credential.")));
        const qsizetype dot = rest.lastIndexOf(u'.');
        const QString key = (dot < 0 ? rest : rest.mid(dot + 1)).toLower();
        if (dot >= 0 && !urlMatches(rest.left(dot), request))
            continue;
        entries.append(Entry{entry.level, key, entry.value});
    }
    // libgit2 lists the most specific level first; git applies system, global, then local.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.level < b.level;
    });
    QStringList helpers;
    bool useHttpPath = false;
    QString username;
    for (const Entry &entry : entries) {
        if (entry.key == u"helper") {
            if (entry.value.isEmpty())
                helpers.clear();
            else
                helpers.append(entry.value);
        } else if (entry.key == u"usehttppath") {
            const QString v = entry.value.toLower();
            useHttpPath = v == u"true" || v == u"yes" || v == u"on" || v == u"1";
        } else if (entry.key == u"username") {
            username = entry.value;
        }
    }
    return CredentialHelperProvider(helpers, useHttpPath, username);
}

QByteArray CredentialHelperProvider::describe(const CredentialRequest &request,
                                              const Credential *credential) const
{
    QByteArray text = "protocol=" + request.protocol.toUtf8() + "\nhost=" + request.host.toUtf8()
                      + '\n';
    if (m_useHttpPath && !request.path.isEmpty())
        text += "path=" + request.path.toUtf8() + '\n';
    QString username = credential ? credential->username : request.username;
    if (username.isEmpty())
        username = m_defaultUsername;
    if (!username.isEmpty())
        text += "username=" + username.toUtf8() + '\n';
    if (credential)
        text += "password=" + credential->secret.toUtf8() + '\n';
    return text + '\n';
}

Result<CredentialHelperProvider::Answer> CredentialHelperProvider::run(
        const QString &helper,
        const QString &action,
        const CredentialRequest &request,
        const Credential *credential) const
{
    const QString command = helperCommand(helper);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList path = environment.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
    if (environment.contains(QStringLiteral("GIT_EXEC_PATH")))
        path.append(environment.value(QStringLiteral("GIT_EXEC_PATH")));
#ifdef RELEASEDESK_GIT_EXEC_PATH
    path.append(QStringLiteral(RELEASEDESK_GIT_EXEC_PATH));
#endif
    environment.insert(QStringLiteral("PATH"), path.join(u':'));
    // A helper must never wait for a terminal the user cannot see.
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    // As git does: the helper text is shell code, the action its first argument.
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), command + QStringLiteral(" \"$@\""), command, action});
    if (!process.waitForStarted(helperTimeoutMs))
        return fail(errc::credentialHelper,
                    QCoreApplication::translate(
                            "rd::credentials",
                            "the credential helper \"%1\" could not be started (%2)")
                            .arg(helper, process.errorString()));
    process.write(describe(request, credential));
    process.closeWriteChannel();
    if (!process.waitForFinished(helperTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(errc::credentialHelper,
                    QCoreApplication::translate(
                            "rd::credentials",
                            "the credential helper \"%1\" did not answer within %2 s")
                            .arg(helper)
                            .arg(helperTimeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return fail(errc::credentialHelper,
                    QCoreApplication::translate("rd::credentials",
                                                "the credential helper \"%1\" failed (exit %2%3)")
                            .arg(helper)
                            .arg(process.exitCode())
                            .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err));
    }
    Answer answer;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "username")
            answer.username = value;
        else if (key == "password")
            answer.password = value;
        else if (key == "quit")
            answer.quit = value == u"1" || value == u"true";
    }
    return answer;
}

Result<std::optional<Credential>> CredentialHelperProvider::fill(const CredentialRequest &request)
{
    CredentialRequest current = request;
    if (current.username.isEmpty())
        current.username = m_defaultUsername;
    QStringList problems;
    for (const QString &helper : m_helpers) {
        auto answer = run(helper, QStringLiteral("get"), current, nullptr);
        if (!answer) {
            problems.append(answer.error().message);
            continue;
        }
        if (!answer->username.isEmpty())
            current.username = answer->username;
        if (!answer->password.isEmpty() && !current.username.isEmpty())
            return std::optional<Credential>(
                    Credential{current.username,
                               answer->password,
                               QCoreApplication::translate("rd::credentials",
                                                           "credential helper")});
        if (answer->quit)
            break;
    }
    if (!problems.isEmpty())
        return fail(errc::credentialHelper, problems.join(QStringLiteral("; ")));
    return std::optional<Credential>();
}

void CredentialHelperProvider::approve(const CredentialRequest &request,
                                       const Credential &credential)
{
    for (const QString &helper : m_helpers)
        (void) run(helper, QStringLiteral("store"), request, &credential);
}

void CredentialHelperProvider::reject(const CredentialRequest &request,
                                      const Credential &credential)
{
    for (const QString &helper : m_helpers)
        (void) run(helper, QStringLiteral("erase"), request, &credential);
}

} // namespace rd
