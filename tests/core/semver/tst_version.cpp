// SPDX-License-Identifier: GPL-3.0-or-later
// SemVer 2.0.0 parsing, formatting and precedence: every example of the specification, the
// valid/invalid lists of its regex test suite, and randomized properties with a fixed seed.
#include "semver/version.h"

#include "testutil.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <limits>
#include <tuple>

using rd::Version;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

Version parsed(const QString &text)
{
    auto version = Version::parse(text);
    if (!version)
        qFatal("test data '%s' does not parse: %s",
               qPrintable(text),
               qPrintable(version.error().message));
    return *version;
}

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesComponents_data();
    void parsesComponents();
    void specRegexSuiteValid_data();
    void specRegexSuiteValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void errorMessageQuotesInputAndRule();
    void numbersUpToQuint64();
    void specPrecedenceChains_data();
    void specPrecedenceChains();
    void compares_data();
    void compares();
    void buildMetadataIsIdentityNotPrecedence();
    void hashFollowsEquality();
    void coreAndDefault();
    void parsePreRelease_data();
    void parsePreRelease();
    void randomizedProperties();
};

void TestVersion::parsesComponents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("major");
    QTest::addColumn<quint64>("minor");
    QTest::addColumn<quint64>("patch");
    QTest::addColumn<QStringList>("preRelease");
    QTest::addColumn<QStringList>("build");

    // SemVer 2.0.0 §2 and §9: normal versions and pre-releases.
    QTest::newRow("§2 1.9.0") << "1.9.0" << 1ull << 9ull << 0ull << QStringList() << QStringList();
    QTest::newRow("§2 1.10.0") << "1.10.0" << 1ull << 10ull << 0ull << QStringList()
                               << QStringList();
    QTest::newRow("§9 1.0.0-alpha")
            << "1.0.0-alpha" << 1ull << 0ull << 0ull << QStringList{"alpha"} << QStringList();
    QTest::newRow("§9 1.0.0-alpha.1") << "1.0.0-alpha.1" << 1ull << 0ull << 0ull
                                      << QStringList{"alpha", "1"} << QStringList();
    QTest::newRow("§9 1.0.0-0.3.7")
            << "1.0.0-0.3.7" << 1ull << 0ull << 0ull << QStringList{"0", "3", "7"} << QStringList();
    QTest::newRow("§9 1.0.0-x.7.z.92") << "1.0.0-x.7.z.92" << 1ull << 0ull << 0ull
                                       << QStringList{"x", "7", "z", "92"} << QStringList();
    QTest::newRow("§9 1.0.0-x-y-z.--") << "1.0.0-x-y-z.--" << 1ull << 0ull << 0ull
                                       << QStringList{"x-y-z", "--"} << QStringList();
    // §10: build metadata, where leading zeros are allowed.
    QTest::newRow("§10 1.0.0-alpha+001") << "1.0.0-alpha+001" << 1ull << 0ull << 0ull
                                         << QStringList{"alpha"} << QStringList{"001"};
    QTest::newRow("§10 1.0.0+20130313144700") << "1.0.0+20130313144700" << 1ull << 0ull << 0ull
                                              << QStringList() << QStringList{"20130313144700"};
    QTest::newRow("§10 1.0.0-beta+exp.sha.5114f85")
            << "1.0.0-beta+exp.sha.5114f85" << 1ull << 0ull << 0ull << QStringList{"beta"}
            << QStringList{"exp", "sha", "5114f85"};
    QTest::newRow("§10 1.0.0+21AF26D3----117B344092BD")
            << "1.0.0+21AF26D3----117B344092BD" << 1ull << 0ull << 0ull << QStringList()
            << QStringList{"21AF26D3----117B344092BD"};
    // A '-' inside the build metadata is part of an identifier, not a pre-release.
    QTest::newRow("build with dash") << "1.1.2+meta-valid" << 1ull << 1ull << 2ull << QStringList()
                                     << QStringList{"meta-valid"};
    QTest::newRow("pre and build")
            << "1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay" << 1ull << 0ull << 0ull
            << QStringList{"alpha-a", "b-c-somethinglong"}
            << QStringList{"build", "1-aef", "1-its-okay"};
    QTest::newRow("0.0.0") << "0.0.0" << 0ull << 0ull << 0ull << QStringList() << QStringList();
}

