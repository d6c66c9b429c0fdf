// SPDX-License-Identifier: GPL-3.0-or-later
// PEP 440 versions: the normalisation and ordering examples of the PEP, the real versions of
// the Python fixtures, and the documented mapping to and from SemVer.
#include "semver/pep440.h"

#include "testutil.h"

#include <QFile>
#include <QTest>

using namespace rd;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

Pep440Version parsed(const QString &text)
{
    auto version = Pep440Version::parse(text);
    if (!version)
        qFatal("test data '%s' does not parse: %s",
               qPrintable(text),
               qPrintable(version.error().message));
    return *version;
}

} // namespace

class TestPep440 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void components();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void pepOrdering_data();
    void pepOrdering();
    void equality();
    void realVersionFiles();
    void toSemVer_data();
    void toSemVer();
    void fromSemVer_data();
    void fromSemVer();
};

void TestPep440::normalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");

    // PEP 440, "Normalization".
    QTest::newRow("case") << "1.1RC1"
                          << "1.1rc1";
    QTest::newRow("upper-case alpha with separator") << "1.0-ALPHA1"
                                                     << "1.0a1";
    QTest::newRow("integers") << "00.01.0900"
                              << "0.1.900";
    QTest::newRow("pre separator dot") << "1.1.a1"
                                       << "1.1a1";
    QTest::newRow("pre separator dash") << "1.1-a1"
                                        << "1.1a1";
    QTest::newRow("pre separator underscore") << "1.1_a1"
                                              << "1.1a1";
    QTest::newRow("pre number separator") << "1.0a.1"
                                          << "1.0a1";
    QTest::newRow("pre both separators") << "1.0-a-1"
                                         << "1.0a1";
    QTest::newRow("alpha") << "1.0alpha1"
                           << "1.0a1";
    QTest::newRow("beta") << "1.0beta2"
                          << "1.0b2";
    QTest::newRow("c") << "1.0c1"
                       << "1.0rc1";
    QTest::newRow("pre") << "1.0pre1"
                         << "1.0rc1";
    QTest::newRow("preview") << "1.0preview1"
                             << "1.0rc1";
    QTest::newRow("implicit pre number") << "1.2a"
                                         << "1.2a0";
    QTest::newRow("SemVer-style rc") << "1.0.0-rc.1"
                                     << "1.0.0rc1";
    QTest::newRow("post separator dash") << "1.2-post2"
                                         << "1.2.post2";
    QTest::newRow("post separator underscore") << "1.2_post2"
                                               << "1.2.post2";
    QTest::newRow("post without separator") << "1.2post2"
                                            << "1.2.post2";
    QTest::newRow("post number separator") << "1.2.post-2"
                                           << "1.2.post2";
    QTest::newRow("rev") << "1.0.rev1"
                         << "1.0.post1";
    QTest::newRow("r") << "1.0r1"
                       << "1.0.post1";
    QTest::newRow("implicit post number") << "1.2.post"
                                          << "1.2.post0";
    QTest::newRow("implicit post release") << "1.0-1"
                                           << "1.0.post1";
    QTest::newRow("implicit post after pre") << "1.0a1-1"
                                             << "1.0a1.post1";
    QTest::newRow("dev separator") << "1.0-dev1"
                                   << "1.0.dev1";
    QTest::newRow("dev without separator") << "1.2dev2"
                                           << "1.2.dev2";
    QTest::newRow("implicit dev number") << "1.0dev"
                                         << "1.0.dev0";
    QTest::newRow("implicit dev number after dot") << "1.0.dev"
                                                   << "1.0.dev0";
    QTest::newRow("local separators") << "1.0+ubuntu-1"
                                      << "1.0+ubuntu.1";
    QTest::newRow("local underscore") << "1.0+ubuntu_1"
                                      << "1.0+ubuntu.1";
    QTest::newRow("local case") << "1.0+UBUNTU.1"
                                << "1.0+ubuntu.1";
    QTest::newRow("local integers") << "1.0+local.007"
                                    << "1.0+local.7";
    QTest::newRow("local alphanumeric keeps zeros") << "1.0+foo0100"
                                                    << "1.0+foo0100";
    QTest::newRow("leading v") << "v1.0"
                               << "1.0";
    QTest::newRow("leading V") << "V1.0"
                               << "1.0";
    QTest::newRow("whitespace") << " \t1.0\n"
                                << "1.0";
    QTest::newRow("epoch zero") << "0!1.0"
                                << "1.0";
    QTest::newRow("epoch") << "1!1.0"
                           << "1!1.0";
    QTest::newRow("everything") << "V2!1.0-PREVIEW_3-r.4_DEV-5+Ubuntu-1.007"
                                << "2!1.0rc3.post4.dev5+ubuntu.1.7";
    QTest::newRow("pre label then post") << "1.0a.post1"
                                         << "1.0a0.post1";
    QTest::newRow("post label then dev") << "1.0.post.dev1"
                                         << "1.0.post0.dev1";
    // Real versions from the fixtures' Python projects.
    QTest::newRow("flask 3.1.1.dev") << "3.1.1.dev"
                                     << "3.1.1.dev0";
    QTest::newRow("pip 10.0.0.dev0") << "10.0.0.dev0"
                                     << "10.0.0.dev0";
    QTest::newRow("click 8.0.0.dev") << "8.0.0.dev"
                                     << "8.0.0.dev0";
    QTest::newRow("requests 2.31.1") << "2.31.1"
                                     << "2.31.1";
    QTest::newRow("thefuck 1.30") << "1.30"
                                  << "1.30";
    QTest::newRow("many release numbers") << "1.2.3.4.5"
                                          << "1.2.3.4.5";
}

