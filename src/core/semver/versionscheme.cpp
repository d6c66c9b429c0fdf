// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionscheme.h"

#include "semver/pep440.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

bool startsWithV(QStringView text)
{
    return text.size() > 1 && (text.front() == u'v' || text.front() == u'V')
           && text.at(1).isDigit();
}

// How many dot-separated numbers the text starts with ("v1.30rc1" → 2).
int releaseParts(QStringView text)
{
    if (startsWithV(text))
        text = text.mid(1);
    int parts = 0;
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isDigit()) {
        ++parts;
        while (i < text.size() && text.at(i).isDigit())
            ++i;
        if (i + 1 < text.size() && text.at(i) == u'.' && text.at(i + 1).isDigit())
            ++i;
        else
            break;
    }
    return parts;
}

// "X.Y.Z" with trailing zero parts dropped down to `wanted` parts (never below it).
QString coreText(const Version &version, int wanted)
{
    QList<quint64> parts{version.major(), version.minor(), version.patch()};
    while (parts.size() > std::max(wanted, 1) && parts.size() > 1 && parts.last() == 0)
        parts.removeLast();
    QStringList text;
    for (quint64 part : parts)
        text.append(QString::number(part));
    return text.join(u'.');
}

Error schemeError(VersionScheme scheme, QStringView text, const QString &expected)
{
    return Error{errc::invalidVersion.toString(),
                 QCoreApplication::translate("rd::semver", "\"%1\" is not a %2 version: %3.")
                         .arg(text, VersionSchemes::name(scheme), expected),
                 {}};
}

std::optional<quint64> number(QStringView digits)
{
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

// The single numeric build identifier that a four-part version stores as its last number.
std::optional<quint64> revisionOf(const Version &version)
{
    if (version.build().size() != 1)
        return std::nullopt;
    return number(version.build().constFirst());
}

Result<Version> makeVersion(VersionScheme scheme,
                            QStringView text,
                            const QList<quint64> &numbers,
                            const QStringList &pre,
                            QStringList build)
{
    if (numbers.isEmpty() || numbers.size() > 4)
        return std::unexpected(
                schemeError(scheme,
                            text,
                            QCoreApplication::translate("rd::semver", "expected 1 to 4 numbers")));
    if (numbers.size() == 4 && numbers.at(3) != 0)
        build.prepend(QString::number(numbers.at(3)));
    if (!pre.isEmpty()) {
        auto checked = Version::parsePreRelease(pre.join(u'.'));
        if (!checked)
            return std::unexpected(schemeError(scheme, text, checked.error().message));
    }
    Version version(numbers.value(0), numbers.value(1), numbers.value(2), pre, build);
    // Round-trip through the strict parser: it is the one judge of a valid SemVer version.
    auto valid = Version::parse(version.toString());
    if (!valid)
        return std::unexpected(schemeError(scheme, text, valid.error().message));
    return *valid;
}

Result<Version> normalizeSemVer(QStringView text)
{
    QStringView body = startsWithV(text) ? text.mid(1) : text;
    auto strict = Version::parse(body);
    if (strict)
        return strict;
    static const QRegularExpression loose(
            QStringLiteral(R"(^(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?([-+].*)?$)"));
    const auto match = loose.match(body.toString());
    if (match.hasMatch() && !match.hasCaptured(3)) {
        const QString rebuilt = match.captured(1) + u'.'
                                + (match.hasCaptured(2) ? match.captured(2) : QStringLiteral("0"))
                                + QStringLiteral(".0") + match.captured(4);
        if (auto version = Version::parse(rebuilt))
            return version;
    }
    return strict;
}

// Dot-separated numbers at the start of `text`, and where they end.
QList<quint64> leadingNumbers(QStringView text, qsizetype *end)
{
    QList<quint64> numbers;
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isDigit()) {
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit())
            ++i;
        const auto value = number(text.sliced(start, i - start));
        if (!value)
            break;
        numbers.append(*value);
        *end = i;
        if (i + 1 < text.size() && text.at(i) == u'.' && text.at(i + 1).isDigit())
            ++i;
        else
            break;
    }
    return numbers;
}

Result<Version> normalizeMaven(QStringView text)
{
    qsizetype end = 0;
    const QList<quint64> numbers = leadingNumbers(text, &end);
    if (numbers.isEmpty())
        return std::unexpected(
                schemeError(VersionScheme::Maven,
                            text,
                            QCoreApplication::translate("rd::semver",
                                                        "it must start with a number")));
    const QStringView rest = text.mid(end);
    const QStringView qualifier = rest.startsWith(u'-') || rest.startsWith(u'.') ? rest.mid(1)
                                                                                 : rest;
    QStringList pre;
    static const QRegularExpression separators(QStringLiteral("[-.]"));
    for (const QString &part : qualifier.toString().split(separators, Qt::SkipEmptyParts)) {
        if (const auto value = number(part))
            pre.append(QString::number(*value)); // Maven ignores leading zeros
        else
            pre.append(part);
    }
    if (!rest.isEmpty() && pre.isEmpty())
        return std::unexpected(
                schemeError(VersionScheme::Maven,
                            text,
                            QCoreApplication::translate("rd::semver", "the qualifier is empty")));
    if (pre.size() == 1
        && (pre.first().compare(u"RELEASE", Qt::CaseInsensitive) == 0
            || pre.first().compare(u"FINAL", Qt::CaseInsensitive) == 0
            || pre.first().compare(u"GA", Qt::CaseInsensitive) == 0))
        pre.clear();
    return makeVersion(VersionScheme::Maven, text, numbers, pre, {});
}