void TestVersion::parsesComponents()
{
    QFETCH(QString, text);
    QFETCH(quint64, major);
    QFETCH(quint64, minor);
    QFETCH(quint64, patch);
    QFETCH(QStringList, preRelease);
    QFETCH(QStringList, build);

    const auto version = Version::parse(text);
    QVERIFY2(version, qPrintable(errorText(version)));
    QCOMPARE(version->major(), major);
    QCOMPARE(version->minor(), minor);
    QCOMPARE(version->patch(), patch);
    QCOMPARE(version->preRelease(), preRelease);
    QCOMPARE(version->build(), build);
    QCOMPARE(version->isPreRelease(), !preRelease.isEmpty());
    QCOMPARE(version->toString(), text);
    QCOMPARE(*version, Version(major, minor, patch, preRelease, build));
}

void TestVersion::specRegexSuiteValid_data()
{
    QTest::addColumn<QString>("text");
    // The "valid" list of the regex test suite linked from semver.org's FAQ. Its last entry,
    // 99999999999999999999999.999999999999999999.99999999999999999, is valid for the regex but
    // beyond quint64 here: rejectsInvalid() covers it.
    const char *const valid[] = {
            "0.0.4",
            "1.2.3",
            "10.20.30",
            "1.1.2-prerelease+meta",
            "1.1.2+meta",
            "1.1.2+meta-valid",
            "1.0.0-alpha",
            "1.0.0-beta",
            "1.0.0-alpha.beta",
            "1.0.0-alpha.beta.1",
            "1.0.0-alpha.1",
            "1.0.0-alpha0.valid",
            "1.0.0-alpha.0valid",
            "1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay",
            "1.0.0-rc.1+build.1",
            "2.0.0-rc.1+build.123",
            "1.2.3-beta",
            "10.2.3-DEV-SNAPSHOT",
            "1.2.3-SNAPSHOT-123",
            "1.0.0",
            "2.0.0",
            "1.1.7",
            "2.0.0+build.1848",
            "2.0.1-alpha.1227",
            "1.0.0-alpha+beta",
            "1.2.3----RC-SNAPSHOT.12.9.1--.12+788",
            "1.2.3----R-S.12.9.1--.12+meta",
            "1.2.3----RC-SNAPSHOT.12.9.1--.12",
            "1.0.0+0.build.1-rc.10000aaa-kk-0.1",
            "1.0.0-0A.is.legal",
    };
    for (const char *text : valid)
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestVersion::specRegexSuiteValid()
{
    QFETCH(QString, text);
    const auto version = Version::parse(text);
    QVERIFY2(version, qPrintable(errorText(version)));
    QVERIFY(Version::isValid(text));
    QCOMPARE(version->toString(), text);
}

void TestVersion::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // what the message must say after the quoted input

    // The "invalid" list of the regex test suite linked from semver.org's FAQ.
    QTest::newRow("1") << "1"
                       << "the version core '1' has 1 part";
    QTest::newRow("1.2") << "1.2"
                         << "the version core '1.2' has 2 parts";
    QTest::newRow("1.2.3-0123") << "1.2.3-0123"
                                << "pre-release identifier 1 ('0123') is a number with a "
                                   "leading zero";
    QTest::newRow("1.2.3-0123.0123") << "1.2.3-0123.0123"
                                     << "pre-release identifier 1 ('0123') is a number with a "
                                        "leading zero";
    QTest::newRow("1.1.2+.123") << "1.1.2+.123"
                                << "build identifier 1 is empty";
    QTest::newRow("+invalid") << "+invalid"
                              << "it starts with '+'";
    QTest::newRow("-invalid") << "-invalid"
                              << "it starts with '-'";
    QTest::newRow("-invalid+invalid") << "-invalid+invalid"
                                      << "it starts with '-'";
    QTest::newRow("-invalid.01") << "-invalid.01"
                                 << "it starts with '-'";
    QTest::newRow("alpha") << "alpha"
                           << "the version core 'alpha' has 1 part";
    QTest::newRow("alpha.beta") << "alpha.beta"
                                << "the version core 'alpha.beta' has 2 parts";
    QTest::newRow("alpha.beta.1") << "alpha.beta.1"
                                  << "the major number 'alpha' is not a number";
    QTest::newRow("alpha.1") << "alpha.1"
                             << "has 2 parts";
    QTest::newRow("alpha+beta") << "alpha+beta"
                                << "has 1 part";
    QTest::newRow("alpha_beta") << "alpha_beta"
                                << "it contains '_' at position 6";
    QTest::newRow("alpha.") << "alpha."
                            << "has 2 parts";
    QTest::newRow("alpha..") << "alpha.."
                             << "the major number 'alpha' is not a number";
    QTest::newRow("beta") << "beta"
                          << "has 1 part";
    QTest::newRow("1.0.0-alpha_beta") << "1.0.0-alpha_beta"
                                      << "it contains '_' at position 12";
    QTest::newRow("-alpha.") << "-alpha."
                             << "it starts with '-'";
    QTest::newRow("1.0.0-alpha..") << "1.0.0-alpha.."
                                   << "pre-release identifier 2 is empty";
    QTest::newRow("1.0.0-alpha..1") << "1.0.0-alpha..1"
                                    << "pre-release identifier 2 is empty";
    QTest::newRow("1.0.0-alpha...1") << "1.0.0-alpha...1"
                                     << "pre-release identifier 2 is empty";
    QTest::newRow("1.0.0-alpha....1") << "1.0.0-alpha....1"
                                      << "identifier 2 is empty";
    QTest::newRow("1.0.0-alpha.....1") << "1.0.0-alpha.....1"
                                       << "identifier 2 is empty";
    QTest::newRow("1.0.0-alpha......1") << "1.0.0-alpha......1"
                                        << "identifier 2 is empty";
    QTest::newRow("1.0.0-alpha.......1") << "1.0.0-alpha.......1"
                                         << "identifier 2 is empty";
    QTest::newRow("01.1.1") << "01.1.1"
                            << "the major number has a leading zero ('01')";
    QTest::newRow("1.01.1") << "1.01.1"
                            << "the minor number has a leading zero ('01')";
    QTest::newRow("1.1.01") << "1.1.01"
                            << "the patch number has a leading zero ('01')";
    QTest::newRow("1.2.3.DEV") << "1.2.3.DEV"
                               << "the version core '1.2.3.DEV' has 4 parts";
    QTest::newRow("1.2-SNAPSHOT") << "1.2-SNAPSHOT"
                                  << "the version core '1.2' has 2 parts";
    QTest::newRow("1.2.31.2.3----RC-SNAPSHOT.12.09.1--..12+788")
            << "1.2.31.2.3----RC-SNAPSHOT.12.09.1--..12+788"
            << "the version core '1.2.31.2.3' has 5 parts";
    QTest::newRow("1.2-RC-SNAPSHOT") << "1.2-RC-SNAPSHOT"
                                     << "has 2 parts";
    QTest::newRow("-1.0.3-gamma+b7718") << "-1.0.3-gamma+b7718"
                                        << "it starts with '-'";
    QTest::newRow("+justmeta") << "+justmeta"
                               << "it starts with '+'";
    QTest::newRow("9.8.7+meta+meta") << "9.8.7+meta+meta"
                                     << "the build metadata has a second '+' at position 11";
    QTest::newRow("9.8.7-whatever+meta+meta")
            << "9.8.7-whatever+meta+meta"
            << "the build metadata has a second '+' at position 20";
    QTest::newRow("huge numbers")
            << "99999999999999999999999.999999999999999999.99999999999999999"
            << "the major number '99999999999999999999999' is too large (the largest is "
               "18446744073709551615)";
    QTest::newRow("huge numbers with pre-release")
            << "99999999999999999999999.999999999999999999.99999999999999999----RC-SNAPSHOT.12."
               "09.1--------------------------------..12"
            << "the major number '99999999999999999999999' is too large";

    // More mistakes people make, each with the rule that names it.
    QTest::newRow("empty") << ""
                           << "the text is empty";
    QTest::newRow("tag prefix") << "v1.2.3"
                                << "it starts with 'v'";
    QTest::newRow("upper-case tag prefix") << "V1.2.3"
                                           << "it starts with 'V'";
    QTest::newRow("trailing space") << "1.2.3 "
                                    << "it contains a space at position 6";
    QTest::newRow("leading space") << " 1.2.3"
                                   << "it contains a space at position 1";
    QTest::newRow("tab") << "1.2.3\t"
                         << "it contains U+0009 at position 6";
    QTest::newRow("non-ASCII digit")
            << QString::fromUtf8("1.2.\u0663") << "it contains '\u0663' at position 5";
    QTest::newRow("empty minor") << "1..3"
                                 << "the minor number is empty";
    QTest::newRow("empty patch") << "1.2."
                                 << "the patch number is empty";
    QTest::newRow("letters in patch") << "1.2.3a"
                                      << "the patch number '3a' is not a number";
    QTest::newRow("Python-style pre-release")
            << "1.2.3rc1"
            << "the patch number '3rc1' is not a number (a pre-release goes after a '-': "
               "'1.2.3-rc1')";
    QTest::newRow("wildcard patch") << "1.2.x"
                                    << "the patch number 'x' is not a number (only digits";
    QTest::newRow("empty pre-release") << "1.2.3-"
                                       << "the pre-release after '-' is empty";
    QTest::newRow("empty pre-release before build") << "1.2.3-+b"
                                                    << "the pre-release after '-' is empty";
    QTest::newRow("empty build") << "1.2.3+"
                                 << "the build metadata after '+' is empty";
    QTest::newRow("trailing dot in pre-release") << "1.2.3-rc."
                                                 << "pre-release identifier 2 is "
                                                    "empty";
    QTest::newRow("trailing dot in build") << "1.2.3+b."
                                           << "build identifier 2 is empty";
    QTest::newRow("zero-padded later pre-release number")
            << "1.2.3-rc.01"
            << "pre-release identifier 2 ('01') is a number with a leading zero";
    QTest::newRow("major overflow by one")
            << "18446744073709551616.0.0"
            << "the major number '18446744073709551616' is too large";
    QTest::newRow("minor overflow") << "0.18446744073709551616.0"
                                    << "the minor number";
    QTest::newRow("patch overflow") << "0.0.99999999999999999999"
                                    << "the patch number";
}

