// SPDX-License-Identifier: GPL-3.0-or-later
#include "pep440.h"

#include <QCoreApplication>
#include <limits>

namespace rd {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNumeric(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// ASCII only: a full Unicode lower-casing may change the length ("İ"), and positions in the
// lower-cased text must match the text the user wrote, which messages quote.
QString asciiLower(QStringView text)
{
    QString result = text.toString();
    for (QChar &c : result) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return result;
}

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'-' || c == u'_';
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

template<typename T>
int compareValues(const T &a, const T &b)
{
    return (a > b) - (a < b);
}

// Strips leading zeros: PEP 440 normalises integers ("007" → "7"), local segments included.
QStringView withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.sliced(1);
    return digits;
}

// Digit strings of any length, compared as numbers.
int compareDigits(QStringView a, QStringView b)
{
    a = withoutLeadingZeros(a);
    b = withoutLeadingZeros(b);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return sign(a.compare(b));
}

// PEP 440's grammar (its appendix regex) as a hand-written scanner over the lower-cased text, so
// a failure can say where and why. The order of the optional parts is fixed: epoch, release,
// pre, post, dev, local.
class Scanner
{
public:
    explicit Scanner(QString text)
        : m_text(std::move(text))
    {}

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QStringView rest() const { return QStringView(m_text).sliced(m_pos); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    void advance(qsizetype count = 1) { m_pos += count; }
    void rewind(qsizetype position) { m_pos = position; }

    bool take(QStringView word)
    {
        if (!rest().startsWith(word))
            return false;
        m_pos += word.size();
        return true;
    }

    // The first of `words` the text continues with; list longer words before their prefixes.
    std::optional<qsizetype> takeOneOf(std::initializer_list<QStringView> words)
    {
        qsizetype index = 0;
        for (QStringView word : words) {
            if (take(word))
                return index;
            ++index;
        }
        return std::nullopt;
    }

    bool takeSeparator()
    {
        if (!isSeparator(peek()))
            return false;
        ++m_pos;
        return true;
    }

    // A run of digits as a number; sets `problem` when it does not fit quint64.
    std::optional<quint64> takeNumber(std::optional<QString> *problem)
    {
        const qsizetype start = m_pos;
        while (isAsciiDigit(peek()))
            ++m_pos;
        if (m_pos == start)
            return std::nullopt;
        const QStringView digits = QStringView(m_text).sliced(start, m_pos - start);
        bool ok = false;
        const quint64 value = digits.toULongLong(&ok);
        if (!ok) {
            *problem = QCoreApplication::translate("rd::semver",
                                                   "the number %1 is too large (the largest is %2)")
                               .arg(digits, QString::number(std::numeric_limits<quint64>::max()));
        }
        return value;
    }

    // An optional separator and number after a label ("rc-1", "post.2", "dev3"). The separator
    // is only taken with a number after it: "1.0a.post1" is a0 followed by .post1.
    quint64 takeLabelNumber(std::optional<QString> *problem)
    {
        const qsizetype start = m_pos;
        takeSeparator();
        if (auto number = takeNumber(problem))
            return *number;
        rewind(start);
        return 0;
    }

private:
    QString m_text;
    qsizetype m_pos = 0;
};

QString preLabel(Pep440Version::PreKind kind)
{
    switch (kind) {
    case Pep440Version::PreKind::Alpha:
        return QStringLiteral("a");
    case Pep440Version::PreKind::Beta:
        return QStringLiteral("b");
    case Pep440Version::PreKind::ReleaseCandidate:
        return QStringLiteral("rc");
    case Pep440Version::PreKind::None:
        break;
    }
    return {};
}

QString semVerPreLabel(Pep440Version::PreKind kind)
{
    switch (kind) {
    case Pep440Version::PreKind::Alpha:
        return QStringLiteral("alpha");
    case Pep440Version::PreKind::Beta:
        return QStringLiteral("beta");
    case Pep440Version::PreKind::ReleaseCandidate:
        return QStringLiteral("rc");
    case Pep440Version::PreKind::None:
        break;
    }
    return {};
}

// A labelled number in SemVer pre-release or build identifiers, in any of the spellings
// "rc.1", "rc1" and "rc" (number 0, as PEP 440 reads a missing number).
struct Labelled
{
    QString label; // lower case
    quint64 number = 0;
};

// Reads one Labelled from `identifiers` at `*index`; nullopt when the identifier there is not
// a label (optionally with digits attached), or its number does not fit.
std::optional<Labelled> takeLabelled(const QStringList &identifiers, qsizetype *index)
{
    const QString identifier = asciiLower(identifiers[*index]);
    qsizetype letters = 0;
    while (letters < identifier.size() && isAsciiLetter(identifier[letters]))
        ++letters;
    if (letters == 0)
        return std::nullopt;
    Labelled result{identifier.first(letters), 0};
    bool ok = true;
    if (letters < identifier.size()) {
        const QStringView digits = QStringView(identifier).sliced(letters);
        if (!isNumeric(digits))
            return std::nullopt;
        result.number = digits.toULongLong(&ok);
        ++*index;
    } else if (*index + 1 < identifiers.size() && isNumeric(identifiers[*index + 1])) {
        result.number = identifiers[*index + 1].toULongLong(&ok);
        *index += 2;
    } else {
        ++*index;
    }
    if (!ok)
        return std::nullopt;
    return result;
}

} // namespace

Result<Pep440Version> Pep440Version::parse(QStringView text)
{
    // PEP 440 ignores surrounding whitespace and case; the normal form is lower case.
    const QStringView written = text.trimmed();
    const qsizetype leadingSpace = written.isEmpty() ? 0 : written.data() - text.data();
    Scanner in(asciiLower(written));
    Pep440Version version;
    std::optional<QString> problem;
    const auto invalid = [&text](const QString &reason) {
        return fail(errc::invalidPep440,
                    QCoreApplication::translate("rd::semver", "'%1' is not a PEP 440 version: %2.")
                            .arg(text, reason));
    };

    if (in.atEnd())
        return invalid(QCoreApplication::translate("rd::semver", "the text is empty"));
    in.take(u"v");

    // Epoch: "N!" before the release. Without the '!' the digits are the release's first number.
    const qsizetype releaseStart = in.position();
    if (auto number = in.takeNumber(&problem)) {
        if (in.take(u"!"))
            version.m_epoch = *number;
        else
            in.rewind(releaseStart);
    }
    if (problem)
        return invalid(*problem);

    // Release: N(.N)*. A dot is only the release's when a digit follows ("1.0.dev1").
    while (true) {
        const auto number = in.takeNumber(&problem);
        if (problem)
            return invalid(*problem);
        if (!number) {
            return invalid(
                    in.position() > releaseStart
                            ? QCoreApplication::translate(
                                      "rd::semver",
                                      "the epoch %1! is not followed by a release "
                                      "number")
                                      .arg(version.m_epoch)
                            : QCoreApplication::translate("rd::semver",
                                                          "it does not start with a release number "
                                                          "such as 1.0"));
        }
        version.m_release.append(*number);
        if (in.peek() == u'.' && isAsciiDigit(in.peek(1)))
            in.advance();
        else
            break;
    }
    // "1.0." — the loop left the dot for a following part; if none takes it, the final
    // end-of-text check below reports it.

    // Pre-release: [sep] (alpha|a|beta|b|preview|pre|rc|c) [[sep] N].
    {
        const qsizetype start = in.position();
        in.takeSeparator();
        const auto label = in.takeOneOf(
                {u"alpha", u"a", u"beta", u"b", u"preview", u"pre", u"rc", u"c"});
        if (label) {
            static constexpr PreKind kinds[] = {PreKind::Alpha,
                                                PreKind::Alpha,
                                                PreKind::Beta,
                                                PreKind::Beta,
                                                PreKind::ReleaseCandidate,
                                                PreKind::ReleaseCandidate,
                                                PreKind::ReleaseCandidate,
                                                PreKind::ReleaseCandidate};
            version.m_preKind = kinds[*label];
            version.m_preNumber = in.takeLabelNumber(&problem);
            if (problem)
                return invalid(*problem);
        } else {
            in.rewind(start);
        }
    }

    // Post-release: "-N", or [sep] (post|rev|r) [[sep] N].
    {
        const qsizetype start = in.position();
        if (in.peek() == u'-' && isAsciiDigit(in.peek(1))) {
            in.advance();
            version.m_post = in.takeNumber(&problem);
        } else {
            in.takeSeparator();
            if (in.takeOneOf({u"post", u"rev", u"r"}))
                version.m_post = in.takeLabelNumber(&problem);
            else
                in.rewind(start);
        }
        if (problem)
            return invalid(*problem);
    }

    // Dev release: [sep] dev [[sep] N].
    {
        const qsizetype start = in.position();
        in.takeSeparator();
        if (in.take(u"dev"))
            version.m_dev = in.takeLabelNumber(&problem);
        else
            in.rewind(start);
        if (problem)
            return invalid(*problem);
    }

    // Local version: "+" segments of [a-z0-9] separated by '.', '-' or '_' (normalised to '.').
    if (in.take(u"+")) {
        const QStringView local = written.sliced(in.position());
        if (local.isEmpty())
            return invalid(QCoreApplication::translate("rd::semver",
                                                       "the local version after '+' is empty"));
        QStringList segments;
        QString normalised = asciiLower(local);
        normalised.replace(u'-', u'.').replace(u'_', u'.');
        for (QStringView segment : QStringView(normalised).split(u'.')) {
            if (segment.isEmpty()) {
                return invalid(
                        QCoreApplication::translate("rd::semver",
                                                    "the local version '%1' has an empty segment "
                                                    "(segments are separated by single '.', '-' or "
                                                    "'_')")
                                .arg(local));
            }
            for (QChar c : segment) {
                if (!isAsciiDigit(c) && !(c >= u'a' && c <= u'z')) {
                    return invalid(QCoreApplication::translate(
                                           "rd::semver",
                                           "the local version '%1' contains '%2' (only "
                                           "letters, digits and the separators '.', '-' "
                                           "and '_' are allowed)")
                                           .arg(local)
                                           .arg(c));
                }
            }
            segments.append(isNumeric(segment) ? withoutLeadingZeros(segment).toString()
                                               : segment.toString());
        }
        version.m_local = segments.join(u'.');
        in.advance(local.size());
    }

    if (!in.atEnd()) {
        return invalid(QCoreApplication::translate(
                               "rd::semver",
                               "'%1' does not fit at position %2 (after the release come, "
                               "each optional and in this order: a pre-release such as "
                               "a1, b2 or rc1, a post-release such as .post1, a dev "
                               "release such as .dev1, and a local version such as "
                               "+ubuntu.1)")
                               .arg(written.sliced(in.position()))
                               .arg(leadingSpace + in.position() + 1));
    }
    return version;
}

QString Pep440Version::toString() const
{
    QString text;
    if (m_epoch != 0)
        text += QString::number(m_epoch) + u'!';
    for (qsizetype i = 0; i < m_release.size(); ++i) {
        if (i > 0)
            text += u'.';
        text += QString::number(m_release[i]);
    }
    if (m_preKind != PreKind::None)
        text += preLabel(m_preKind) + QString::number(m_preNumber);
    if (m_post)
        text += QStringLiteral(".post") + QString::number(*m_post);
    if (m_dev)
        text += QStringLiteral(".dev") + QString::number(*m_dev);
    if (!m_local.isEmpty())
        text += u'+' + m_local;
    return text;
}

int Pep440Version::compare(const Pep440Version &other) const
{
    if (int c = compareValues(m_epoch, other.m_epoch))
        return c;

    // Trailing zeros do not count: 1.0 == 1.0.0.
    const qsizetype length = std::max(m_release.size(), other.m_release.size());
    for (qsizetype i = 0; i < length; ++i) {
        const quint64 a = i < m_release.size() ? m_release[i] : 0;
        const quint64 b = i < other.m_release.size() ? other.m_release[i] : 0;
        if (int c = compareValues(a, b))
            return c;
    }

    // The pre-release phase as a rank: a bare dev release (1.0.dev1) sorts before every
    // pre-release of its version, a final or post release after all of them.
    const auto phase = [](const Pep440Version &v) {
        if (v.m_preKind == PreKind::None)
            return (!v.m_post && v.m_dev) ? -1 : 4;
        return static_cast<int>(v.m_preKind); // Alpha 1, Beta 2, ReleaseCandidate 3
    };
    if (int c = compareValues(phase(*this), phase(other)))
        return c;
    if (m_preKind != PreKind::None) {
        if (int c = compareValues(m_preNumber, other.m_preNumber))
            return c;
    }

    // No post release sorts before any post release.
    if (int c = compareValues(m_post.has_value(), other.m_post.has_value()))
        return c;
    if (m_post) {
        if (int c = compareValues(*m_post, *other.m_post))
            return c;
    }

    // A dev release sorts before the same version without one.
    if (int c = compareValues(!m_dev.has_value(), !other.m_dev.has_value()))
        return c;
    if (m_dev) {
        if (int c = compareValues(*m_dev, *other.m_dev))
            return c;
    }

    // Local versions sort after the public one; segment by segment, numbers above words, and
    // with equal leading segments the longer one is higher.
    const QList<QStringView> mine = m_local.isEmpty() ? QList<QStringView>()
                                                      : QStringView(m_local).split(u'.');
    const QList<QStringView> theirs = other.m_local.isEmpty()
                                              ? QList<QStringView>()
                                              : QStringView(other.m_local).split(u'.');
    const qsizetype common = std::min(mine.size(), theirs.size());
    for (qsizetype i = 0; i < common; ++i) {
        const bool aNumeric = isNumeric(mine[i]);
        const bool bNumeric = isNumeric(theirs[i]);
        int c = 0;
        if (aNumeric && bNumeric)
            c = compareDigits(mine[i], theirs[i]);
        else if (aNumeric != bNumeric)
            c = aNumeric ? 1 : -1;
        else
            c = sign(mine[i].compare(theirs[i], Qt::CaseInsensitive));
        if (c)
            return c;
    }
    return compareValues(mine.size(), theirs.size());
}

Result<Version> Pep440Version::toSemVer() const
{
    const auto notRepresentable = [this](const QString &reason) {
        return fail(errc::notRepresentable,
                    QCoreApplication::translate("rd::semver",
                                                "The Python version %1 has no SemVer form: %2.")
                            .arg(toString(), reason));
    };
    if (m_epoch != 0) {
        return notRepresentable(
                QCoreApplication::translate("rd::semver", "its epoch (%1!) has no place in SemVer")
                        .arg(m_epoch));
    }
    if (m_release.size() > 3) {
        return notRepresentable(
                QCoreApplication::translate("rd::semver",
                                            "its release has %1 numbers, SemVer has three "
                                            "(major.minor.patch)")
                        .arg(m_release.size()));
    }
    const auto part = [this](qsizetype i) { return i < m_release.size() ? m_release[i] : 0; };

    QStringList preRelease;
    if (m_preKind != PreKind::None)
        preRelease << semVerPreLabel(m_preKind) << QString::number(m_preNumber);
    if (m_dev)
        preRelease << QStringLiteral("dev") << QString::number(*m_dev);

    QStringList build;
    if (m_post)
        build << QStringLiteral("post") << QString::number(*m_post);
    if (!m_local.isEmpty()) {
        const QStringList local = m_local.split(u'.');
        // fromSemVer() reads a leading "post.N" or "postN" as the post release; a local version
        // spelt that way would come back as a different version.
        qsizetype index = 0;
        const auto labelled = takeLabelled(local, &index);
        if (!m_post && labelled && labelled->label == u"post") {
            return notRepresentable(
                    QCoreApplication::translate("rd::semver",
                                                "its local version +%1 would read back as a "
                                                "post-release")
                            .arg(m_local));
        }
        build << local;
    }
    return Version(part(0), part(1), part(2), preRelease, build);
}

Result<Pep440Version> Pep440Version::fromSemVer(const Version &version)
{
    const auto notRepresentable = [&version](const QString &reason) {
        return fail(errc::notRepresentable,
                    QCoreApplication::translate("rd::semver",
                                                "The version %1 has no PEP 440 form: %2.")
                            .arg(version.toString(), reason));
    };
    Pep440Version result;
    result.m_release = {version.major(), version.minor(), version.patch()};

    // Pre-release: [alpha|a|beta|b|rc N] then [dev N], nothing else.
    const QStringList &pre = version.preRelease();
    qsizetype index = 0;
    if (index < pre.size()) {
        const qsizetype start = index;
        const auto labelled = takeLabelled(pre, &index);
        PreKind kind = PreKind::None;
        if (labelled) {
            if (labelled->label == u"alpha" || labelled->label == u"a")
                kind = PreKind::Alpha;
            else if (labelled->label == u"beta" || labelled->label == u"b")
                kind = PreKind::Beta;
            else if (labelled->label == u"rc")
                kind = PreKind::ReleaseCandidate;
        }
        if (kind != PreKind::None) {
            result.m_preKind = kind;
            result.m_preNumber = labelled->number;
        } else {
            index = start; // maybe the dev part
        }
    }
    if (index < pre.size()) {
        const qsizetype start = index;
        const auto labelled = takeLabelled(pre, &index);
        if (labelled && labelled->label == u"dev") {
            result.m_dev = labelled->number;
        } else {
            index = start;
        }
    }
    if (index < pre.size()) {
        return notRepresentable(
                QCoreApplication::translate(
                        "rd::semver",
                        "its pre-release '%1' is not alpha/a, beta/b or rc, then dev, each "
                        "with a number (e.g. -rc.1 or -alpha.1.dev.2)")
                        .arg(pre.join(u'.')));
    }

    // Build metadata: a leading post.N is the post release, the rest the local version.
    const QStringList &build = version.build();
    index = 0;
    if (!build.isEmpty()) {
        const auto labelled = takeLabelled(build, &index);
        if (labelled && labelled->label == u"post")
            result.m_post = labelled->number;
        else
            index = 0;
    }
    QStringList local;
    for (; index < build.size(); ++index) {
        // '-' is a local-version separator; PEP 440 normalises it to '.'.
        for (QStringView segment : QStringView(build[index]).split(u'-')) {
            if (segment.isEmpty()) {
                return notRepresentable(
                        QCoreApplication::translate("rd::semver",
                                                    "its build identifier '%1' would leave an "
                                                    "empty segment in the local version")
                                .arg(build[index]));
            }
            const QString lower = asciiLower(segment);
            local.append(isNumeric(lower) ? withoutLeadingZeros(lower).toString() : lower);
        }
    }
    result.m_local = local.join(u'.');
    return result;
}

} // namespace rd
