// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingsettings.h"

#include "git/config.h"
#include "signing/signer.h"

#include <QCoreApplication>

namespace rd {

Result<SigningSettings> SigningSettings::fromGitConfig(const git::Config &config,
                                                       const git::Signature &identity)
{
    SigningSettings settings;
    settings.signTags = config.boolean(QStringLiteral("tag.gpgSign")).value_or(false)
                        || config.boolean(QStringLiteral("tag.forceSignAnnotated")).value_or(false);
    settings.signCommits = config.boolean(QStringLiteral("commit.gpgSign")).value_or(false);
    settings.key = config.string(QStringLiteral("user.signingKey"))
                           .value_or(identity.name + u" <" + identity.email + u'>');
    settings.format = config.string(QStringLiteral("gpg.format"))
                              .value_or(QStringLiteral("openpgp"))
                              .toLower();
    if (settings.any() && settings.format != u"openpgp")
        return fail(errc::signingUnsupported,
                    QCoreApplication::translate(
                            "rd::signing",
                            "git is set to sign with gpg.format=%1; ReleaseDesk signs with "
                            "OpenPGP only. Set gpg.format to openpgp for this repository "
                            "or turn off tag.gpgSign/commit.gpgSign.")
                            .arg(settings.format),
                    QStringLiteral("gpg.format"));
    return settings;
}

} // namespace rd