Result<Version> normalizeNuGet(VersionScheme scheme, QStringView text)
{
    static const QRegularExpression nuget(QStringLiteral(
            R"(^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$)"));
    static const QRegularExpression assembly(
            QStringLiteral(R"(^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?$)"));
    const bool numeric = scheme == VersionScheme::DotNet || scheme == VersionScheme::Numeric;
    const auto match = (numeric ? assembly : nuget).match(text.toString());
    if (!match.hasMatch())
        return std::unexpected(schemeError(
                scheme,
                text,
                numeric ? QCoreApplication::translate(
                        "rd::semver", "expected up to four numbers (Major.Minor.Build.Revision)")
                        : QCoreApplication::translate("rd::semver",
                                                      "expected X.Y[.Z[.R]][-suffix][+metadata]")));
    QList<quint64> numbers;
    for (int group = 1; group <= 4; ++group) {
        if (!match.hasCaptured(group))
            break;
        const auto value = number(match.capturedView(group));
        if (!value)
            return std::unexpected(
                    schemeError(scheme,
                                text,
                                QCoreApplication::translate("rd::semver",
                                                            "a number is too large")));
        numbers.append(*value);
    }
    const QStringList pre = match.hasCaptured(5) ? match.captured(5).split(u'.') : QStringList();
    const QStringList build = match.hasCaptured(6) ? match.captured(6).split(u'.') : QStringList();
    return makeVersion(scheme, text, numbers, pre, build);
}

Result<Version> normalizeRubyGems(QStringView text)
{
    const QStringList segments = text.toString().split(u'.');
    QList<quint64> numbers;
    QStringList pre;
    for (const QString &segment : segments) {
        const auto value = pre.isEmpty() ? number(segment) : std::nullopt;
        if (value && !segment.isEmpty() && segment.front().isDigit())
            numbers.append(*value);
        else
            pre.append(segment);
    }
    return makeVersion(VersionScheme::RubyGems, text, numbers, pre, {});
}

} // namespace

QString VersionSchemes::name(VersionScheme scheme)
{
    switch (scheme) {
    case VersionScheme::SemVer:
        return QStringLiteral("SemVer");
    case VersionScheme::Pep440:
        return QStringLiteral("PEP 440");
    case VersionScheme::Maven:
        return QStringLiteral("Maven");
    case VersionScheme::NuGet:
        return QStringLiteral("NuGet");
    case VersionScheme::DotNet:
        return QCoreApplication::translate("rd::semver", ".NET four-part");
    case VersionScheme::Numeric:
        return QCoreApplication::translate("rd::semver", "numeric");
    case VersionScheme::RubyGems:
        return QStringLiteral("RubyGems");
    }
    return {};
}

QString VersionSchemes::id(VersionScheme scheme)
{
    switch (scheme) {
    case VersionScheme::SemVer:
        return QStringLiteral("semver");
    case VersionScheme::Pep440:
        return QStringLiteral("pep440");
    case VersionScheme::Maven:
        return QStringLiteral("maven");
    case VersionScheme::NuGet:
        return QStringLiteral("nuget");
    case VersionScheme::DotNet:
        return QStringLiteral("dotnet");
    case VersionScheme::Numeric:
        return QCoreApplication::translate("rd::semver", "numeric");
    case VersionScheme::RubyGems:
        return QStringLiteral("rubygems");
    }
    return {};
}

std::optional<VersionScheme> VersionSchemes::fromId(QStringView id)
{
    for (VersionScheme scheme : {VersionScheme::SemVer,
                                 VersionScheme::Pep440,
                                 VersionScheme::Maven,
                                 VersionScheme::NuGet,
                                 VersionScheme::DotNet,
                                 VersionScheme::Numeric,
                                 VersionScheme::RubyGems}) {
        if (id.compare(VersionSchemes::id(scheme), Qt::CaseInsensitive) == 0)
            return scheme;
    }
    return std::nullopt;
}