void TestPep440::normalises()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    const auto version = Pep440Version::parse(text);
    QVERIFY2(version, qPrintable(errorText(version)));
    QCOMPARE(version->toString(), normalised);
    // The normal form is a fixed point.
    const auto again = Pep440Version::parse(normalised);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->toString(), normalised);
    QVERIFY(*again == *version);
}

void TestPep440::components()
{
    const Pep440Version version = parsed("1!2.0.3rc4.post5.dev6+abc.7");
    QCOMPARE(version.epoch(), 1ull);
    QCOMPARE(version.release(), (QList<quint64>{2, 0, 3}));
    QVERIFY(version.preKind() == Pep440Version::PreKind::ReleaseCandidate);
    QCOMPARE(version.preNumber(), 4ull);
    QCOMPARE(version.post(), std::optional<quint64>(5));
    QCOMPARE(version.dev(), std::optional<quint64>(6));
    QCOMPARE(version.local(), QString("abc.7"));

    const Pep440Version plain = parsed("2.31.1");
    QCOMPARE(plain.epoch(), 0ull);
    QVERIFY(plain.preKind() == Pep440Version::PreKind::None);
    QVERIFY(!plain.post());
    QVERIFY(!plain.dev());
    QVERIFY(plain.local().isEmpty());
}