void TestVersion::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const auto version = Version::parse(text);
    QVERIFY2(!version, qPrintable(text + " parsed as " + (version ? version->toString() : "")));
    QVERIFY(!Version::isValid(text));
    QCOMPARE(version.error().code, QString(rd::errc::invalidVersion.toString()));
    const QString message = version.error().message;
    const QString head = "'" + text + "' is not a SemVer version: ";
    QVERIFY2(message.startsWith(head), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
}

void TestVersion::errorMessageQuotesInputAndRule()
{
    // The product issue's own example, word for word.
    QCOMPARE(errorText(Version::parse(u"1.02.3")),
             QString("'1.02.3' is not a SemVer version: the minor number has a leading zero "
                     "('02')."));
    QCOMPARE(errorText(Version::parse(u"1.2")),
             QString("'1.2' is not a SemVer version: the version core '1.2' has 2 parts (it "
                     "needs exactly three numbers: major.minor.patch)."));
}

void TestVersion::numbersUpToQuint64()
{
    constexpr quint64 max = std::numeric_limits<quint64>::max();
    const auto version = Version::parse(
            u"18446744073709551615.18446744073709551615.18446744073709551615");
    QVERIFY2(version, qPrintable(errorText(version)));
    QCOMPARE(version->major(), max);
    QCOMPARE(version->minor(), max);
    QCOMPARE(version->patch(), max);
    QVERIFY(parsed("18446744073709551614.0.0") < *version);
    // Numeric pre-release identifiers have no limit in the spec; they still compare as numbers.
    const Version big = parsed("1.0.0-123456789012345678901234567890");
    QVERIFY(parsed("1.0.0-99999999999999999999999999999") < big);
    QVERIFY(big < parsed("1.0.0-123456789012345678901234567891"));
    QVERIFY(big < parsed("1.0.0-a"));
}

