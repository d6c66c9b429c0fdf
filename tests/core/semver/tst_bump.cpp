// SPDX-License-Identifier: GPL-3.0-or-later
// Bump levels, the 0.x policy, pre-release channels and the next-version decision, including the
// sentences that explain it to users.
#include "semver/bump.h"

#include "testutil.h"

#include <QTest>

using namespace rd;

namespace {

Version parsed(const QString &text)
{
    auto version = Version::parse(text);
    if (!version)
        qFatal("test data '%s' does not parse: %s",
               qPrintable(text),
               qPrintable(version.error().message));
    return *version;
}

BumpLevel level(const QString &name)
{
    const auto result = bumpLevelFromString(name);
    if (!result)
        qFatal("test data: no bump level '%s'", qPrintable(name));
    return *result;
}

// The request a table row describes; empty strings leave a field unset.
NextVersionRequest request(const QString &lastRelease,
                           const QString &lastPreRelease,
                           const QString &bumpLevel,
                           const QString &channel,
                           bool breakingBumpsMajor,
                           const QString &initialVersion)
{
    NextVersionRequest result;
    if (!lastRelease.isEmpty())
        result.lastRelease = parsed(lastRelease);
    if (!lastPreRelease.isEmpty())
        result.lastPreRelease = parsed(lastPreRelease);
    result.level = level(bumpLevel);
    result.channel = channel;
    result.zeroMajor.breakingBumpsMajor = breakingBumpsMajor;
    if (!initialVersion.isEmpty())
        result.initialVersion = parsed(initialVersion);
    return result;
}

void addRequestColumns()
{
    QTest::addColumn<QString>("lastRelease");
    QTest::addColumn<QString>("lastPreRelease");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("breakingBumpsMajor");
    QTest::addColumn<QString>("initialVersion"); // empty: the default, 0.1.0
}

const QString minorStep = QStringLiteral(
        "1.2.3 → 1.3.0: a minor change (such as a new feature) bumps the minor number");

} // namespace

class TestBump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelNames_data();
    void levelNames();
    void levelsAreOrdered();
    void bumped_data();
    void bumped();
    void effectiveLevel_data();
    void effectiveLevel();
    void splitPreRelease_data();
    void splitPreRelease();
    void nextVersion_data();
    void nextVersion();
    void nextVersionErrors_data();
    void nextVersionErrors();
    void defaultInitialVersion();
};

void TestBump::levelNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: not a level

    QTest::newRow("none") << "none" << int(BumpLevel::None);
    QTest::newRow("patch") << "patch" << int(BumpLevel::Patch);
    QTest::newRow("minor") << "minor" << int(BumpLevel::Minor);
    QTest::newRow("major") << "major" << int(BumpLevel::Major);
    QTest::newRow("upper case") << "MAJOR" << int(BumpLevel::Major);
    QTest::newRow("mixed case") << "Minor" << int(BumpLevel::Minor);
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("padded") << " major" << -1;
    QTest::newRow("unknown") << "breaking" << -1;
}

void TestBump::levelNames()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto result = bumpLevelFromString(text);
    if (expected < 0) {
        QVERIFY(!result);
        return;
    }
    QVERIFY(result);
    QCOMPARE(int(*result), expected);
    QCOMPARE(toString(*result), text.toLower());
}

void TestBump::levelsAreOrdered()
{
    // A release's level is the max() of its commits' levels.
    QVERIFY(std::max({BumpLevel::Patch, BumpLevel::Major, BumpLevel::Minor}) == BumpLevel::Major);
    QVERIFY(BumpLevel::None < BumpLevel::Patch);
    QVERIFY(BumpLevel::Patch < BumpLevel::Minor);
}