void TestPep440::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "the text is empty";
    QTest::newRow("blank") << "   "
                           << "the text is empty";
    QTest::newRow("words") << "french toast"
                           << "it does not start with a release number";
    QTest::newRow("only v") << "v"
                            << "it does not start with a release number";
    QTest::newRow("leading dot") << ".1.0"
                                 << "it does not start with a release number";
    QTest::newRow("epoch alone") << "1!"
                                 << "the epoch 1! is not followed by a release number";
    QTest::newRow("Maven snapshot") << "1.0-SNAPSHOT"
                                    << "'-SNAPSHOT' does not fit at position 4";
    QTest::newRow("position counts ignored leading space") << " 1.0-x"
                                                           << "'-x' does not fit at position 5";
    QTest::newRow("double dot") << "1..0"
                                << "'..0' does not fit at position 2";
    QTest::newRow("trailing dot") << "1.0."
                                  << "'.' does not fit at position 4";
    QTest::newRow("trailing dash") << "1.0-"
                                   << "'-' does not fit";
    QTest::newRow("two pre-releases") << "1.0a1b2"
                                      << "'b2' does not fit";
    QTest::newRow("dev before pre") << "1.0.dev1a1"
                                    << "'a1' does not fit";
    QTest::newRow("post after dev") << "1.0.dev1.post1"
                                    << "'.post1' does not fit";
    QTest::newRow("two post-releases") << "1.0-1-1"
                                       << "'-1' does not fit";
    QTest::newRow("empty local") << "1.0+"
                                 << "the local version after '+' is empty";
    QTest::newRow("local trailing separator") << "1.0+local_"
                                              << "has an empty segment";
    QTest::newRow("local double separator") << "1.0+a..b"
                                            << "has an empty segment";
    QTest::newRow("local with a space") << "1.0+lo cal"
                                        << "contains ' '";
    QTest::newRow("local quoted as written") << "1.0+Ubuntu..1"
                                             << "the local version 'Ubuntu..1'";
    QTest::newRow("non-ASCII letter") << QString::fromUtf8("1.0+İ") << "contains 'İ'";
    QTest::newRow("second plus") << "1.0+a+b"
                                 << "contains '+'";
    QTest::newRow("too large") << "99999999999999999999.0"
                               << "the number 99999999999999999999 is too large";
    QTest::newRow("wildcard") << "1.0.*"
                              << "'.*' does not fit";
}