void TestVersion::specPrecedenceChains_data()
{
    QTest::addColumn<QStringList>("chain"); // strictly increasing

    QTest::newRow("§11.2 normal versions") << QStringList{"1.0.0", "2.0.0", "2.1.0", "2.1.1"};
    QTest::newRow("§2 numbers, not text") << QStringList{"1.9.0", "1.10.0", "1.11.0"};
    QTest::newRow("§11.3 pre-release below release") << QStringList{"1.0.0-alpha", "1.0.0"};
    QTest::newRow("§11.4 pre-release chain") << QStringList{"1.0.0-alpha",
                                                            "1.0.0-alpha.1",
                                                            "1.0.0-alpha.beta",
                                                            "1.0.0-beta",
                                                            "1.0.0-beta.2",
                                                            "1.0.0-beta.11",
                                                            "1.0.0-rc.1",
                                                            "1.0.0"};
    QTest::newRow("pre-release of the next version above the last")
            << QStringList{"1.2.3", "1.2.4-0", "1.2.4-alpha", "1.2.4", "1.3.0-rc.1", "2.0.0-0"};
}

void TestVersion::specPrecedenceChains()
{
    QFETCH(QStringList, chain);
    QList<Version> versions;
    for (const QString &text : chain)
        versions.append(parsed(text));
    for (qsizetype i = 0; i < versions.size(); ++i) {
        for (qsizetype j = 0; j < versions.size(); ++j) {
            const int expected = sign(int(i) - int(j));
            QVERIFY2(sign(versions[i].compare(versions[j])) == expected,
                     qPrintable(QString("%1 vs %2: expected %3, got %4")
                                        .arg(chain[i], chain[j])
                                        .arg(expected)
                                        .arg(versions[i].compare(versions[j]))));
            QCOMPARE(versions[i] < versions[j], i < j);
            QCOMPARE(versions[i] > versions[j], i > j);
            QCOMPARE(versions[i] <= versions[j], i <= j);
            QCOMPARE(versions[i] >= versions[j], i >= j);
        }
    }
}