void TestBump::bumped_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("expected");

    QTest::newRow("major") << "1.2.3"
                           << "major"
                           << "2.0.0";
    QTest::newRow("minor") << "1.2.3"
                           << "minor"
                           << "1.3.0";
    QTest::newRow("patch") << "1.2.3"
                           << "patch"
                           << "1.2.4";
    QTest::newRow("none keeps everything") << "1.2.3-rc.1+b"
                                           << "none"
                                           << "1.2.3-rc.1+b";
    QTest::newRow("pre-release and build dropped") << "1.2.3-rc.1+b"
                                                   << "patch"
                                                   << "1.2.4";
    QTest::newRow("numbers, not text") << "1.9.9"
                                       << "minor"
                                       << "1.10.0";
    QTest::newRow("0.x plain bump") << "0.4.2"
                                    << "major"
                                    << "1.0.0";
}

void TestBump::bumped()
{
    QFETCH(QString, version);
    QFETCH(QString, level);
    QFETCH(QString, expected);
    QCOMPARE(rd::bumped(parsed(version), ::level(level)), parsed(expected));
}

void TestBump::effectiveLevel_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("breakingBumpsMajor");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1.x breaking") << "1.2.3"
                                  << "major" << false << "major";
    QTest::newRow("0.x breaking") << "0.4.2"
                                  << "major" << false << "minor";
    QTest::newRow("0.x breaking, policy major") << "0.4.2"
                                                << "major" << true << "major";
    QTest::newRow("0.x feature") << "0.4.2"
                                 << "minor" << false << "minor";
    QTest::newRow("0.x fix") << "0.4.2"
                             << "patch" << false << "patch";
    QTest::newRow("0.0.x breaking") << "0.0.3"
                                    << "major" << false << "minor";
    QTest::newRow("none") << "0.4.2"
                          << "none" << false << "none";
}

void TestBump::effectiveLevel()
{
    QFETCH(QString, base);
    QFETCH(QString, level);
    QFETCH(bool, breakingBumpsMajor);
    QFETCH(QString, expected);
    const BumpLevel result = rd::effectiveLevel(parsed(base),
                                                ::level(level),
                                                ZeroMajorPolicy{breakingBumpsMajor});
    QCOMPARE(toString(result), expected);
}

void TestBump::splitPreRelease_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<quint64>("number");

    QTest::newRow("rc.2") << "1.0.0-rc.2"
                          << "rc" << 2ull;
    QTest::newRow("beta") << "1.0.0-beta"
                          << "beta" << 0ull;
    QTest::newRow("alpha.1.x") << "1.0.0-alpha.1.x"
                               << "alpha.1.x" << 0ull;
    QTest::newRow("next.major.3") << "1.0.0-next.major.3"
                                  << "next.major" << 3ull;
    QTest::newRow("number only") << "1.0.0-7"
                                 << "" << 7ull;
    QTest::newRow("release") << "1.0.0"
                             << "" << 0ull;
    QTest::newRow("build ignored") << "1.0.0-rc.4+b.9"
                                   << "rc" << 4ull;
    QTest::newRow("counter beyond quint64") << "1.0.0-rc.99999999999999999999"
                                            << "rc.99999999999999999999" << 0ull;
}

void TestBump::splitPreRelease()
{
    QFETCH(QString, version);
    QFETCH(QString, channel);
    QFETCH(quint64, number);
    const PreReleaseChannel split = rd::splitPreRelease(parsed(version));
    QCOMPARE(split.channel, channel);
    QCOMPARE(split.number, number);
}