void TestPep440::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto version = Pep440Version::parse(text);
    QVERIFY2(!version, qPrintable(version ? version->toString() : QString()));
    QCOMPARE(version.error().code, errc::invalidPep440.toString());
    const QString message = version.error().message;
    QVERIFY2(message.startsWith("'" + text + "' is not a PEP 440 version: "), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestPep440::pepOrdering_data()
{
    QTest::addColumn<QStringList>("chain"); // strictly increasing

    // PEP 440, "Summary of permitted suffixes and relative ordering".
    QTest::newRow("PEP 440 summary") << QStringList{"1.dev0",
                                                    "1.0.dev456",
                                                    "1.0a1",
                                                    "1.0a2.dev456",
                                                    "1.0a12.dev456",
                                                    "1.0a12",
                                                    "1.0b1.dev456",
                                                    "1.0b2",
                                                    "1.0b2.post345.dev456",
                                                    "1.0b2.post345",
                                                    "1.0rc1.dev456",
                                                    "1.0rc1",
                                                    "1.0",
                                                    "1.0+abc.5",
                                                    "1.0+abc.7",
                                                    "1.0+5",
                                                    "1.0.post456.dev34",
                                                    "1.0.post456",
                                                    "1.0.15",
                                                    "1.1.dev1"};
    QTest::newRow("dev, pre, post around one alpha") << QStringList{"1.0.dev1",
                                                                    "1.0a1.dev1",
                                                                    "1.0a1",
                                                                    "1.0a1.post1.dev1",
                                                                    "1.0a1.post1",
                                                                    "1.0b1",
                                                                    "1.0rc1",
                                                                    "1.0",
                                                                    "1.0.post1.dev1",
                                                                    "1.0.post1"};
    QTest::newRow("epoch first") << QStringList{"2.0", "2013.10", "1!1.0", "1!1.0.post1", "2!0.1"};
    QTest::newRow("release numbers, not text") << QStringList{"1.9", "1.10", "1.11", "2"};
    QTest::newRow("local versions") << QStringList{"1.0",
                                                   "1.0+a",
                                                   "1.0+a.b",
                                                   "1.0+a.1",
                                                   "1.0+b",
                                                   "1.0+1",
                                                   "1.0+2",
                                                   "1.0+10",
                                                   "1.0+10.a"};
}

void TestPep440::pepOrdering()
{
    QFETCH(QStringList, chain);
    QList<Pep440Version> versions;
    for (const QString &text : chain)
        versions.append(parsed(text));
    for (qsizetype i = 0; i < versions.size(); ++i) {
        for (qsizetype j = 0; j < versions.size(); ++j) {
            const int expected = sign(int(i) - int(j));
            QVERIFY2(sign(versions[i].compare(versions[j])) == expected,
                     qPrintable(QString("%1 vs %2: expected %3")
                                        .arg(chain[i], chain[j])
                                        .arg(expected)));
        }
    }
}

void TestPep440::equality()
{
    // Trailing zeros of the release do not count.
    QCOMPARE(parsed("1.0").compare(parsed("1.0.0")), 0);
    QVERIFY(parsed("1.0") == parsed("1.0.0"));
    QVERIFY(parsed("1.0a1") == parsed("1.0.0-ALPHA-1"));
    QVERIFY(!(parsed("1.0") == parsed("1.0+local")));
    QVERIFY(!(parsed("1.0") == parsed("1.0.post0")));
    QVERIFY(!(parsed("1.0") == parsed("1.0.dev0")));
    QVERIFY(!(parsed("1.0a0") == parsed("1.0")));
}

void TestPep440::realVersionFiles()
{
    // Every literal version of the Python projects among the fixtures parses, and its normal
    // form is stable.
    QFile manifest(QStringLiteral(RELEASEDESK_FIXTURES_DIR) + "/version-files/MANIFEST.tsv");
    QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(manifest.fileName()));
    const QStringList pythonKinds = {"pyproject.toml",
                                     "setup.cfg",
                                     "setup.py",
                                     "python_version_module"};
    int checked = 0;
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray &line : lines.sliced(1)) {
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (fields.size() < 6 || !pythonKinds.contains(fields[0]))
            continue;
        const QString expected = fields[5];
        if (expected == "dynamic" || expected == "none")
            continue;
        const auto version = Pep440Version::parse(expected);
        QVERIFY2(version, qPrintable(fields[1] + ": " + errorText(version)));
        const auto again = Pep440Version::parse(version->toString());
        QVERIFY2(again, qPrintable(errorText(again)));
        QCOMPARE(again->toString(), version->toString());
        ++checked;
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
}

