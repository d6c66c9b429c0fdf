// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/signature.h"
#include "util/error.h"

#include <QString>

namespace git {
class Config;
}

namespace rd {

// Whether git would sign a release's tag and commit, and with which key, read from the same
// settings git reads: tag.gpgSign (and tag.forceSignAnnotated), commit.gpgSign,
// user.signingKey (default: the "Name <email>" identity, as git does) and gpg.format.
struct SigningSettings
{
    bool signTags = false;
    bool signCommits = false;
    QString key;
    QString format = QStringLiteral("openpgp");

    bool any() const { return signTags || signCommits; }

    // Errors: signing.unsupported when signing is asked for in a format other than OpenPGP.
    static Result<SigningSettings> fromGitConfig(const git::Config &config,
                                                 const git::Signature &identity);
};

} // namespace rd