Result<Version> VersionSchemes::normalize(VersionScheme scheme, QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail(errc::invalidVersion,
                    QCoreApplication::translate("rd::semver", "The version is empty."));
    switch (scheme) {
    case VersionScheme::SemVer:
        return normalizeSemVer(text);
    case VersionScheme::Pep440: {
        auto pep = Pep440Version::parse(text);
        if (!pep)
            return std::unexpected(pep.error());
        return pep->toSemVer();
    }
    case VersionScheme::Maven:
        return normalizeMaven(text);
    case VersionScheme::NuGet:
    case VersionScheme::DotNet:
    case VersionScheme::Numeric:
        return normalizeNuGet(scheme, text);
    case VersionScheme::RubyGems:
        return normalizeRubyGems(text);
    }
    return fail(errc::invalidVersion,
                QCoreApplication::translate("rd::semver", "Unknown version scheme."));
}

Result<QString> VersionSchemes::render(VersionScheme scheme,
                                       const Version &version,
                                       QStringView current)
{
    current = current.trimmed();
    const int parts = current.isEmpty() ? 3 : std::max(1, releaseParts(current));
    const auto notRepresentable = [&](const QString &why) {
        return fail(errc::notRepresentable,
                    QCoreApplication::translate("rd::semver",
                                                "%1 cannot be written as a %2 version: %3.")
                            .arg(version.toString(), name(scheme), why));
    };
    switch (scheme) {
    case VersionScheme::SemVer: {
        QString text = coreText(version, std::min(parts, 3));
        if (version.isPreRelease())
            text += u'-' + version.preRelease().join(u'.');
        if (!version.build().isEmpty())
            text += u'+' + version.build().join(u'.');
        return startsWithV(current) ? current.first(1) + text : text;
    }
    case VersionScheme::Pep440: {
        auto pep = Pep440Version::fromSemVer(version);
        if (!pep)
            return std::unexpected(pep.error());
        QString text = pep->toString();
        // Drop trailing ".0" release parts the file did not write ("1.30" stays two parts).
        qsizetype releaseEnd = 0;
        while (releaseEnd < text.size()
               && (text.at(releaseEnd).isDigit() || text.at(releaseEnd) == u'.'))
            ++releaseEnd;
        QStringList release = text.first(releaseEnd).split(u'.', Qt::SkipEmptyParts);
        const bool endsWithDot = releaseEnd > 0 && text.at(releaseEnd - 1) == u'.';
        while (release.size() > std::max(parts, 1) && release.last() == u"0")
            release.removeLast();
        text = release.join(u'.') + (endsWithDot ? QStringLiteral(".") : QString())
               + text.mid(releaseEnd);
        return startsWithV(current) ? current.first(1) + text : text;
    }
    case VersionScheme::Maven: {
        if (!version.build().isEmpty())
            return notRepresentable(
                    QCoreApplication::translate("rd::semver",
                                                "Maven versions have no build metadata"));
        QString text = coreText(version, std::min(parts, 3));
        QStringList pre = version.preRelease();
        const bool snapshot = !pre.isEmpty()
                              && pre.last().compare(u"SNAPSHOT", Qt::CaseInsensitive) == 0;
        if (snapshot)
            pre.removeLast();
        if (!pre.isEmpty())
            text += u'-' + pre.join(u'.');
        if (snapshot)
            text += u'-' + version.preRelease().last();
        return text;
    }
    case VersionScheme::NuGet:
    case VersionScheme::DotNet:
    case VersionScheme::Numeric:
    case VersionScheme::RubyGems: {
        if ((scheme == VersionScheme::DotNet || scheme == VersionScheme::Numeric)
            && version.isPreRelease())
            return notRepresentable(
                    QCoreApplication::translate("rd::semver", "the version holds numbers only"));
        const auto revision = revisionOf(version);
        QString text = coreText(version, std::min(parts, 3));
        QStringList build = version.build();
        // A file with four numbers keeps four; elsewhere only NuGet has "+metadata", so the
        // others store a numeric build as the fourth number.
        if (parts >= 4 || (revision && scheme != VersionScheme::NuGet)) {
            text = coreText(version, 3) + u'.' + QString::number(revision.value_or(0));
            if (revision)
                build.clear();
        }
        if (!build.isEmpty() && scheme != VersionScheme::NuGet)
            return notRepresentable(
                    QCoreApplication::translate("rd::semver",
                                                "only one number of build metadata fits, as "
                                                "the fourth part"));
        if (version.isPreRelease())
            text += (scheme == VersionScheme::RubyGems ? u'.' : u'-')
                    + version.preRelease().join(u'.');
        if (!build.isEmpty())
            text += u'+' + build.join(u'.');
        return startsWithV(current) ? current.first(1) + text : text;
    }
    }
    return notRepresentable(QCoreApplication::translate("rd::semver", "unknown scheme"));
}

Result<int> VersionSchemes::compare(VersionScheme scheme,
                                    QStringView text,
                                    const Version &reference)
{
    if (scheme == VersionScheme::Pep440) {
        auto pep = Pep440Version::parse(text.trimmed());
        if (!pep)
            return std::unexpected(pep.error());
        if (auto ref = Pep440Version::fromSemVer(reference))
            return pep->compare(*ref);
    }
    auto version = normalize(scheme, text);
    if (!version)
        return std::unexpected(version.error());
    return version->compare(reference);
}

} // namespace rd