void TestPep440::toSemVer_data()
{
    QTest::addColumn<QString>("pep440");
    QTest::addColumn<QString>("semver"); // empty: not representable
    QTest::addColumn<QString>("back");   // fromSemVer(semver), normalised
    QTest::addColumn<QString>("reason");

    QTest::newRow("release") << "2.31.1"
                             << "2.31.1"
                             << "2.31.1"
                             << "";
    QTest::newRow("missing patch") << "1.30"
                                   << "1.30.0"
                                   << "1.30.0"
                                   << "";
    QTest::newRow("major only") << "1"
                                << "1.0.0"
                                << "1.0.0"
                                << "";
    QTest::newRow("rc") << "1.3.0rc1"
                        << "1.3.0-rc.1"
                        << "1.3.0rc1"
                        << "";
    QTest::newRow("alpha") << "1.0a2"
                           << "1.0.0-alpha.2"
                           << "1.0.0a2"
                           << "";
    QTest::newRow("beta") << "1.0b3"
                          << "1.0.0-beta.3"
                          << "1.0.0b3"
                          << "";
    QTest::newRow("implicit pre number") << "1.0b"
                                         << "1.0.0-beta.0"
                                         << "1.0.0b0"
                                         << "";
    QTest::newRow("dev") << "10.0.0.dev0"
                         << "10.0.0-dev.0"
                         << "10.0.0.dev0"
                         << "";
    QTest::newRow("implicit dev number") << "3.1.1.dev"
                                         << "3.1.1-dev.0"
                                         << "3.1.1.dev0"
                                         << "";
    QTest::newRow("dev after pre") << "1.0a1.dev2"
                                   << "1.0.0-alpha.1.dev.2"
                                   << "1.0.0a1.dev2"
                                   << "";
    QTest::newRow("post") << "1.0.post5"
                          << "1.0.0+post.5"
                          << "1.0.0.post5"
                          << "";
    QTest::newRow("dev of a post") << "1.0.post1.dev2"
                                   << "1.0.0-dev.2+post.1"
                                   << "1.0.0.post1.dev2"
                                   << "";
    QTest::newRow("local") << "1.0+ubuntu.1"
                           << "1.0.0+ubuntu.1"
                           << "1.0.0+ubuntu.1"
                           << "";
    QTest::newRow("post and local") << "1.0.post2+ubuntu.1"
                                    << "1.0.0+post.2.ubuntu.1"
                                    << "1.0.0.post2+ubuntu.1"
                                    << "";
    QTest::newRow("everything") << "2.0.3rc4.post5.dev6+abc.7"
                                << "2.0.3-rc.4.dev.6+post.5.abc.7"
                                << "2.0.3rc4.post5.dev6+abc.7"
                                << "";
    QTest::newRow("local word starting with post") << "1.0+postal"
                                                   << "1.0.0+postal"
                                                   << "1.0.0+postal"
                                                   << "";
    QTest::newRow("local post after a real post") << "1.0.post1+post.2"
                                                  << "1.0.0+post.1.post.2"
                                                  << "1.0.0.post1+post.2"
                                                  << "";

    QTest::newRow("epoch") << "1!2.0"
                           << ""
                           << ""
                           << "its epoch (1!) has no place in SemVer";
    QTest::newRow("four release numbers") << "1.2.3.4"
                                          << ""
                                          << ""
                                          << "its release has 4 numbers, SemVer has three";
    QTest::newRow("local that reads back as post")
            << "1.0+post.1"
            << ""
            << ""
            << "its local version +post.1 would read back as a "
               "post-release";
    QTest::newRow("local postN") << "1.0+post1"
                                 << ""
                                 << ""
                                 << "would read back as a post-release";
}

void TestPep440::toSemVer()
{
    QFETCH(QString, pep440);
    QFETCH(QString, semver);
    QFETCH(QString, back);
    QFETCH(QString, reason);

    const auto result = parsed(pep440).toSemVer();
    if (semver.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->toString() : QString()));
        QCOMPARE(result.error().code, errc::notRepresentable.toString());
        QVERIFY2(result.error().message.startsWith("The Python version "),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
        return;
    }
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->toString(), semver);
    // The mapping keeps identity: the SemVer form maps back to the same version.
    const auto returned = Pep440Version::fromSemVer(*result);
    QVERIFY2(returned, qPrintable(errorText(returned)));
    QCOMPARE(returned->toString(), back);
    QVERIFY(*returned == parsed(pep440));
}

