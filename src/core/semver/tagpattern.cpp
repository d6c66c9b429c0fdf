// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpattern.h"

#include <QCoreApplication>

namespace rd {

namespace {

constexpr QStringView placeholder = u"{version}";

enum class Side { Prefix, Suffix };

// Why a literal part would make tag names git refuses (git check-ref-format), or nullopt. The
// version between prefix and suffix starts and ends with a letter or digit, so every rule can
// be checked on each part alone.
std::optional<QString> refNameProblem(QStringView part, Side side)
{
    for (QChar c : part) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return QCoreApplication::translate("rd::semver", "contains the control character U+%1")
                    .arg(QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
        }
        if (c == u' ')
            return QCoreApplication::translate("rd::semver", "contains a space");
        if (QStringView(u"~^:?*[\\").contains(c))
            return QCoreApplication::translate("rd::semver", "contains '%1'").arg(c);
    }
    for (QStringView sequence : {QStringView(u".."), QStringView(u"//"), QStringView(u"@{")}) {
        if (part.contains(sequence))
            return QCoreApplication::translate("rd::semver", "contains '%1'").arg(sequence);
    }
    if (part.contains(u"/."))
        return QCoreApplication::translate("rd::semver", "has a path component starting with '.'");
    if (part.contains(u".lock/"))
        return QCoreApplication::translate("rd::semver",
                                           "has a path component ending with '.lock'");
    if (side == Side::Prefix && !part.isEmpty()) {
        if (part.front() == u'-' || part.front() == u'/' || part.front() == u'.')
            return QCoreApplication::translate("rd::semver", "starts with '%1'").arg(part.front());
    }
    if (side == Side::Suffix && !part.isEmpty()) {
        if (part.back() == u'/' || part.back() == u'.')
            return QCoreApplication::translate("rd::semver", "ends with '%1'").arg(part.back());
        if (part.endsWith(u".lock"))
            return QCoreApplication::translate("rd::semver", "ends with '.lock'");
    }
    return std::nullopt;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

TagPattern::TagPattern()
    : m_pattern(QStringLiteral("v{version}"))
    , m_prefix(QStringLiteral("v"))
{}

Result<TagPattern> TagPattern::parse(const QString &pattern)
{
    const auto invalid = [&pattern](const QString &reason) {
        return fail(errc::invalidTagPattern,
                    QCoreApplication::translate("rd::semver",
                                                "The tag pattern '%1' is not usable: %2.")
                            .arg(pattern, reason));
    };
    if (pattern.isEmpty()) {
        return invalid(QCoreApplication::translate(
                "rd::semver",
                "it is empty (write the tag name with {version} where the "
                "version goes, e.g. v{version})"));
    }
    const qsizetype count = pattern.count(placeholder);
    if (count == 0) {
        return invalid(
                QCoreApplication::translate("rd::semver",
                                            "it has no {version} placeholder (write it where the "
                                            "version goes, e.g. v{version} or pkg@{version})"));
    }
    if (count > 1) {
        return invalid(QCoreApplication::translate(
                               "rd::semver",
                               "it has %1 {version} placeholders; a tag names one version, "
                               "so the pattern needs exactly one")
                               .arg(count));
    }
    const qsizetype at = pattern.indexOf(placeholder);
    const QString prefix = pattern.first(at);
    const QString suffix = pattern.sliced(at + placeholder.size());
    for (const QString &part : {prefix, suffix}) {
        for (QChar brace : {u'{', u'}'}) {
            if (part.contains(brace)) {
                return invalid(QCoreApplication::translate(
                                       "rd::semver",
                                       "it has a '%1' outside the {version} placeholder "
                                       "(the only placeholder is {version}, in lower case)")
                                       .arg(brace));
            }
        }
    }
    if (prefix.startsWith(u"refs/")) {
        return invalid(QCoreApplication::translate(
                "rd::semver",
                "it starts with 'refs/' (a pattern names the tag itself: "
                "write v{version}, not refs/tags/v{version})"));
    }
    if (auto problem = refNameProblem(prefix, Side::Prefix)) {
        return invalid(QCoreApplication::translate(
                               "rd::semver",
                               "the text before {version} %1, which git does not allow "
                               "in a tag name")
                               .arg(*problem));
    }
    if (auto problem = refNameProblem(suffix, Side::Suffix)) {
        return invalid(QCoreApplication::translate(
                               "rd::semver",
                               "the text after {version} %1, which git does not allow in "
                               "a tag name")
                               .arg(*problem));
    }
    TagPattern result;
    result.m_pattern = pattern;
    result.m_prefix = prefix;
    result.m_suffix = suffix;
    return result;
}

bool TagPattern::matchesShape(QStringView tagName) const
{
    if (tagName.size() <= m_prefix.size() + m_suffix.size())
        return false;
    if (!tagName.startsWith(m_prefix) || !tagName.endsWith(m_suffix))
        return false;
    return isAsciiDigit(tagName[m_prefix.size()]);
}

std::optional<Result<Version>> TagPattern::match(QStringView tagName) const
{
    if (!matchesShape(tagName))
        return std::nullopt;
    const QStringView middle = tagName.sliced(m_prefix.size(),
                                              tagName.size() - m_prefix.size() - m_suffix.size());
    Result<Version> version = Version::parse(middle);
    if (!version) {
        return Result<Version>(
                fail(errc::invalidVersion,
                     QCoreApplication::translate(
                             "rd::semver",
                             "Tag '%1' looks like a version tag for the pattern '%2', but %3")
                             .arg(tagName, m_pattern, version.error().message)));
    }
    return version;
}

QString TagPattern::format(const Version &version) const
{
    return m_prefix + version.toString() + m_suffix;
}

std::optional<TagPattern> TagPattern::ofTag(QStringView tagName)
{
    for (qsizetype at = 0; at < tagName.size(); ++at) {
        // Not inside a number, and not after a dot: "1.2.3.4" is no version under "1.".
        if (!isAsciiDigit(tagName[at])
            || (at > 0 && (isAsciiDigit(tagName[at - 1]) || tagName[at - 1] == u'.')))
            continue;
        if (!Version::parse(tagName.sliced(at)))
            continue;
        auto pattern = parse(tagName.first(at).toString() + placeholder);
        if (!pattern)
            return std::nullopt;
        return *pattern;
    }
    return std::nullopt;
}

} // namespace rd
