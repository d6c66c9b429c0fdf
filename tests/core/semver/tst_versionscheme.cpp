// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "semver/versionscheme.h"

#include <QTest>

using namespace rd;

Q_DECLARE_METATYPE(rd::VersionScheme)

class TestVersionScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void rejects_data();
    void rejects();
    void render_data();
    void render();
    void notRepresentable_data();
    void notRepresentable();
    void comparesInOwnOrder();
};

void TestVersionScheme::normalize_data()
{
    QTest::addColumn<VersionScheme>("scheme");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("semver");
    QTest::newRow("semver") << VersionScheme::SemVer << "1.2.3-rc.1+b5"
                            << "1.2.3-rc.1+b5";
    QTest::newRow("semver v") << VersionScheme::SemVer << "v2.7.2"
                              << "2.7.2";
    QTest::newRow("semver short") << VersionScheme::SemVer << "1.26"
                                  << "1.26.0";
    QTest::newRow("flutter build") << VersionScheme::SemVer << "2.9.3+020903"
                                   << "2.9.3+020903";
    QTest::newRow("pep440 dev") << VersionScheme::Pep440 << "3.1.1.dev"
                                << "3.1.1-dev.0";
    QTest::newRow("pep440 two parts") << VersionScheme::Pep440 << "1.30"
                                      << "1.30.0";
    QTest::newRow("pep440 rc") << VersionScheme::Pep440 << "2.0rc1"
                               << "2.0.0-rc.1";
    QTest::newRow("maven snapshot") << VersionScheme::Maven << "4.0.7-SNAPSHOT"
                                    << "4.0.7-SNAPSHOT";
    QTest::newRow("maven rc snapshot") << VersionScheme::Maven << "1.3.0-RC2-SNAPSHOT"
                                       << "1.3.0-RC2.SNAPSHOT";
    QTest::newRow("maven two parts") << VersionScheme::Maven << "4.12"
                                     << "4.12.0";
    QTest::newRow("maven RELEASE") << VersionScheme::Maven << "2.0.0.RELEASE"
                                   << "2.0.0";
    QTest::newRow("nuget suffix") << VersionScheme::NuGet << "11.0.1-beta2"
                                  << "11.0.1-beta2";
    QTest::newRow("nuget four") << VersionScheme::NuGet << "1.2.3.4"
                                << "1.2.3+4";
    QTest::newRow("dotnet four") << VersionScheme::DotNet << "4.5.1.14719"
                                 << "4.5.1+14719";
    QTest::newRow("dotnet zero revision") << VersionScheme::DotNet << "4.5.0.0"
                                          << "4.5.0";
    QTest::newRow("numeric") << VersionScheme::Numeric << "3.11.2"
                             << "3.11.2";
    QTest::newRow("ruby four") << VersionScheme::RubyGems << "6.0.3.6"
                               << "6.0.3+6";
    QTest::newRow("ruby pre") << VersionScheme::RubyGems << "7.1.0.rc1"
                              << "7.1.0-rc1";
    QTest::newRow("ruby pre number") << VersionScheme::RubyGems << "2.0.0.pre.2"
                                     << "2.0.0-pre.2";
}

void TestVersionScheme::normalize()
{
    QFETCH(VersionScheme, scheme);
    QFETCH(QString, text);
    QFETCH(QString, semver);
    auto version = VersionSchemes::normalize(scheme, text);
    RD_VERIFY_OK(version);
    QCOMPARE(version->toString(), semver);
}

void TestVersionScheme::rejects_data()
{
    QTest::addColumn<VersionScheme>("scheme");
    QTest::addColumn<QString>("text");
    QTest::newRow("semver four parts") << VersionScheme::SemVer << "1.2.3.4";
    QTest::newRow("semver words") << VersionScheme::SemVer << "latest";
    QTest::newRow("semver leading zero") << VersionScheme::SemVer << "01.2.3";
    QTest::newRow("pep440 words") << VersionScheme::Pep440 << "attr: x.y";
    QTest::newRow("maven empty qualifier") << VersionScheme::Maven << "1.0-";
    QTest::newRow("maven property") << VersionScheme::Maven << "${revision}";
    QTest::newRow("dotnet suffix") << VersionScheme::DotNet << "1.0.0-beta";
    QTest::newRow("nuget property") << VersionScheme::NuGet << "$(VersionPrefix)";
    QTest::newRow("empty") << VersionScheme::SemVer << "";
}

void TestVersionScheme::rejects()
{
    QFETCH(VersionScheme, scheme);
    QFETCH(QString, text);
    auto version = VersionSchemes::normalize(scheme, text);
    QVERIFY(!version);
    QVERIFY(!version.error().message.isEmpty());
}