void TestVersion::compares_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("major first") << "2.0.0"
                                 << "1.99.99" << 1;
    QTest::newRow("minor before patch") << "1.2.0"
                                        << "1.1.99" << 1;
    QTest::newRow("numeric identifiers numerically") << "1.0.0-2"
                                                     << "1.0.0-10" << -1;
    QTest::newRow("alphanumeric identifiers in ASCII order") << "1.0.0-alpha-2"
                                                             << "1.0.0-alpha-10" << 1;
    QTest::newRow("upper case sorts before lower case") << "1.0.0-RC.1"
                                                        << "1.0.0-rc.1" << -1;
    QTest::newRow("'-' sorts before digits") << "1.0.0--"
                                             << "1.0.0-0a" << -1;
    QTest::newRow("numeric below alphanumeric") << "1.0.0-999"
                                                << "1.0.0-a" << -1;
    QTest::newRow("digits with a letter are alphanumeric") << "1.0.0-0A"
                                                           << "1.0.0-0" << 1;
    QTest::newRow("more identifiers sort higher") << "1.0.0-rc.1.0"
                                                  << "1.0.0-rc.1" << 1;
    QTest::newRow("build metadata ignored") << "1.0.0+b"
                                            << "1.0.0+a" << 0;
    QTest::newRow("build ignored on pre-release") << "1.0.0-alpha+001"
                                                  << "1.0.0-alpha" << 0;
    QTest::newRow("release with build above pre-release") << "1.0.0+1"
                                                          << "1.0.0-rc.9" << 1;
    QTest::newRow("equal") << "1.2.3-x.7.z.92"
                           << "1.2.3-x.7.z.92" << 0;
}

void TestVersion::compares()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(sign(parsed(a).compare(parsed(b))), expected);
    QCOMPARE(sign(parsed(b).compare(parsed(a))), -expected);
}

void TestVersion::buildMetadataIsIdentityNotPrecedence()
{
    const Version a = parsed("1.0.0+a");
    const Version b = parsed("1.0.0+b");
    QCOMPARE(a.compare(b), 0);
    QVERIFY(a != b);
    QVERIFY(!(a < b) && !(b < a));
    QVERIFY(a <= b && a >= b);
    QCOMPARE(a, parsed("1.0.0+a"));
}

void TestVersion::hashFollowsEquality()
{
    QCOMPARE(qHash(parsed("1.2.3-rc.1+b.7")), qHash(Version(1, 2, 3, {"rc", "1"}, {"b", "7"})));
    QCOMPARE(qHash(parsed("1.2.3"), 42), qHash(Version(1, 2, 3), 42));

    QSet<Version> set;
    for (const char *text : {"1.0.0", "1.0.0+a", "1.0.0+b", "1.0.0-rc.1", "1.0.0", "1.0.0+a"})
        set.insert(parsed(QString::fromLatin1(text)));
    QCOMPARE(set.size(), 4);
    QVERIFY(set.contains(Version(1, 0, 0, {"rc", "1"})));
    QVERIFY(!set.contains(Version(1, 0, 0, {"rc", "2"})));
}

void TestVersion::coreAndDefault()
{
    QCOMPARE(Version().toString(), QString("0.0.0"));
    QCOMPARE(Version(), parsed("0.0.0"));
    const Version version = parsed("4.5.6-beta.2+sha.1");
    QCOMPARE(version.core(), Version(4, 5, 6));
    QVERIFY(!version.core().isPreRelease());
    QVERIFY(version.core().build().isEmpty());
}

