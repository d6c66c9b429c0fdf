// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagearchive.h"

#include <QCoreApplication>

#include <zlib.h>

namespace rd {

namespace {

constexpr qsizetype block = 512;

Error broken(const QString &source, const QString &what)
{
    return Error{errc::registryArchive.toString(),
                 QCoreApplication::translate("PackageArchive",
                                             "The package archive is broken (%1): pack it "
                                             "again.")
                         .arg(what),
                 source};
}

// A NUL- or length-terminated header field.
QByteArray field(const char *data, qsizetype length)
{
    qsizetype n = 0;
    while (n < length && data[n] != '\0')
        ++n;
    return QByteArray(data, n);
}

// Octal size, as ustar writes it (spaces and NULs around the digits).
std::optional<qint64> octal(const char *data, qsizetype length)
{
    qint64 value = 0;
    bool digits = false;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = data[i];
        if (c == ' ' || c == '\0') {
            if (digits)
                break;
            continue;
        }
        if (c < '0' || c > '7' || value > (qint64(1) << 40))
            return std::nullopt;
        value = value * 8 + (c - '0');
        digits = true;
    }
    return value;
}

} // namespace

Result<QByteArray> PackageArchive::gunzip(const QByteArray &gzipped,
                                          const QString &source,
                                          qsizetype limit)
{
    if (gzipped.size() < 18 || uchar(gzipped.at(0)) != 0x1f || uchar(gzipped.at(1)) != 0x8b)
        return fail(broken(source,
                           QCoreApplication::translate("PackageArchive", "not gzip-compressed")));
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return fail(broken(source, QStringLiteral("zlib")));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzipped.constData()));
    stream.avail_in = uInt(gzipped.size());
    QByteArray out;
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > limit) {
            inflateEnd(&stream);
            return fail(broken(source,
                               QCoreApplication::translate("PackageArchive",
                                                           "larger than %1 bytes unpacked")
                                       .arg(limit)));
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // input ended before the stream did
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return fail(broken(source,
                           QCoreApplication::translate("PackageArchive",
                                                       "the compressed data is truncated or "
                                                       "corrupt")));
    return out;
}

Result<QByteArray> PackageArchive::file(const QByteArray &gzipped,
                                        const QString &path,
                                        const QString &source)
{
    const QByteArray wanted = path.toUtf8();
    return file(
            gzipped, [&wanted](const QByteArray &name) { return name == wanted; }, path, source);
}

Result<QByteArray> PackageArchive::file(const QByteArray &gzipped,
                                        const std::function<bool(const QByteArray &)> &matches,
                                        const QString &wanted,
                                        const QString &source)
{
    auto tar = gunzip(gzipped, source);
    if (!tar)
        return std::unexpected(tar.error());
    qsizetype offset = 0;
    QByteArray longName; // GNU 'L' and pax 'x' path records name the next entry
    while (offset + block <= tar->size()) {
        const char *header = tar->constData() + offset;
        if (header[0] == '\0')
            break; // the end-of-archive blocks
        const auto size = octal(header + 124, 12);
        if (!size || *size > tar->size())
            return fail(broken(source,
                               QCoreApplication::translate("PackageArchive",
                                                           "bad entry size at byte %1")
                                       .arg(offset)));
        const qsizetype dataStart = offset + block;
        if (dataStart + *size > tar->size())
            return fail(broken(source,
                               QCoreApplication::translate("PackageArchive",
                                                           "an entry runs past the end")));
        const QByteArray data = tar->mid(dataStart, qsizetype(*size));
        const char type = header[156];
        QByteArray name = field(header, 100);
        const QByteArray prefix = field(header + 345, 155);
        if (!prefix.isEmpty() && QByteArray(header + 257, 5) == "ustar")
            name = prefix + '/' + name;
        if (!longName.isEmpty()) {
            name = longName;
            longName.clear();
        }
        if (type == 'L') {
            longName = field(data.constData(), data.size());
        } else if (type == 'x') {
            for (const QByteArray &record : data.split('\n')) {
                const qsizetype eq = record.indexOf("path=");
                if (eq >= 0)
                    longName = record.mid(eq + 5);
            }
        } else if ((type == '0' || type == '\0') && matches(name)) {
            return data;
        }
        offset = dataStart + ((qsizetype(*size) + block - 1) / block) * block;
    }
    return fail(broken(source,
                       QCoreApplication::translate("PackageArchive", "it has no %1").arg(wanted)));
}

} // namespace rd
