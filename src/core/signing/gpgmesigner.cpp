// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpgmesigner.h"

#include <gpgme.h>

#include <QCoreApplication>
#include <memory>

namespace rd {

namespace {

struct ContextDeleter
{
    void operator()(gpgme_ctx_t context) const { gpgme_release(context); }
};
struct KeyDeleter
{
    void operator()(gpgme_key_t key) const { gpgme_key_unref(key); }
};
struct DataDeleter
{
    void operator()(gpgme_data_t data) const { gpgme_data_release(data); }
};
using ContextPtr = std::unique_ptr<gpgme_context, ContextDeleter>;
using KeyPtr = std::unique_ptr<_gpgme_key, KeyDeleter>;
using DataPtr = std::unique_ptr<gpgme_data, DataDeleter>;

QString describe(gpgme_error_t error)
{
    return QString::fromUtf8(gpgme_strerror(error));
}

bool ensureInitialised()
{
    // gpgme_check_version initialises the library; it must run once before any context.
    static const bool ready = gpgme_check_version(nullptr) != nullptr;
    return ready;
}

bool usable(gpgme_key_t key)
{
    return key->can_sign && !key->revoked && !key->expired && !key->disabled && !key->invalid;
}

} // namespace

Result<QByteArray> GpgmeSigner::signDetached(const QByteArray &data, const QString &keyId)
{
    if (!ensureInitialised())
        return fail(errc::signingFailed,
                    QCoreApplication::translate(
                            "rd::signing",
                            "GPGME could not be initialised; check that gpg is installed."));
    gpgme_ctx_t rawContext = nullptr;
    if (gpgme_error_t e = gpgme_new(&rawContext))
        return fail(errc::signingFailed,
                    QCoreApplication::translate(
                            "rd::signing", "Cannot start GPGME (%1). Check that gpg is installed.")
                            .arg(describe(e)));
    ContextPtr context(rawContext);
    if (gpgme_error_t e = gpgme_set_protocol(context.get(), GPGME_PROTOCOL_OpenPGP))
        return fail(errc::signingFailed,
                    QCoreApplication::translate(
                            "rd::signing",
                            "The OpenPGP engine is not available (%1). Install gnupg.")
                            .arg(describe(e)));
    gpgme_set_armor(context.get(), 1);

    // A keylist search accepts every form user.signingKey may take (fingerprint, long or short
    // key id, user id or e-mail address); gpgme_get_key would only take ids.
    const QByteArray pattern = keyId.toUtf8();
    KeyPtr key;
    if (gpgme_error_t e = gpgme_op_keylist_start(context.get(), pattern.constData(), 1))
        return fail(errc::signingFailed,
                    QCoreApplication::translate("rd::signing", "Cannot list the secret keys (%1).")
                            .arg(describe(e)),
                    keyId);
    gpgme_key_t candidate = nullptr;
    while (gpgme_op_keylist_next(context.get(), &candidate) == 0) {
        KeyPtr owned(candidate);
        if (!key && usable(candidate))
            key = std::move(owned);
    }
    gpgme_op_keylist_end(context.get());
    if (!key)
        return fail(errc::noSigningKey,
                    QCoreApplication::translate(
                            "rd::signing",
                            "No usable secret OpenPGP key matches \"%1\". Set "
                            "user.signingKey to one of the keys `gpg --list-secret-keys` "
                            "shows, or turn off tag.gpgSign.")
                            .arg(keyId),
                    keyId);
    if (gpgme_error_t e = gpgme_signers_add(context.get(), key.get()))
        return fail(errc::signingFailed,
                    QCoreApplication::translate("rd::signing",
                                                "Cannot use the key for signing (%1).")
                            .arg(describe(e)),
                    keyId);

    gpgme_data_t rawIn = nullptr;
    gpgme_data_t rawOut = nullptr;
    if (gpgme_data_new_from_mem(&rawIn, data.constData(), size_t(data.size()), 0)
        || gpgme_data_new(&rawOut)) {
        gpgme_data_release(rawIn);
        return fail(errc::signingFailed,
                    QCoreApplication::translate("rd::signing", "Out of memory while signing."));
    }
    DataPtr in(rawIn);
    DataPtr output(rawOut);
    if (gpgme_error_t e = gpgme_op_sign(context.get(),
                                        in.get(),
                                        output.get(),
                                        GPGME_SIG_MODE_DETACH))
        return fail(errc::signingFailed,
                    QCoreApplication::translate(
                            "rd::signing",
                            "gpg could not sign (%1). If the key has a passphrase, check "
                            "that gpg-agent can ask for it (a pinentry program).")
                            .arg(describe(e)),
                    keyId);
    gpgme_sign_result_t result = gpgme_op_sign_result(context.get());
    if (!result || result->invalid_signers || !result->signatures)
        return fail(errc::signingFailed,
                    QCoreApplication::translate("rd::signing",
                                                "gpg made no signature with the key \"%1\".")
                            .arg(keyId),
                    keyId);
    size_t length = 0;
    char *bytes = gpgme_data_release_and_get_mem(output.release(), &length);
    QByteArray signature(bytes, qsizetype(length));
    gpgme_free(bytes);
    if (!signature.endsWith('\n'))
        signature.append('\n');
    return signature;
}

} // namespace rd