void TestPep440::fromSemVer_data()
{
    QTest::addColumn<QString>("semver");
    QTest::addColumn<QString>("pep440"); // empty: not representable
    QTest::addColumn<QString>("reason");

    QTest::newRow("release") << "1.2.3"
                             << "1.2.3"
                             << "";
    QTest::newRow("rc") << "1.3.0-rc.1"
                        << "1.3.0rc1"
                        << "";
    QTest::newRow("upper-case RC") << "1.3.0-RC.1"
                                   << "1.3.0rc1"
                                   << "";
    QTest::newRow("rc with the number attached") << "1.3.0-rc1"
                                                 << "1.3.0rc1"
                                                 << "";
    QTest::newRow("alpha") << "1.0.0-alpha.1"
                           << "1.0.0a1"
                           << "";
    QTest::newRow("a") << "1.0.0-a.1"
                       << "1.0.0a1"
                       << "";
    QTest::newRow("beta") << "1.0.0-beta.2"
                          << "1.0.0b2"
                          << "";
    QTest::newRow("b") << "1.0.0-b.2"
                       << "1.0.0b2"
                       << "";
    QTest::newRow("NuGet-style beta2") << "11.0.1-beta2"
                                       << "11.0.1b2"
                                       << "";
    QTest::newRow("label without number") << "1.0.0-beta"
                                          << "1.0.0b0"
                                          << "";
    QTest::newRow("dev") << "1.0.0-dev.3"
                         << "1.0.0.dev3"
                         << "";
    QTest::newRow("dev after alpha") << "1.0.0-alpha.1.dev.2"
                                     << "1.0.0a1.dev2"
                                     << "";
    QTest::newRow("post") << "1.0.0+post.3"
                          << "1.0.0.post3"
                          << "";
    QTest::newRow("post and local") << "1.0.0+post.3.ubuntu.1"
                                    << "1.0.0.post3+ubuntu.1"
                                    << "";
    QTest::newRow("build metadata as local") << "1.0.0+exp.sha.5114f85"
                                             << "1.0.0+exp.sha.5114f85"
                                             << "";
    QTest::newRow("pre-release and build") << "1.0.0-beta+exp.sha.5114f85"
                                           << "1.0.0b0+exp.sha.5114f85"
                                           << "";
    QTest::newRow("dashes in build become dots") << "1.0.0+build-7"
                                                 << "1.0.0+build.7"
                                                 << "";
    QTest::newRow("build zeros normalised") << "1.0.0-alpha+001"
                                            << "1.0.0a0+1"
                                            << "";
    QTest::newRow("build case") << "1.0.0+BUILD.Abc"
                                << "1.0.0+build.abc"
                                << "";

    QTest::newRow("snapshot") << "1.0.0-SNAPSHOT"
                              << ""
                              << "its pre-release 'SNAPSHOT' is not alpha/a, beta/b or rc, then "
                                 "dev";
    QTest::newRow("dev before rc") << "1.0.0-dev.1.rc.1"
                                   << ""
                                   << "'dev.1.rc.1'";
    QTest::newRow("two labels") << "1.0.0-rc.1.alpha.1"
                                << ""
                                << "'rc.1.alpha.1'";
    QTest::newRow("trailing word") << "1.0.0-alpha.1.x"
                                   << ""
                                   << "'alpha.1.x'";
    QTest::newRow("numeric pre-release") << "1.0.0-0.3.7"
                                         << ""
                                         << "'0.3.7'";
    QTest::newRow("spec example x.7.z.92") << "1.0.0-x.7.z.92"
                                           << ""
                                           << "'x.7.z.92'";
    QTest::newRow("empty local segment")
            << "1.0.0+21AF26D3----117B344092BD"
            << ""
            << "its build identifier '21AF26D3----117B344092BD' would leave an empty segment";
}

void TestPep440::fromSemVer()
{
    QFETCH(QString, semver);
    QFETCH(QString, pep440);
    QFETCH(QString, reason);

    const auto version = Version::parse(semver);
    QVERIFY2(version, qPrintable(errorText(version)));
    const auto result = Pep440Version::fromSemVer(*version);
    if (pep440.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->toString() : QString()));
        QCOMPARE(result.error().code, errc::notRepresentable.toString());
        QVERIFY2(result.error().message.startsWith("The version " + semver
                                                   + " has no PEP 440 "
                                                     "form: "),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
        return;
    }
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->toString(), pep440);
    // What fromSemVer() builds is a valid, normalised PEP 440 version.
    const auto reparsed = Pep440Version::parse(result->toString());
    QVERIFY2(reparsed, qPrintable(errorText(reparsed)));
    QVERIFY(*reparsed == *result);
}

QTEST_GUILESS_MAIN(TestPep440)
#include "tst_pep440.moc"
