// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <optional>

namespace rd {

namespace {

// A parse step either succeeds or says, in a phrase, which rule failed and where. The phrase
// completes "'<input>' is not a SemVer version: ...".
using Problem = std::optional<QString>;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentifierChar(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

bool isNumeric(QStringView identifier)
{
    if (identifier.isEmpty())
        return false;
    for (QChar c : identifier) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// How a character is shown in a message: quoted when printable, by code point when not (a tab
// or a stray control character quoted verbatim is invisible).
QString describeChar(QChar c)
{
    if (c == u' ')
        return QCoreApplication::translate("rd::semver", "a space");
    if (c.isPrint())
        return u'\'' + QString(c) + u'\'';
    return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper(),
                                      4,
                                      QLatin1Char('0'));
}

// Identifiers are counted from 1 in messages, as people count them.
QString identifierNumber(qsizetype index)
{
    return QString::number(index + 1);
}

// One of major/minor/patch. quint64 is the limit; a longer number must not wrap.
Problem parseNumber(QStringView text, QStringView name, quint64 *value)
{
    if (text.isEmpty())
        return QCoreApplication::translate("rd::semver", "the %1 number is empty").arg(name);
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return QCoreApplication::translate(
                           "rd::semver",
                           "the %1 number '%2' is not a number (only digits 0-9 are allowed)")
                    .arg(name, text);
    }
    if (text.size() > 1 && text.front() == u'0')
        return QCoreApplication::translate("rd::semver", "the %1 number has a leading zero ('%2')")
                .arg(name, text);
    constexpr quint64 max = std::numeric_limits<quint64>::max();
    quint64 result = 0;
    for (QChar c : text) {
        const quint64 digit = c.unicode() - u'0';
        if (result > (max - digit) / 10)
            return QCoreApplication::translate(
                           "rd::semver", "the %1 number '%2' is too large (the largest is %3)")
                    .arg(name, text, QString::number(max));
        result = result * 10 + digit;
    }
    *value = result;
    return std::nullopt;
}

enum class Part { PreRelease, Build };

// The dot-separated identifiers after '-' (pre-release) or '+' (build). `offset` is where `text`
// starts in the whole input, so positions in messages point into what the user typed.
Problem parseIdentifiers(QStringView text, Part part, qsizetype offset, QStringList *identifiers)
{
    const bool pre = part == Part::PreRelease;
    const QString what = pre ? QStringLiteral("pre-release") : QStringLiteral("build");
    if (text.isEmpty()) {
        return pre ? QCoreApplication::translate("rd::semver", "the pre-release after '-' is empty")
                   : QCoreApplication::translate("rd::semver",
                                                 "the build metadata after '+' is empty");
    }
    QStringList result;
    qsizetype start = 0;
    qsizetype index = 0;
    while (true) {
        qsizetype end = text.indexOf(u'.', start);
        if (end < 0)
            end = text.size();
        const QStringView identifier = text.sliced(start, end - start);
        if (identifier.isEmpty()) {
            return QCoreApplication::translate(
                           "rd::semver",
                           "%1 identifier %2 is empty (identifiers are separated by "
                           "single dots, with none at either end)")
                    .arg(what, identifierNumber(index));
        }
        for (qsizetype i = 0; i < identifier.size(); ++i) {
            const QChar c = identifier[i];
            if (isIdentifierChar(c))
                continue;
            const qsizetype position = offset + start + i + 1;
            if (!pre && c == u'+') {
                return QCoreApplication::translate(
                               "rd::semver",
                               "the build metadata has a second '+' at position %1 (only "
                               "one '+' is allowed, before the build metadata)")
                        .arg(position);
            }
            return QCoreApplication::translate(
                           "rd::semver",
                           "%1 identifier %2 ('%3') contains %4 at position %5 (only "
                           "ASCII letters, digits and '-' are allowed)")
                    .arg(what, identifierNumber(index), identifier, describeChar(c))
                    .arg(position);
        }
        // Build identifiers may have leading zeros (the spec's own example: 1.0.0-alpha+001).
        if (pre && isNumeric(identifier) && identifier.size() > 1 && identifier.front() == u'0') {
            return QCoreApplication::translate(
                           "rd::semver",
                           "pre-release identifier %1 ('%2') is a number with a leading "
                           "zero")
                    .arg(identifierNumber(index), identifier);
        }
        result.append(identifier.toString());
        if (end == text.size())
            break;
        start = end + 1;
        ++index;
    }
    *identifiers = std::move(result);
    return std::nullopt;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// §11.4: numeric identifiers compare numerically, alphanumeric ones in ASCII order, numeric
// ones sort first. Numbers may exceed quint64, so they compare by length, then digit by digit.
int compareIdentifiers(const QString &a, const QString &b)
{
    const bool aNumeric = isNumeric(a);
    const bool bNumeric = isNumeric(b);
    if (aNumeric && bNumeric) {
        QStringView x(a);
        QStringView y(b);
        // parse() rejects leading zeros, but the constructor takes what it is given.
        while (x.size() > 1 && x.front() == u'0')
            x = x.sliced(1);
        while (y.size() > 1 && y.front() == u'0')
            y = y.sliced(1);
        if (x.size() != y.size())
            return x.size() < y.size() ? -1 : 1;
        return sign(x.compare(y));
    }
    if (aNumeric != bNumeric)
        return aNumeric ? -1 : 1;
    // UTF-16 code unit order is ASCII order for the ASCII-only identifiers SemVer allows.
    return sign(QString::compare(a, b, Qt::CaseSensitive));
}

int compareNumbers(quint64 a, quint64 b)
{
    return (a > b) - (a < b);
}

Problem parseVersion(QStringView text, Version *version)
{
    if (text.isEmpty())
        return QCoreApplication::translate("rd::semver", "the text is empty");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isIdentifierChar(c) && c != u'.' && c != u'+') {
            return QCoreApplication::translate(
                           "rd::semver",
                           "it contains %1 at position %2 (a version holds only ASCII "
                           "letters, digits, '.', '-' and '+')")
                    .arg(describeChar(c))
                    .arg(i + 1);
        }
    }
    if ((text.front() == u'v' || text.front() == u'V') && text.size() > 1
        && isAsciiDigit(text[1])) {
        return QCoreApplication::translate(
                       "rd::semver",
                       "it starts with '%1' (a version has no prefix: the tag v1.2.3 "
                       "names the version 1.2.3)")
                .arg(text.front());
    }
    qsizetype coreEnd = 0;
    while (coreEnd < text.size() && text[coreEnd] != u'-' && text[coreEnd] != u'+')
        ++coreEnd;
    if (coreEnd == 0) {
        return QCoreApplication::translate(
                       "rd::semver", "it starts with '%1' (a version starts with its major number)")
                .arg(text.front());
    }