void TestVersion::parsePreRelease_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("identifiers"); // empty: invalid
    QTest::addColumn<QString>("reason");

    QTest::newRow("rc") << "rc" << QStringList{"rc"} << QString();
    QTest::newRow("beta.2") << "beta.2" << QStringList{"beta", "2"} << QString();
    QTest::newRow("next-major") << "next-major" << QStringList{"next-major"} << QString();
    QTest::newRow("empty") << "" << QStringList() << "the pre-release after '-' is empty";
    QTest::newRow("underscore") << "rc_1" << QStringList()
                                << "pre-release identifier 1 ('rc_1') contains '_' at position 3";
    QTest::newRow("plus") << "rc+1" << QStringList() << "contains '+' at position 3";
    QTest::newRow("space") << "release candidate" << QStringList() << "contains a space";
    QTest::newRow("leading zero") << "rc.01" << QStringList() << "leading zero";
    QTest::newRow("double dot") << "rc..1" << QStringList() << "identifier 2 is empty";
}

void TestVersion::parsePreRelease()
{
    QFETCH(QString, text);
    QFETCH(QStringList, identifiers);
    QFETCH(QString, reason);

    const auto result = Version::parsePreRelease(text);
    if (!identifiers.isEmpty()) {
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(*result, identifiers);
        return;
    }
    QVERIFY(!result);
    QVERIFY2(result.error().message.startsWith("'" + text + "' is not a valid pre-release: "),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
}

void TestVersion::randomizedProperties()
{
    // A fixed seed: a failure reproduces. Small pools make equal parts (and so the deeper
    // comparison rules) common.
    QRandomGenerator random(20240523);
    const quint64 numbers[] = {0, 1, 2, 9, 10, 11, 100, std::numeric_limits<quint64>::max()};
    const QStringList preIdentifiers = {"0",
                                        "1",
                                        "2",
                                        "9",
                                        "10",
                                        "11",
                                        "a",
                                        "A",
                                        "Z",
                                        "alpha",
                                        "beta",
                                        "rc",
                                        "-",
                                        "--",
                                        "a-b",
                                        "0a",
                                        "x9",
                                        "99999999999999999999999"};
    const QStringList buildIdentifiers = {"001", "sha", "5114f85", "exp-1", "0"};
    const auto pick = [&random](const auto &pool) {
        return pool[random.bounded(int(std::size(pool)))];
    };
    const auto identifiers = [&](const QStringList &pool, int maxCount) {
        QStringList result;
        const int count = random.bounded(maxCount + 1);
        for (int i = 0; i < count; ++i)
            result.append(pick(pool));
        return result;
    };

    QList<Version> versions;
    for (int i = 0; i < 400; ++i) {
        versions.append(Version(pick(numbers),
                                pick(numbers),
                                pick(numbers),
                                identifiers(preIdentifiers, 3),
                                identifiers(buildIdentifiers, 2)));
    }

    for (const Version &v : versions) {
        // Formatting and parsing are inverses.
        const auto reparsed = Version::parse(v.toString());
        QVERIFY2(reparsed, qPrintable(errorText(reparsed)));
        QCOMPARE(*reparsed, v);
        QCOMPARE(v.compare(v), 0);
        // Build metadata never changes precedence; a pre-release is below its release.
        const Version withoutBuild(v.major(), v.minor(), v.patch(), v.preRelease());
        QCOMPARE(v.compare(withoutBuild), 0);
        if (v.isPreRelease())
            QVERIFY(v < v.core());
    }

    for (const Version &a : versions) {
        for (const Version &b : versions) {
            const int ab = sign(a.compare(b));
            // Antisymmetric.
            QCOMPARE(sign(b.compare(a)), -ab);
            // The version core decides first, as a tuple of numbers.
            const auto coreA = std::tuple(a.major(), a.minor(), a.patch());
            const auto coreB = std::tuple(b.major(), b.minor(), b.patch());
            if (coreA != coreB)
                QCOMPARE(ab, coreA < coreB ? -1 : 1);
            // Equal precedence means equal identity once build metadata is set aside.
            if (ab == 0)
                QCOMPARE(a.preRelease(), b.preRelease());
        }
    }

    // Transitive, on a subset (the triples grow cubically).
    const QList<Version> subset = versions.first(70);
    for (const Version &a : subset) {
        for (const Version &b : subset) {
            if (a.compare(b) > 0)
                continue;
            for (const Version &c : subset) {
                if (b.compare(c) <= 0)
                    QVERIFY(a.compare(c) <= 0);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
