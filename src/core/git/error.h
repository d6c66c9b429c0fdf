// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

namespace git {

// Turns a failed libgit2 call into an rd::Error. Must be called on the failing thread right
// after the call: libgit2's last error is thread-local and the next call overwrites it.
// `what` says what we tried ("Cannot open the repository"), `source` names the input.
rd::Error error(int code, const QString &what, const QString &source = {});

// rd::Status from a libgit2 return code (0 or positive: success).
rd::Status check(int code, const QString &what, const QString &source = {});

namespace errc {
inline constexpr QStringView notFound = u"git.not-found";
inline constexpr QStringView exists = u"git.exists";
inline constexpr QStringView notARepository = u"git.not-a-repository";
inline constexpr QStringView unbornBranch = u"git.unborn-branch";
inline constexpr QStringView auth = u"git.auth";
inline constexpr QStringView certificate = u"git.certificate";
inline constexpr QStringView conflict = u"git.conflict";
inline constexpr QStringView nonFastForward = u"git.non-fast-forward";
inline constexpr QStringView user = u"git.user"; // a callback asked to stop (cancel)
inline constexpr QStringView other = u"git.error";
} // namespace errc

} // namespace git
