// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include "registry/packagearchive.h" // errc::registryArchive

#include <QCoreApplication>

#include <zlib.h>

namespace rd {

namespace {

constexpr quint32 endOfDirectory = 0x06054b50;
constexpr quint32 directoryEntry = 0x02014b50;
constexpr quint32 localHeader = 0x04034b50;
constexpr qsizetype unpackedLimit = 512 * 1024 * 1024;

Error broken(const QString &source, const QString &what)
{
    return Error{errc::registryArchive.toString(),
                 QCoreApplication::translate("rd::publish",
                                             "The zip archive is broken (%1): build it again.")
                         .arg(what),
                 source};
}

quint32 le(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | uchar(bytes.at(at + i));
    return value;
}

Result<QByteArray> inflateRaw(const QByteArray &data, qsizetype expected, const QString &source)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return fail(broken(source, QStringLiteral("zlib")));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out(expected + 1, Qt::Uninitialized); // one more: a longer stream shows
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    int status = inflate(&stream, Z_FINISH);
    // A stream that is not done yet with room left over is truncated; one that wants more room
    // is larger than the directory says.
    const qsizetype written = out.size() - qsizetype(stream.avail_out);
    inflateEnd(&stream);
    if (status != Z_STREAM_END || written != expected)
        return fail(broken(source,
                           QCoreApplication::translate("rd::publish",
                                                       "an entry does not inflate to its size")));
    out.truncate(written);
    return out;
}

} // namespace

Result<QByteArray> ZipArchive::file(const QByteArray &zip,
                                    const std::function<bool(const QString &)> &matches,
                                    const QString &wanted,
                                    const QString &source)
{
    // The end record is in the last 22 + 65535 bytes (its comment is at most 64 KiB).
    qsizetype end = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 65535; --at) {
        if (le(zip, at, 4) == endOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(broken(source,
                           QCoreApplication::translate("rd::publish", "no zip central directory")));
    const qsizetype count = le(zip, end + 10, 2);
    const qsizetype directorySize = le(zip, end + 12, 4);
    qsizetype offset = le(zip, end + 16, 4);
    if (offset == 0xffffffff || count == 0xffff || offset + directorySize > end)
        return fail(broken(source,
                           QCoreApplication::translate("rd::publish",
                                                       "zip64 or a directory past the end")));
    for (qsizetype i = 0; i < count; ++i) {
        if (offset + 46 > end || le(zip, offset, 4) != directoryEntry)
            return fail(broken(source,
                               QCoreApplication::translate("rd::publish",
                                                           "bad directory entry at byte %1")
                                       .arg(offset)));
        const quint32 flags = le(zip, offset + 8, 2);
        const quint32 method = le(zip, offset + 10, 2);
        const qsizetype packed = le(zip, offset + 20, 4);
        const qsizetype unpacked = le(zip, offset + 24, 4);
        const qsizetype nameLength = le(zip, offset + 28, 2);
        const qsizetype extraLength = le(zip, offset + 30, 2);
        const qsizetype commentLength = le(zip, offset + 32, 2);
        const qsizetype local = le(zip, offset + 42, 4);
        if (offset + 46 + nameLength > end)
            return fail(broken(source,
                               QCoreApplication::translate("rd::publish",
                                                           "an entry runs past the end")));
        const QString name = QString::fromUtf8(zip.mid(offset + 46, nameLength));
        offset += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith(u'/') || !matches(name))
            continue;
        if (flags & 1)
            return fail(broken(source,
                               QCoreApplication::translate("rd::publish", "%1 is encrypted")
                                       .arg(name)));
        if (local + 30 > zip.size() || le(zip, local, 4) != localHeader)
            return fail(broken(source,
                               QCoreApplication::translate("rd::publish", "no local header for %1")
                                       .arg(name)));
        const qsizetype dataStart = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        if (packed < 0 || dataStart + packed > zip.size() || unpacked > unpackedLimit)
            return fail(broken(source,
                               QCoreApplication::translate("rd::publish",
                                                           "an entry runs past the end")));
        const QByteArray data = zip.mid(dataStart, packed);
        if (method == 0) {
            if (packed != unpacked)
                return fail(
                        broken(source,
                               QCoreApplication::translate(
                                       "rd::publish", "an entry does not inflate to its size")));
            return data;
        }
        if (method != 8)
            return fail(broken(source,
                               QCoreApplication::translate("rd::publish",
                                                           "%1 uses compression method %2")
                                       .arg(name)
                                       .arg(method)));
        return inflateRaw(data, unpacked, source);
    }
    return fail(
            broken(source, QCoreApplication::translate("rd::publish", "it has no %1").arg(wanted)));
}

} // namespace rd
