// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

namespace rd {

// Makes detached, ASCII-armoured signatures, as git appends to signed tags and puts in signed
// commits. An interface so tests and other backends (ssh, x509) can stand in for OpenPGP.
class Signer
{
public:
    virtual ~Signer() = default;

    // Signs `data` with the key `keyId` (a fingerprint, key id, or a user id such as
    // "Jane <jane@example.org>", as git's user.signingKey allows). The result ends with a
    // newline. Errors: signing.no-key (no usable secret key), signing.failed.
    virtual Result<QByteArray> signDetached(const QByteArray &data, const QString &keyId) = 0;
};

namespace errc {
inline constexpr QStringView noSigningKey = u"signing.no-key";
inline constexpr QStringView signingFailed = u"signing.failed";
inline constexpr QStringView signingUnsupported = u"signing.unsupported";
} // namespace errc

} // namespace rd
