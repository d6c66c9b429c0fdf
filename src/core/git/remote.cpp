// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote.h"

#include "git/error.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include <git2/credential.h>
#include <git2/errors.h>
#include <git2/strarray.h>

namespace git {

namespace {

// Shared between one libgit2 network call and its C callbacks.
struct CallState
{
    explicit CallState(const RemoteCallbacks &c)
        : callbacks(c)
    {}
    const RemoteCallbacks &callbacks;
    int attempts = 0;
    bool sshAsked = false; // the server wanted an ssh key
    bool credentialsExhausted = false;
    bool cancelled = false;
    QStringList rejected;
};

bool checkCancel(CallState *state)
{
    if (rd::cancelled(state->callbacks.progress)) {
        state->cancelled = true;
        return true;
    }
    return false;
}

int onCredentials(git_credential **out,
                  const char *url,
                  const char *usernameFromUrl,
                  unsigned int allowedTypes,
                  void *payload)
{
    auto *state = static_cast<CallState *>(payload);
    if (checkCancel(state))
        return GIT_EUSER;
    CredentialQuery query;
    query.url = QString::fromUtf8(url);
    query.usernameFromUrl = usernameFromUrl ? QString::fromUtf8(usernameFromUrl) : QString();
    query.acceptsUserPass = allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT;
    query.acceptsSshKey = allowedTypes & GIT_CREDENTIAL_SSH_KEY;
    query.acceptsUsername = allowedTypes & GIT_CREDENTIAL_USERNAME;
    query.attempt = state->attempts++;
    if (query.acceptsSshKey)
        state->sshAsked = true;
    std::optional<CredentialAnswer> answer;
    if (state->callbacks.credentials)
        answer = state->callbacks.credentials(query);
    if (checkCancel(state))
        return GIT_EUSER;
    if (!answer) {
        state->credentialsExhausted = true;
        git_error_set_str(GIT_ERROR_NET, "no more credentials to try");
        return GIT_EAUTH;
    }
    const QByteArray user = answer->username.toUtf8();
    switch (answer->kind) {
    case CredentialAnswer::Kind::UserPass:
        return git_credential_userpass_plaintext_new(out,
                                                     user.constData(),
                                                     answer->password.toUtf8().constData());
    case CredentialAnswer::Kind::SshAgent:
        return git_credential_ssh_key_from_agent(out, user.constData());
    case CredentialAnswer::Kind::Username:
        return git_credential_username_new(out, user.constData());
    }
    return GIT_EAUTH;
}

int onTransfer(const git_indexer_progress *stats, void *payload)
{
    auto *state = static_cast<CallState *>(payload);
    if (checkCancel(state))
        return -1;
    if (rd::Progress *progress = state->callbacks.progress)
        progress->report(qint64(stats->received_objects),
                         qint64(stats->total_objects),
                         QCoreApplication::translate("rd::git", "Receiving objects"));
    return 0;
}

int onPushTransfer(unsigned int current, unsigned int total, size_t, void *payload)
{
    auto *state = static_cast<CallState *>(payload);
    if (checkCancel(state))
        return -1;
    if (rd::Progress *progress = state->callbacks.progress)
        progress->report(current, total, QCoreApplication::translate("rd::git", "Writing objects"));
    return 0;
}

int onSideband(const char *text, int length, void *payload)
{
    auto *state = static_cast<CallState *>(payload);
    if (checkCancel(state))
        return -1;
    if (rd::Progress *progress = state->callbacks.progress) {
        const QString lines = QString::fromUtf8(text, length);
        for (const QString &line :
             lines.split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts))
            progress->log(QStringLiteral("remote: ") + line);
    }
    return 0;
}

int onPushUpdate(const char *refname, const char *status, void *payload)
{
    auto *state = static_cast<CallState *>(payload);
    if (status)
        state->rejected.append(QString::fromUtf8(refname) + u" (" + QString::fromUtf8(status)
                               + u')');
    return 0;
}

git_remote_callbacks toGit(CallState &state)
{
    git_remote_callbacks raw = GIT_REMOTE_CALLBACKS_INIT;
    raw.credentials = onCredentials;
    raw.transfer_progress = onTransfer;
    raw.push_transfer_progress = onPushTransfer;
    raw.sideband_progress = onSideband;
    raw.push_update_reference = onPushUpdate;
    raw.payload = &state;
    return raw;
}

// The URL without a password, for messages.
QString displayUrl(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return url;
    return parsed.toString(QUrl::RemovePassword);
}

// "origin (URL)" for a named remote, the URL alone for an anonymous one.
QString remoteLabel(const QString &name, const QString &where)
{
    return name.isEmpty() ? where : QStringLiteral("\"%1\" (%2)").arg(name, where);
}

rd::Error failure(int rc,
                  const CallState &state,
                  const QString &what,
                  const QString &name,
                  const QString &url)
{
    const QString where = displayUrl(url);
    if (state.cancelled)
        return rd::Error{rd::errc::cancelled.toString(),
                         what
                                 + QCoreApplication::translate(
                                         "rd::git",
                                         " was cancelled; nothing was changed on the server "
                                         "by this step."),
                         where};
    if (state.credentialsExhausted || rc == GIT_EAUTH) {
        QString reason = state.callbacks.credentialsError ? state.callbacks.credentialsError()
                                                          : QString();
        if (reason.isEmpty())
            reason = QCoreApplication::translate("rd::git", "no credentials were available");
        if (state.sshAsked)
            return rd::Error{
                    errc::auth.toString(),
                    QCoreApplication::translate("rd::git",
                                                "%1 failed: the ssh server of remote %2 did not "
                                                "accept any key (%3). Load the key this server "
                                                "accepts into ssh-agent (`ssh-add PATH-TO-KEY`; "
                                                "`ssh-add -l` lists the loaded ones) and check the "
                                                "user name in the URL, then try again.")
                            .arg(what, remoteLabel(name, where), reason),
                    where};
        return rd::Error{
                errc::auth.toString(),
                QCoreApplication::translate("rd::git",
                                            "%1 failed: the server did not accept the credentials "
                                            "(%2). Check the user name and password or token for "
                                            "this server, then try again.")
                        .arg(what, reason),
                where};
    }
    rd::Error e = error(rc, what + QCoreApplication::translate("rd::git", " failed"), where);
    // HTTP servers answer a refused password with 401 again, which libgit2 reports as a
    // generic error after the callback ran out of answers.
    if (state.attempts > 0 && e.message.contains(QLatin1String("authentication")))
        e.code = errc::auth.toString();
    return e;
}

// A URL that is a relative file path ("../origin.git"), as opposed to an absolute path, a
// scheme://... URL or scp-like [user@]host:path (a colon before any slash, as git decides).
bool isRelativePath(const QString &url)
{
    if (url.isEmpty() || url.contains(QLatin1String("://")))
        return false;
    const qsizetype colon = url.indexOf(u':');
    const qsizetype slash = url.indexOf(u'/');
    if (colon >= 0 && (slash < 0 || colon < slash))
        return false;
    return QDir::isRelativePath(url);
}

// git runs in the top of the work tree (in the git dir when bare), so a relative remote path
// means a path from there, whatever the current folder of this process is.
QString resolvedAgainst(const Repository &repository, const QString &url)
{
    const QString base = repository.workdir().isEmpty() ? repository.gitDir()
                                                        : repository.workdir();
    return QDir::cleanPath(QDir(base).absoluteFilePath(url));
}

} // namespace