void TestBump::nextVersion_data()
{
    addRequestColumns();
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("appliedLevel");
    QTest::addColumn<QStringList>("steps");

    // Final releases.
    QTest::newRow("major") << "1.2.3"
                           << ""
                           << "major"
                           << "" << false << ""
                           << "2.0.0"
                           << "major"
                           << QStringList{"1.2.3 → 2.0.0: a breaking change bumps the major "
                                          "number"};
    QTest::newRow("minor") << "1.2.3"
                           << ""
                           << "minor"
                           << "" << false << ""
                           << "1.3.0"
                           << "minor" << QStringList{minorStep};
    QTest::newRow("patch") << "1.2.3"
                           << ""
                           << "patch"
                           << "" << false << ""
                           << "1.2.4"
                           << "patch"
                           << QStringList{"1.2.3 → 1.2.4: a patch change (such as a bug fix) "
                                          "bumps the patch number"};
    QTest::newRow("build metadata of the last release dropped")
            << "1.2.3+build.5"
            << ""
            << "patch"
            << "" << false << ""
            << "1.2.4"
            << "patch"
            << QStringList{"1.2.3+build.5 → 1.2.4: a patch change (such as a bug fix) bumps the "
                           "patch number"};

    // The 0.x policy.
    QTest::newRow("0.x breaking bumps minor")
            << "0.4.2"
            << ""
            << "major"
            << "" << false << ""
            << "0.5.0"
            << "minor"
            << QStringList{"0.4.2 → 0.5.0: a breaking change in 0.x bumps the minor number "
                           "(zero-major policy; set zero-major.breaking-bumps-major to change it)"};
    QTest::newRow("0.x breaking bumps major when configured")
            << "0.4.2"
            << ""
            << "major"
            << "" << true << ""
            << "1.0.0"
            << "major"
            << QStringList{"0.4.2 → 1.0.0: a breaking change bumps the major number, also in 0.x "
                           "(zero-major.breaking-bumps-major is set)"};
    QTest::newRow("0.x feature") << "0.4.2"
                                 << ""
                                 << "minor"
                                 << "" << false << ""
                                 << "0.5.0"
                                 << "minor"
                                 << QStringList{"0.4.2 → 0.5.0: a minor change (such as a new "
                                                "feature) bumps the minor number"};
    QTest::newRow("0.x fix") << "0.4.2"
                             << ""
                             << "patch"
                             << "" << false << ""
                             << "0.4.3"
                             << "patch"
                             << QStringList{"0.4.2 → 0.4.3: a patch change (such as a bug fix) "
                                            "bumps the patch number"};
    QTest::newRow("1.x unaffected by the policy")
            << "1.4.2"
            << ""
            << "major"
            << "" << false << ""
            << "2.0.0"
            << "major" << QStringList{"1.4.2 → 2.0.0: a breaking change bumps the major number"};

    // Pre-release channels.
    QTest::newRow("minor on rc starts rc.1")
            << "1.2.3"
            << ""
            << "minor"
            << "rc" << false << ""
            << "1.3.0-rc.1"
            << "minor"
            << QStringList{minorStep,
                           "1.3.0 → 1.3.0-rc.1: starts the rc channel with the first pre-release "
                           "of 1.3.0"};
    QTest::newRow("rc.1 continues to rc.2")
            << "1.2.3"
            << "1.3.0-rc.1"
            << "minor"
            << "rc" << false << ""
            << "1.3.0-rc.2"
            << "minor"
            << QStringList{minorStep, "1.3.0-rc.1 → 1.3.0-rc.2: continues the rc channel"};
    QTest::newRow("counter is a number: beta.9 → beta.10")
            << "1.2.3"
            << "1.3.0-beta.9"
            << "minor"
            << "beta" << false << ""
            << "1.3.0-beta.10"
            << "minor"
            << QStringList{minorStep, "1.3.0-beta.9 → 1.3.0-beta.10: continues the beta channel"};
    QTest::newRow("pre-release without counter continues at 1")
            << "1.2.3"
            << "1.3.0-rc"
            << "minor"
            << "rc" << false << ""
            << "1.3.0-rc.1"
            << "minor" << QStringList{minorStep, "1.3.0-rc → 1.3.0-rc.1: continues the rc channel"};
    QTest::newRow("promote rc.2 to the release")
            << "1.2.3"
            << "1.3.0-rc.2"
            << "minor"
            << "" << false << ""
            << "1.3.0"
            << "minor"
            << QStringList{minorStep,
                           "1.3.0-rc.2 → 1.3.0: promotes the pre-release to the final release"};
    QTest::newRow("switch beta to rc on the same core")
            << "1.2.3"
            << "1.3.0-beta.3"
            << "minor"
            << "rc" << false << ""
            << "1.3.0-rc.1"
            << "minor"
            << QStringList{minorStep,
                           "1.3.0-beta.3 → 1.3.0-rc.1: switches from the beta channel to rc on "
                           "the same version 1.3.0"};
    QTest::newRow("switch alpha to beta")
            << "1.2.3"
            << "1.3.0-alpha.2"
            << "minor"
            << "beta" << false << ""
            << "1.3.0-beta.1"
            << "minor"
            << QStringList{minorStep,
                           "1.3.0-alpha.2 → 1.3.0-beta.1: switches from the alpha channel to beta "
                           "on the same version 1.3.0"};
    QTest::newRow("a fix during an rc continues the rc")
            << "1.2.3"
            << "1.3.0-rc.1"
            << "patch"
            << "rc" << false << ""
            << "1.3.0-rc.2"
            << "patch"
            << QStringList{"1.2.3 → 1.2.4: a patch change (such as a bug fix) bumps the patch "
                           "number",
                           "1.2.4 → 1.3.0: the pre-release 1.3.0-rc.1 is already heading for "
                           "1.3.0, so this release continues it",
                           "1.3.0-rc.1 → 1.3.0-rc.2: continues the rc channel"};
    QTest::newRow("nothing new since the rc: promote it")
            << "1.2.3"
            << "1.3.0-rc.2"
            << "none"
            << "" << false << ""
            << "1.3.0"
            << "none"
            << QStringList{"1.2.3 → 1.3.0: no change since 1.2.3 needs a new version by itself, "
                           "but the pre-release 1.3.0-rc.2 is under way towards 1.3.0",
                           "1.3.0-rc.2 → 1.3.0: promotes the pre-release to the final release"};
    QTest::newRow("nothing new since the rc: next rc")
            << "1.2.3"
            << "1.3.0-rc.2"
            << "none"
            << "rc" << false << ""
            << "1.3.0-rc.3"
            << "none"
            << QStringList{"1.2.3 → 1.3.0: no change since 1.2.3 needs a new version by itself, "
                           "but the pre-release 1.3.0-rc.2 is under way towards 1.3.0",
                           "1.3.0-rc.2 → 1.3.0-rc.3: continues the rc channel"};
    QTest::newRow("a breaking change during a minor rc starts over")
            << "1.2.3"
            << "1.3.0-rc.2"
            << "major"
            << "rc" << false << ""
            << "2.0.0-rc.1"
            << "major"
            << QStringList{"1.2.3 → 2.0.0: a breaking change bumps the major number",
                           "the pre-release 1.3.0-rc.2 is left behind: 2.0.0 is higher, so its "
                           "pre-releases start over",
                           "2.0.0 → 2.0.0-rc.1: starts the rc channel with the first pre-release "
                           "of 2.0.0"};
    QTest::newRow("a feature after a patch rc leaves it behind")
            << "1.2.3"
            << "1.2.4-rc.1"
            << "minor"
            << "" << false << ""
            << "1.3.0"
            << "minor"
            << QStringList{minorStep,
                           "the pre-release 1.2.4-rc.1 is left behind: 1.3.0 is higher, so its "
                           "pre-releases start over"};
    QTest::newRow("a pre-release below the last release is finished")
            << "1.3.0"
            << "1.3.0-rc.2"
            << "patch"
            << "rc" << false << ""
            << "1.3.1-rc.1"
            << "patch"
            << QStringList{"1.3.0 → 1.3.1: a patch change (such as a bug fix) bumps the patch "
                           "number",
                           "1.3.1 → 1.3.1-rc.1: starts the rc channel with the first pre-release "
                           "of 1.3.1"};
    QTest::newRow("0.x breaking on a channel")
            << "0.4.2"
            << ""
            << "major"
            << "beta" << false << ""
            << "0.5.0-beta.1"
            << "minor"
            << QStringList{"0.4.2 → 0.5.0: a breaking change in 0.x bumps the minor number "
                           "(zero-major policy; set zero-major.breaking-bumps-major to change it)",
                           "0.5.0 → 0.5.0-beta.1: starts the beta channel with the first "
                           "pre-release of 0.5.0"};

    // The first release.
    const QString first = "no release yet → 0.1.0: the first release is the initial version (set "
                          "initial-version to change it)";
    QTest::newRow("first release") << ""
                                   << ""
                                   << "minor"
                                   << "" << false << ""
                                   << "0.1.0"
                                   << "none" << QStringList{first};
    QTest::newRow("first release whatever the level") << ""
                                                      << ""
                                                      << "none"
                                                      << "" << false << ""
                                                      << "0.1.0"
                                                      << "none" << QStringList{first};
    QTest::newRow("first release on a channel")
            << ""
            << ""
            << "major"
            << "rc" << false << ""
            << "0.1.0-rc.1"
            << "none"
            << QStringList{first,
                           "0.1.0 → 0.1.0-rc.1: starts the rc channel with the first pre-release "
                           "of 0.1.0"};
    QTest::newRow("configured initial version")
            << ""
            << ""
            << "patch"
            << "" << false << "1.0.0"
            << "1.0.0"
            << "none"
            << QStringList{"no release yet → 1.0.0: the first release is the initial version (set "
                           "initial-version to change it)"};
    QTest::newRow("second pre-release before any release")
            << ""
            << "0.1.0-rc.1"
            << "patch"
            << "rc" << false << ""
            << "0.1.0-rc.2"
            << "none" << QStringList{first, "0.1.0-rc.1 → 0.1.0-rc.2: continues the rc channel"};
    QTest::newRow("promote the first pre-release")
            << ""
            << "0.1.0-rc.3"
            << "patch"
            << "" << false << ""
            << "0.1.0"
            << "none"
            << QStringList{first,
                           "0.1.0-rc.3 → 0.1.0: promotes the pre-release to the final release"};
    QTest::newRow("a pre-release above the initial version is continued")
            << ""
            << "1.0.0-beta.2"
            << "minor"
            << "beta" << false << ""
            << "1.0.0-beta.3"
            << "none"
            << QStringList{first,
                           "0.1.0 → 1.0.0: the pre-release 1.0.0-beta.2 is already heading for "
                           "1.0.0, so this release continues it",
                           "1.0.0-beta.2 → 1.0.0-beta.3: continues the beta channel"};
}

