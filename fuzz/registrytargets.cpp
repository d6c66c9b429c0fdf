// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz entry points for what registries send: WWW-Authenticate challenges and the JSON
// answers of npm, PyPI, the crate registry and OCI tag lists; the package archives npm pack
// writes.
#include "fuzztargets.h"

#include "registry/packagearchive.h"
#include "registry/pythondistribution.h"
#include "registry/registryjson.h"
#include "registry/wwwauthenticate.h"

namespace rd::fuzz {

namespace {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

bool isTokenText(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || c.unicode() <= 0x20
            || QStringView(u"\"(),/:;<=>?@[\\]{}").contains(c))
            return false;
    }
    return true;
}

// The challenges written back in the header's syntax (every value quoted and escaped).
QByteArray serialize(const QList<AuthChallenge> &challenges)
{
    QByteArrayList parts;
    for (const AuthChallenge &challenge : challenges) {
        QByteArray part = challenge.scheme.toLatin1();
        if (!challenge.token68.isEmpty()) {
            part += ' ' + challenge.token68.toLatin1();
        } else {
            QByteArrayList params;
            for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it) {
                QByteArray value = it.value().toUtf8();
                value.replace('\\', "\\\\").replace('"', "\\\"");
                params.append(it.key().toLatin1() + "=\"" + value + '"');
            }
            if (!params.isEmpty())
                part += ' ' + params.join(", ");
        }
        parts.append(part);
    }
    return parts.join(", ");
}

} // namespace

QString wwwauthenticate(const uint8_t *data, size_t size)
{
    const QList<AuthChallenge> challenges = AuthChallenge::parse(bytesOf(data, size));
    for (const AuthChallenge &challenge : challenges) {
        if (!isTokenText(challenge.scheme))
            return QStringLiteral("a scheme that is not a token: %1").arg(challenge.scheme);
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it) {
            if (!isTokenText(it.key()) || it.key() != it.key().toLower())
                return QStringLiteral("a parameter name that is not a lower-case token: %1")
                        .arg(it.key());
        }
        if (!challenge.token68.isEmpty() && !challenge.params.isEmpty())
            return QStringLiteral("token68 and parameters in one challenge");
    }
    // What was read, written back, reads the same (values that were valid UTF-8).
    const QByteArray again = serialize(challenges);
    const QList<AuthChallenge> reread = AuthChallenge::parse(again);
    if (reread.size() != challenges.size())
        return QStringLiteral("%1 challenges, %2 after writing them back as %3")
                .arg(challenges.size())
                .arg(reread.size())
                .arg(QString::fromUtf8(again));
    for (qsizetype i = 0; i < reread.size(); ++i) {
        if (reread[i].scheme != challenges[i].scheme
            || reread[i].params.keys() != challenges[i].params.keys()
            || reread[i].token68 != challenges[i].token68)
            return QStringLiteral("challenge %1 differs after writing it back as %2")
                    .arg(i)
                    .arg(QString::fromUtf8(again));
    }
    return {};
}

QString registryjson(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    const QByteArray body = bytesOf(data + 1, size - 1);
    const QString source = QStringLiteral("http://127.0.0.1:1/fuzz");
    if (data[0] % 4 == 3) {
        auto tags = registryjson::ociTags(body, source);
        if (!tags && tags.error().source != source)
            return QStringLiteral("an OCI tags error that does not name the address");
        return {};
    }
    const auto parse = data[0] % 4 == 0   ? &registryjson::npmPackument
                       : data[0] % 4 == 1 ? &registryjson::pypiProject
                                          : &registryjson::cratesCrate;
    auto package = parse(body, source);
    if (!package) {
        if (package.error().source != source || package.error().message.isEmpty())
            return QStringLiteral("an error without the address or a message");
        return {};
    }
    if (!package->exists)
        return QStringLiteral("a parsed package that does not exist");
    // PyPI and crates always name a latest version, and it is among the versions.
    if (data[0] % 4 != 0 && (package->latest.isEmpty() || !package->has(package->latest)))
        return QStringLiteral("the latest version %1 is not among the versions")
                .arg(package->latest);
    if (package->latestDate.isValid() && package->latestDate.timeSpec() != Qt::UTC)
        return QStringLiteral("a date that is not in UTC");
    return {};
}

QString packagearchive(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const QString source = QStringLiteral("fuzz.tgz");
    auto manifest = PackageArchive::file(bytes, QStringLiteral("package/package.json"), source);
    if (!manifest) {
        if (manifest.error().code != errc::registryArchive || manifest.error().source != source)
            return QStringLiteral("an archive error without its code or source: ")
                   + manifest.error().toString();
        return {};
    }
    // A file found is one the unpacked archive holds, whole.
    auto tar = PackageArchive::gunzip(bytes, source);
    if (!tar)
        return QStringLiteral("a file was read from an archive that does not unpack");
    if (!tar->contains(*manifest))
        return QStringLiteral("the file read is not in the unpacked archive");
    return {};
}

QString pythondistribution(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    // The first byte picks a wheel, an sdist or bare metadata; the rest is the file.
    const QByteArray bytes = bytesOf(data + 1, size - 1);
    const QString source = QStringLiteral("fuzz-dist");
    if (data[0] % 3 == 2) {
        auto metadata = PythonMetadata::parse(bytes, source);
        if (!metadata)
            return metadata.error().code == errc::registryMetadata
                                   && metadata.error().source == source
                           ? QString()
                           : QStringLiteral("a metadata error without its code or source: ")
                                     + metadata.error().toString();
        for (const auto &[key, value] : metadata->fields()) {
            if (key.isEmpty() || key.contains(u':') || key.contains(u' '))
                return QStringLiteral("a field key with a colon or space: ") + key;
        }
        if (metadata->value(u"Name").isEmpty() || metadata->value(u"Version").isEmpty())
            return QStringLiteral("metadata read without Name or Version");
        return {};
    }
    const QString fileName = data[0] % 3 == 0 ? QStringLiteral("fuzz-1.0-py3-none-any.whl")
                                              : QStringLiteral("fuzz-1.0.tar.gz");
    auto dist = PythonDistribution::read(bytes, fileName, source);
    if (!dist) {
        const Error &error = dist.error();
        if ((error.code != errc::registryArchive && error.code != errc::registryMetadata)
            || error.source != source)
            return QStringLiteral("a distribution error without its code or source: ")
                   + error.toString();
        return {};
    }
    if (dist->name().isEmpty() || dist->version().isEmpty())
        return QStringLiteral("a distribution read without name or version");
    if (dist->kind() == PythonDistribution::Kind::Wheel && dist->pythonVersion() != u"py3")
        return QStringLiteral("a wheel's Python tag is not the file name's: ")
               + dist->pythonVersion();
    return {};
}

} // namespace rd::fuzz