rd::Result<Remote> Remote::lookup(const Repository &repository, const QString &name)
{
    Ptr remote;
    const int rc = git_remote_lookup(out(remote), repository.raw(), name.toUtf8().constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
        return rd::fail(errc::notFound,
                        QCoreApplication::translate(
                                "rd::git",
                                "The repository has no remote named \"%1\". Add it with "
                                "`git remote add %1 URL` or choose another remote.")
                                .arg(name),
                        name);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read remote %1").arg(name)));
    // Only this handle sees the resolved paths; the configuration keeps what the user wrote.
    const char *url = git_remote_url(remote.get());
    if (url && isRelativePath(QString::fromUtf8(url))) {
        const QByteArray absolute = resolvedAgainst(repository, QString::fromUtf8(url)).toUtf8();
        if (const int setRc = git_remote_set_instance_url(remote.get(), absolute.constData());
            setRc < 0)
            return std::unexpected(
                    error(setRc,
                          QCoreApplication::translate("rd::git",
                                                      "Cannot resolve the URL of remote %1")
                                  .arg(name)));
    }
    const char *pushUrl = git_remote_pushurl(remote.get());
    if (pushUrl && isRelativePath(QString::fromUtf8(pushUrl))) {
        const QByteArray absolute = resolvedAgainst(repository, QString::fromUtf8(pushUrl))
                                            .toUtf8();
        if (const int setRc = git_remote_set_instance_pushurl(remote.get(), absolute.constData());
            setRc < 0)
            return std::unexpected(
                    error(setRc,
                          QCoreApplication::translate("rd::git",
                                                      "Cannot resolve the push URL of remote %1")
                                  .arg(name)));
    }
    return Remote(std::move(remote));
}

rd::Result<Remote> Remote::anonymous(const Repository &repository, const QString &url)
{
    Ptr remote;
    const int rc = git_remote_create_anonymous(out(remote),
                                               repository.raw(),
                                               url.toUtf8().constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "The URL is not usable as a remote"),
                      displayUrl(url)));
    return Remote(std::move(remote));
}

