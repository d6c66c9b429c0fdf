// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/signer.h"

namespace rd {

// OpenPGP signatures through GPGME (the gpg engine and its agent, honouring GNUPGHOME), never by
// running gpg ourselves. A passphrase, when the key has one, is asked by gpg-agent's pinentry.
class GpgmeSigner : public Signer
{
public:
    Result<QByteArray> signDetached(const QByteArray &data, const QString &keyId) override;
};

} // namespace rd