    const QStringView core = text.first(coreEnd);
    const QList<QStringView> numbers = core.split(u'.');
    if (numbers.size() != 3) {
        return QCoreApplication::translate(
                       "rd::semver",
                       "the version core '%1' has %2 %3 (it needs exactly three numbers: "
                       "major.minor.patch)")
                .arg(core)
                .arg(numbers.size())
                .arg(numbers.size() == 1 ? QStringLiteral("part") : QStringLiteral("parts"));
    }
    quint64 major = 0;
    quint64 minor = 0;
    quint64 patch = 0;
    if (Problem problem = parseNumber(numbers[0], u"major", &major))
        return problem;
    if (Problem problem = parseNumber(numbers[1], u"minor", &minor))
        return problem;
    if (Problem problem = parseNumber(numbers[2], u"patch", &patch)) {
        // "1.2.3rc1" is how Python and others write it; point at the SemVer spelling.
        const QStringView part = numbers[2];
        qsizetype digits = 0;
        while (digits < part.size() && isAsciiDigit(part[digits]))
            ++digits;
        if (digits > 0 && digits < part.size() && isIdentifierChar(part[digits])) {
            const QStringView head = text.first(coreEnd - (part.size() - digits));
            return QCoreApplication::translate(
                           "rd::semver",
                           "the patch number '%1' is not a number (a pre-release goes "
                           "after a '-': '%2-%3')")
                    .arg(part, head, text.sliced(head.size()));
        }
        return problem;
    }