QString Remote::name() const
{
    const char *name = git_remote_name(m_remote.get());
    return name ? QString::fromUtf8(name) : QString();
}

QString Remote::url() const
{
    const char *url = git_remote_url(m_remote.get());
    return url ? QString::fromUtf8(url) : QString();
}

QString Remote::pushUrl() const
{
    const char *url = git_remote_pushurl(m_remote.get());
    return url ? QString::fromUtf8(url) : this->url();
}

rd::Result<QList<RemoteHead>> Remote::list(Direction direction, const RemoteCallbacks &callbacks)
{
    CallState state(callbacks);
    const git_remote_callbacks raw = toGit(state);
    const bool push = direction == Direction::Push;
    const int rc = git_remote_connect(m_remote.get(),
                                      push ? GIT_DIRECTION_PUSH : GIT_DIRECTION_FETCH,
                                      &raw,
                                      nullptr,
                                      nullptr);
    const QString url = push ? pushUrl() : this->url();
    if (rc < 0)
        return std::unexpected(
                failure(rc,
                        state,
                        QCoreApplication::translate("rd::git", "Connecting to the remote"),
                        name(),
                        url));
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    const int lsRc = git_remote_ls(&heads, &count, m_remote.get());
    if (lsRc < 0) {
        rd::Error e = error(lsRc,
                            QCoreApplication::translate("rd::git",
                                                        "Cannot list the remote's references"),
                            url);
        git_remote_disconnect(m_remote.get());
        return std::unexpected(e);
    }
    QList<RemoteHead> result;
    result.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        result.append(RemoteHead{QString::fromUtf8(heads[i]->name), Oid(heads[i]->oid)});
    git_remote_disconnect(m_remote.get());
    return result;
}

rd::Status Remote::fetch(const QStringList &refspecs, const RemoteCallbacks &callbacks)
{
    CallState state(callbacks);
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = toGit(state);
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_AUTO;
    QList<QByteArray> specs;
    std::vector<char *> pointers;
    for (const QString &spec : refspecs) {
        specs.append(spec.toUtf8());
        pointers.push_back(specs.last().data());
    }
    git_strarray array{pointers.data(), pointers.size()};
    const int rc = git_remote_fetch(m_remote.get(),
                                    refspecs.isEmpty() ? nullptr : &array,
                                    &options,
                                    "fetch (releasedesk)");
    if (rc < 0)
        return std::unexpected(failure(rc,
                                       state,
                                       QCoreApplication::translate("rd::git", "Fetching"),
                                       name(),
                                       url()));
    return {};
}

rd::Status Remote::push(const QStringList &refspecs, const RemoteCallbacks &callbacks)
{
    CallState state(callbacks);
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = toGit(state);
    QList<QByteArray> specs;
    specs.reserve(refspecs.size());
    std::vector<char *> pointers;
    for (const QString &spec : refspecs) {
        specs.append(spec.toUtf8());
        pointers.push_back(specs.last().data());
    }
    git_strarray array{pointers.data(), pointers.size()};
    const int rc = git_remote_push(m_remote.get(), &array, &options);
    if (rc < 0)
        return std::unexpected(failure(rc,
                                       state,
                                       QCoreApplication::translate("rd::git", "Pushing"),
                                       name(),
                                       pushUrl()));
    if (!state.rejected.isEmpty()) {
        const bool nonFastForward = state.rejected.join(u' ').contains(QLatin1String("fast"));
        return rd::fail(
                nonFastForward ? errc::nonFastForward : errc::pushRejected,
                QCoreApplication::translate("rd::git",
                                            "The server refused to update %1. Fetch, check what "
                                            "changed on the server, and try again.")
                        .arg(state.rejected.join(QStringLiteral(", "))),
                displayUrl(pushUrl()));
    }
    return {};
}

} // namespace git