void TestVersionScheme::render_data()
{
    QTest::addColumn<VersionScheme>("scheme");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("text");
    QTest::newRow("keeps v") << VersionScheme::SemVer << "2.8.0"
                             << "v2.7.2"
                             << "v2.8.0";
    QTest::newRow("keeps two parts") << VersionScheme::SemVer << "1.27.0"
                                     << "1.26"
                                     << "1.27";
    QTest::newRow("two parts grow") << VersionScheme::SemVer << "1.27.1"
                                    << "1.26"
                                    << "1.27.1";
    QTest::newRow("pep440 rc") << VersionScheme::Pep440 << "2.0.0-rc.1"
                               << "1.9.0"
                               << "2.0.0rc1";
    QTest::newRow("pep440 dev") << VersionScheme::Pep440 << "3.2.0-dev.0"
                                << "3.1.1.dev"
                                << "3.2.0.dev0";
    QTest::newRow("pep440 two parts") << VersionScheme::Pep440 << "1.31.0"
                                      << "1.30"
                                      << "1.31";
    QTest::newRow("maven snapshot") << VersionScheme::Maven << "4.0.8-SNAPSHOT"
                                    << "4.0.7-SNAPSHOT"
                                    << "4.0.8-SNAPSHOT";
    QTest::newRow("maven rc snapshot") << VersionScheme::Maven << "1.4.0-RC1.SNAPSHOT"
                                       << "1.3.0-RC2-SNAPSHOT"
                                       << "1.4.0-RC1-SNAPSHOT";
    QTest::newRow("maven rc") << VersionScheme::Maven << "5.0.0-rc.1"
                              << "4.12"
                              << "5.0-rc.1";
    QTest::newRow("maven two parts") << VersionScheme::Maven << "4.13.0"
                                     << "4.12"
                                     << "4.13";
    QTest::newRow("nuget suffix") << VersionScheme::NuGet << "12.0.0-beta.1"
                                  << "11.0.1"
                                  << "12.0.0-beta.1";
    QTest::newRow("dotnet four") << VersionScheme::DotNet << "4.6.0"
                                 << "4.5.1.14719"
                                 << "4.6.0.0";
    QTest::newRow("dotnet revision") << VersionScheme::DotNet << "4.6.0+77"
                                     << "4.5.1.14719"
                                     << "4.6.0.77";
    QTest::newRow("ruby pre") << VersionScheme::RubyGems << "7.1.0-rc1"
                              << "7.0.0"
                              << "7.1.0.rc1";
    QTest::newRow("ruby four") << VersionScheme::RubyGems << "6.0.4+1"
                               << "6.0.3.6"
                               << "6.0.4.1";
}

void TestVersionScheme::render()
{
    QFETCH(VersionScheme, scheme);
    QFETCH(QString, version);
    QFETCH(QString, current);
    QFETCH(QString, text);
    auto rendered = VersionSchemes::render(scheme, *Version::parse(version), current);
    RD_VERIFY_OK(rendered);
    QCOMPARE(*rendered, text);
    // What is written reads back as the version.
    auto back = VersionSchemes::normalize(scheme, *rendered);
    QVERIFY(back);
    QCOMPARE(back->compare(*Version::parse(version)), 0);
}

void TestVersionScheme::notRepresentable_data()
{
    QTest::addColumn<VersionScheme>("scheme");
    QTest::addColumn<QString>("version");
    QTest::newRow("dotnet pre-release") << VersionScheme::DotNet << "1.0.0-beta.1";
    QTest::newRow("numeric pre-release") << VersionScheme::Numeric << "1.0.0-rc.1";
    QTest::newRow("maven build") << VersionScheme::Maven << "1.0.0+build.5";
    QTest::newRow("pep440 snapshot") << VersionScheme::Pep440 << "1.0.0-snapshot";
}

void TestVersionScheme::notRepresentable()
{
    QFETCH(VersionScheme, scheme);
    QFETCH(QString, version);
    auto rendered = VersionSchemes::render(scheme, *Version::parse(version), {});
    QVERIFY(!rendered);
    QCOMPARE(rendered.error().code, errc::notRepresentable.toString());
}

void TestVersionScheme::comparesInOwnOrder()
{
    // PEP 440: a dev release comes before the alpha; SemVer would say the opposite.
    auto result = VersionSchemes::compare(VersionScheme::Pep440,
                                          u"1.0.dev1",
                                          *Version::parse(u"1.0.0-alpha.1"));
    QVERIFY(result);
    QVERIFY(*result < 0);
    // A snapshot is before its release and after the previous one.
    QVERIFY(*VersionSchemes::compare(VersionScheme::Maven,
                                     u"4.0.7-SNAPSHOT",
                                     *Version::parse(u"4.0.7"))
            < 0);
    QVERIFY(*VersionSchemes::compare(VersionScheme::Maven,
                                     u"4.0.7-SNAPSHOT",
                                     *Version::parse(u"4.0.6"))
            > 0);
    // The revision of a four-part version does not count against a tag.
    QCOMPARE(*VersionSchemes::compare(VersionScheme::DotNet,
                                      u"4.5.1.14719",
                                      *Version::parse(u"4.5.1")),
             0);
}

QTEST_GUILESS_MAIN(TestVersionScheme)
#include "tst_versionscheme.moc"