void TestBump::nextVersion()
{
    QFETCH(QString, lastRelease);
    QFETCH(QString, lastPreRelease);
    QFETCH(QString, level);
    QFETCH(QString, channel);
    QFETCH(bool, breakingBumpsMajor);
    QFETCH(QString, initialVersion);
    QFETCH(QString, expected);
    QFETCH(QString, appliedLevel);
    QFETCH(QStringList, steps);

    const auto next = computeNextVersion(request(lastRelease,
                                                 lastPreRelease,
                                                 level,
                                                 channel,
                                                 breakingBumpsMajor,
                                                 initialVersion));
    QVERIFY2(next, qPrintable(errorText(next)));
    QCOMPARE(next->version, parsed(expected));
    QCOMPARE(toString(next->appliedLevel), appliedLevel);
    QCOMPARE(next->steps, steps);
    // Whatever the path, the result moves forward.
    if (!lastRelease.isEmpty())
        QVERIFY(next->version > parsed(lastRelease));
    if (!lastPreRelease.isEmpty() && !channel.isEmpty())
        QVERIFY(next->version > parsed(lastPreRelease));
}

void TestBump::nextVersionErrors_data()
{
    addRequestColumns();
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("nothing to release")
            << "1.2.3"
            << ""
            << "none"
            << "" << false << "" << errc::nothingToRelease.toString()
            << "Nothing to release: no change since 1.2.3 calls for a new version. Commit a fix "
               "or a feature, or choose the bump level yourself.";
    QTest::newRow("nothing to release on a channel")
            << "1.2.3"
            << ""
            << "none"
            << "rc" << false << "" << errc::nothingToRelease.toString()
            << "Nothing to release: no change since 1.2.3";
    QTest::newRow("rc back to beta")
            << "1.2.3"
            << "1.3.0-rc.1"
            << "minor"
            << "beta" << false << "" << errc::channelBackwards.toString()
            << "Cannot release 1.3.0-beta.1: it sorts below the existing pre-release 1.3.0-rc.1, "
               "because SemVer orders pre-release names in ASCII order ('beta' comes before "
               "'rc'). Continue on the rc channel, or release 1.3.0.";
    QTest::newRow("lower case after upper case is fine, the reverse is not")
            << "1.2.3"
            << "1.3.0-rc.1"
            << "minor"
            << "RC" << false << "" << errc::channelBackwards.toString()
            << "('RC' comes before 'rc')";
    QTest::newRow("channel with an invalid character")
            << "1.2.3"
            << ""
            << "minor"
            << "rc_1" << false << "" << errc::invalidChannel.toString()
            << "The pre-release channel is not valid: 'rc_1' is not a valid pre-release: "
               "pre-release identifier 1 ('rc_1') contains '_' at position 3";
    QTest::newRow("channel with an empty identifier")
            << "1.2.3"
            << ""
            << "minor"
            << "rc." << false << "" << errc::invalidChannel.toString()
            << "pre-release identifier 2 is empty";
    QTest::newRow("numeric channel") << "1.2.3"
                                     << ""
                                     << "minor"
                                     << "7" << false << "" << errc::invalidChannel.toString()
                                     << "The pre-release channel '7' starts with a number";
    QTest::newRow("last release is a pre-release")
            << "1.3.0-rc.1"
            << ""
            << "minor"
            << "" << false << "" << errc::invalidArgument.toString()
            << "The last release 1.3.0-rc.1 is a pre-release";
    QTest::newRow("last pre-release is a release")
            << "1.2.3"
            << "1.3.0"
            << "minor"
            << "" << false << "" << errc::invalidArgument.toString()
            << "The last pre-release 1.3.0 is not a pre-release";
    QTest::newRow("initial version is a pre-release")
            << ""
            << ""
            << "minor"
            << "" << false << "1.0.0-rc.1" << errc::invalidArgument.toString()
            << "The initial version 1.0.0-rc.1 is a pre-release. Set initial-version to a release";
    QTest::newRow("major overflow")
            << "18446744073709551615.0.0"
            << ""
            << "major"
            << "" << false << "" << errc::versionOverflow.toString()
            << "Cannot bump 18446744073709551615.0.0: its major number is already the largest "
               "possible (18446744073709551615).";
    QTest::newRow("patch overflow") << "1.2.18446744073709551615"
                                    << ""
                                    << "patch"
                                    << "" << false << "" << errc::versionOverflow.toString()
                                    << "its patch number is already the largest";
    QTest::newRow("pre-release counter overflow")
            << "1.2.3"
            << "1.3.0-rc.18446744073709551615"
            << "minor"
            << "rc" << false << "" << errc::versionOverflow.toString()
            << "Cannot continue 1.3.0-rc.18446744073709551615: its pre-release number is already "
               "the largest possible";
}

void TestBump::nextVersionErrors()
{
    QFETCH(QString, lastRelease);
    QFETCH(QString, lastPreRelease);
    QFETCH(QString, level);
    QFETCH(QString, channel);
    QFETCH(bool, breakingBumpsMajor);
    QFETCH(QString, initialVersion);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const auto next = computeNextVersion(request(lastRelease,
                                                 lastPreRelease,
                                                 level,
                                                 channel,
                                                 breakingBumpsMajor,
                                                 initialVersion));
    QVERIFY2(!next, qPrintable(next ? next->version.toString() : QString()));
    QCOMPARE(next.error().code, code);
    QVERIFY2(next.error().message.contains(message), qPrintable(errorText(next)));
}

void TestBump::defaultInitialVersion()
{
    QCOMPARE(NextVersionRequest().initialVersion, Version(0, 1, 0));
    QVERIFY(NextVersionRequest().level == BumpLevel::None);
}

QTEST_GUILESS_MAIN(TestBump)
#include "tst_bump.moc"
