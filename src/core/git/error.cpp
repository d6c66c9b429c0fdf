// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QCoreApplication>
#include <git2.h>

namespace git {

namespace {

QStringView codeFor(int code)
{
    switch (code) {
    case GIT_ENOTFOUND:
        return errc::notFound;
    case GIT_EEXISTS:
        return errc::exists;
    case GIT_EUNBORNBRANCH:
        return errc::unbornBranch;
    case GIT_EAUTH:
        return errc::auth;
    case GIT_ECERTIFICATE:
        return errc::certificate;
    case GIT_ECONFLICT:
    case GIT_EMERGECONFLICT:
    case GIT_ELOCKED:
        return errc::conflict;
    case GIT_ENONFASTFORWARD:
        return errc::nonFastForward;
    case GIT_EUSER:
        return errc::user;
    default:
        return errc::other;
    }
}

} // namespace

rd::Error error(int code, const QString &what, const QString &source)
{
    const git_error *last = git_error_last();
    QString detail = last && last->message
                             ? QString::fromUtf8(last->message).trimmed()
                             : QCoreApplication::translate("rd::git", "libgit2 error %1").arg(code);
    if (detail.endsWith(u'.'))
        detail.chop(1);
    QString message = what;
    if (!message.endsWith(u'.'))
        message += u'.';
    message += u" (" + detail + u')';
    return rd::Error{codeFor(code).toString(), message, source};
}

rd::Status check(int code, const QString &what, const QString &source)
{
    if (code >= 0)
        return {};
    return std::unexpected(error(code, what, source));
}

} // namespace git