    QStringList preRelease;
    QStringList build;
    qsizetype pos = coreEnd;
    if (pos < text.size() && text[pos] == u'-') {
        qsizetype preEnd = text.indexOf(u'+', pos + 1);
        if (preEnd < 0)
            preEnd = text.size();
        const QStringView pre = text.sliced(pos + 1, preEnd - pos - 1);
        if (Problem problem = parseIdentifiers(pre, Part::PreRelease, pos + 1, &preRelease))
            return problem;
        pos = preEnd;
    }
    if (pos < text.size()) { // text[pos] is '+'
        const QStringView meta = text.sliced(pos + 1);
        if (Problem problem = parseIdentifiers(meta, Part::Build, pos + 1, &build))
            return problem;
    }
    *version = Version(major, minor, patch, std::move(preRelease), std::move(build));
    return std::nullopt;
}

} // namespace

Version::Version(
        quint64 major, quint64 minor, quint64 patch, QStringList preRelease, QStringList build)
    : m_major(major)
    , m_minor(minor)
    , m_patch(patch)
    , m_preRelease(std::move(preRelease))
    , m_build(std::move(build))
{}

Result<Version> Version::parse(QStringView text)
{
    Version version;
    if (Problem problem = parseVersion(text, &version)) {
        return fail(errc::invalidVersion,
                    QCoreApplication::translate("rd::semver", "'%1' is not a SemVer version: %2.")
                            .arg(text, *problem));
    }
    return version;
}

Result<QStringList> Version::parsePreRelease(QStringView text)
{
    QStringList identifiers;
    if (Problem problem = parseIdentifiers(text, Part::PreRelease, 0, &identifiers)) {
        return fail(errc::invalidVersion,
                    QCoreApplication::translate("rd::semver",
                                                "'%1' is not a valid pre-release: %2.")
                            .arg(text, *problem));
    }
    return identifiers;
}

QString Version::toString() const
{
    QString text = QString::number(m_major) + u'.' + QString::number(m_minor) + u'.'
                   + QString::number(m_patch);
    if (!m_preRelease.isEmpty())
        text += u'-' + m_preRelease.join(u'.');
    if (!m_build.isEmpty())
        text += u'+' + m_build.join(u'.');
    return text;
}

int Version::compare(const Version &other) const
{
    if (int c = compareNumbers(m_major, other.m_major))
        return c;
    if (int c = compareNumbers(m_minor, other.m_minor))
        return c;
    if (int c = compareNumbers(m_patch, other.m_patch))
        return c;
    // §11.3: a pre-release sorts below the release it precedes.
    if (m_preRelease.isEmpty() != other.m_preRelease.isEmpty())
        return m_preRelease.isEmpty() ? 1 : -1;
    const qsizetype common = std::min(m_preRelease.size(), other.m_preRelease.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (int c = compareIdentifiers(m_preRelease[i], other.m_preRelease[i]))
            return c;
    }
    // §11.4.4: with all shared identifiers equal, more identifiers sort higher.
    return compareNumbers(m_preRelease.size(), other.m_preRelease.size());
}

size_t qHash(const Version &version, size_t seed)
{
    // Hashes what == compares, build metadata included.
    return qHashMulti(seed,
                      version.major(),
                      version.minor(),
                      version.patch(),
                      version.preRelease(),
                      version.build());
}

} // namespace rd
