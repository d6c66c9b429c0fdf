// SPDX-License-Identifier: GPL-3.0-or-later
// Tag patterns: validation against git's ref-name rules, the shape rule that tells "not this
// pattern's tag" from "a version tag that is not SemVer", and the real tags of two projects.
#include "semver/tagpattern.h"

#include "testutil.h"

#include <QFile>
#include <QTest>

using namespace rd;

namespace {

TagPattern pattern(const QString &text)
{
    auto result = TagPattern::parse(text);
    if (!result)
        qFatal("test pattern '%s' is invalid: %s",
               qPrintable(text),
               qPrintable(result.error().message));
    return *result;
}

// The tag names of a `git fast-import` stream: "tag <name>" commands (annotated tags) and
// "reset refs/tags/<name>" (lightweight ones). "data <n>" payloads are skipped by their byte
// count, so a commit message line starting with "tag " is not mistaken for a command.
QStringList fastImportTags(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stream = file.readAll();
    QStringList tags;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        qsizetype end = stream.indexOf('\n', pos);
        if (end < 0)
            end = stream.size();
        const QByteArrayView line(stream.constData() + pos, end - pos);
        pos = end + 1;
        if (line.startsWith("data ")) {
            pos += line.sliced(5).toLongLong();
        } else if (line.startsWith("tag ")) {
            tags.append(QString::fromUtf8(line.sliced(4)));
        } else if (line.startsWith("reset refs/tags/")) {
            tags.append(QString::fromUtf8(line.sliced(16)));
        }
    }
    tags.removeDuplicates();
    return tags;
}

} // namespace

class TestTagPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsVPrefix();
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void match_data();
    void match();
    void shapeMatchErrorNamesTagAndRule();
    void formatRoundTrips_data();
    void formatRoundTrips();
    void realTags_data();
    void realTags();
    void ofTag_data();
    void ofTag();
};

void TestTagPattern::defaultIsVPrefix()
{
    const TagPattern byDefault;
    QCOMPARE(byDefault.pattern(), QString("v{version}"));
    QCOMPARE(byDefault.prefix(), QString("v"));
    QCOMPARE(byDefault.suffix(), QString());
    QCOMPARE(byDefault.format(Version(1, 2, 3)), QString("v1.2.3"));
    QCOMPARE(byDefault.match(u"v1.2.3")->value(), Version(1, 2, 3));
}

void TestTagPattern::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");

    QTest::newRow("v{version}") << "v{version}"
                                << "v"
                                << "";
    QTest::newRow("{version}") << "{version}"
                               << ""
                               << "";
    QTest::newRow("pkg@{version}") << "pkg@{version}"
                                   << "pkg@"
                                   << "";
    QTest::newRow("scoped npm package") << "@scope/pkg@{version}"
                                        << "@scope/pkg@"
                                        << "";
    QTest::newRow("pkg/v{version}") << "pkg/v{version}"
                                    << "pkg/v"
                                    << "";
    QTest::newRow("suffix") << "{version}-lts"
                            << ""
                            << "-lts";
    QTest::newRow("prefix and suffix") << "release-{version}-final"
                                       << "release-"
                                       << "-final";
    QTest::newRow("suffix folder") << "{version}/stable"
                                   << ""
                                   << "/stable";
    QTest::newRow("non-ASCII is allowed by git") << "versión-{version}"
                                                 << "versión-"
                                                 << "";
    QTest::newRow("dot inside a component") << "pkg.v{version}"
                                            << "pkg.v"
                                            << "";
}

void TestTagPattern::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    const auto result = TagPattern::parse(text);
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->pattern(), text);
    QCOMPARE(result->prefix(), prefix);
    QCOMPARE(result->suffix(), suffix);
}

void TestTagPattern::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "it is empty";
    QTest::newRow("no placeholder") << "v1.2.3"
                                    << "it has no {version} placeholder";
    QTest::newRow("misspelt placeholder") << "v{verison}"
                                          << "it has no {version} placeholder";
    QTest::newRow("two placeholders") << "{version}-{version}"
                                      << "it has 2 {version} placeholders";
    QTest::newRow("capitalised placeholder beside the real one")
            << "{Version}{version}"
            << "it has a '{' outside the {version} placeholder";
    QTest::newRow("stray brace") << "v{version}}"
                                 << "it has a '}' outside";
    QTest::newRow("full ref") << "refs/tags/v{version}"
                              << "it starts with 'refs/'";
    QTest::newRow("space") << "my pkg@{version}"
                           << "the text before {version} contains a space";
    QTest::newRow("tab") << "v{version}\t"
                         << "the text after {version} contains the control "
                            "character U+0009";
    QTest::newRow("DEL") << "v\x7f{version}"
                         << "contains the control character U+007F";
    QTest::newRow("tilde") << "v~{version}"
                           << "contains '~'";
    QTest::newRow("caret") << "{version}^"
                           << "contains '^'";
    QTest::newRow("colon") << "pkg:{version}"
                           << "contains ':'";
    QTest::newRow("question mark") << "v?{version}"
                                   << "contains '?'";
    QTest::newRow("asterisk") << "v*{version}"
                              << "contains '*'";
    QTest::newRow("bracket") << "[v]{version}"
                             << "contains '['";
    QTest::newRow("backslash") << "pkg\\{version}"
                               << "contains '\\'";
    QTest::newRow("two dots") << "v..{version}"
                              << "contains '..'";
    QTest::newRow("two slashes") << "pkg//v{version}"
                                 << "contains '//'";
    QTest::newRow("at-brace") << "{version}@{"
                              << "'{' outside";
    QTest::newRow("leading dash") << "-v{version}"
                                  << "the text before {version} starts with '-'";
    QTest::newRow("leading slash") << "/v{version}"
                                   << "starts with '/'";
    QTest::newRow("leading dot") << ".v{version}"
                                 << "starts with '.'";
    QTest::newRow("component starting with a dot") << "pkg/.v{version}"
                                                   << "has a path component starting with '.'";
    QTest::newRow("component ending with .lock") << "pkg.lock/v{version}"
                                                 << "has a path component ending with '.lock'";
    QTest::newRow("trailing slash") << "{version}/"
                                    << "the text after {version} ends with '/'";
    QTest::newRow("trailing dot") << "{version}."
                                  << "ends with '.'";
    QTest::newRow("trailing .lock") << "{version}.lock"
                                    << "ends with '.lock'";
}

void TestTagPattern::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto result = TagPattern::parse(text);
    QVERIFY2(!result, qPrintable(text));
    QCOMPARE(result.error().code, errc::invalidTagPattern.toString());
    const QString message = result.error().message;
    QVERIFY2(message.startsWith("The tag pattern '" + text + "' is not usable: "),
             qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestTagPattern::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("shape");      // matchesShape(), and match() not nullopt
    QTest::addColumn<QString>("version"); // empty with shape: the result holds an error

    QTest::newRow("v: release") << "v{version}"
                                << "v1.2.3" << true << "1.2.3";
    QTest::newRow("v: pre-release and build")
            << "v{version}"
            << "v2.0.0-rc.1+build.5" << true << "2.0.0-rc.1+build.5";
    QTest::newRow("v: two numbers") << "v{version}"
                                    << "v1.2" << true << "";
    QTest::newRow("v: four numbers") << "v{version}"
                                     << "v1.2.3.4" << true << "";
    QTest::newRow("v: leading zero") << "v{version}"
                                     << "v1.02.3" << true << "";
    QTest::newRow("v: other scheme sharing the prefix") << "v{version}"
                                                        << "vite@1.2.3" << false << "";
    QTest::newRow("v: word") << "v{version}"
                             << "vnext" << false << "";
    QTest::newRow("v: prefix only") << "v{version}"
                                    << "v" << false << "";
    QTest::newRow("v: no prefix") << "v{version}"
                                  << "1.2.3" << false << "";
    QTest::newRow("v: case-sensitive") << "v{version}"
                                       << "V1.2.3" << false << "";

    // An empty prefix would claim every tag; only digit-led ones are version attempts.
    QTest::newRow("bare: release") << "{version}"
                                   << "1.2.3" << true << "1.2.3";
    QTest::newRow("bare: monorepo tag") << "{version}"
                                        << "create-vite@1.2.3" << false << "";
    QTest::newRow("bare: v-prefixed tag") << "{version}"
                                          << "v1.2.3" << false << "";
    QTest::newRow("bare: word") << "{version}"
                                << "latest" << false << "";
    QTest::newRow("bare: date") << "{version}"
                                << "2024-05-01" << true << "";
    QTest::newRow("bare: two numbers") << "{version}"
                                       << "1.2" << true << "";

    QTest::newRow("pkg@: own tag") << "create-vite@{version}"
                                   << "create-vite@5.5.4" << true << "5.5.4";
    QTest::newRow("pkg@: main package tag") << "create-vite@{version}"
                                            << "v5.5.4" << false << "";
    QTest::newRow("pkg@: longer package name") << "plugin-vue@{version}"
                                               << "plugin-vue-jsx@1.0.0" << false << "";
    QTest::newRow("pkg/v") << "pkg/v{version}"
                           << "pkg/v0.1.0-alpha.1" << true << "0.1.0-alpha.1";
    QTest::newRow("pkg/v: other package") << "pkg/v{version}"
                                          << "other/v0.1.0" << false << "";

    QTest::newRow("suffix: own tag") << "{version}-lts"
                                     << "2.4.1-lts" << true << "2.4.1";
    QTest::newRow("suffix: pre-release before the suffix")
            << "{version}-lts"
            << "2.4.1-rc.1-lts" << true << "2.4.1-rc.1";
    QTest::newRow("suffix: missing") << "{version}-lts"
                                     << "2.4.1" << false << "";
    QTest::newRow("suffix: suffix only") << "{version}-lts"
                                         << "-lts" << false << "";
    QTest::newRow("prefix and suffix") << "release-{version}-final"
                                       << "release-3.0.0-final" << true << "3.0.0";
    QTest::newRow("prefix and suffix overlap") << "release-{version}-final"
                                               << "release-final" << false << "";
}

void TestTagPattern::match()
{
    QFETCH(QString, pattern);
    QFETCH(QString, tag);
    QFETCH(bool, shape);
    QFETCH(QString, version);

    const TagPattern tagPattern = ::pattern(pattern);
    QCOMPARE(tagPattern.matchesShape(tag), shape);
    const auto result = tagPattern.match(tag);
    QCOMPARE(result.has_value(), shape);
    if (!shape)
        return;
    if (version.isEmpty()) {
        QVERIFY2(!*result, qPrintable(*result ? (*result)->toString() : QString()));
        QCOMPARE(result->error().code, errc::invalidVersion.toString());
        QVERIFY2(result->error().message.startsWith("Tag '" + tag + "'"),
                 qPrintable(result->error().message));
        return;
    }
    QVERIFY2(*result, qPrintable(errorText(*result)));
    QCOMPARE(**result, *Version::parse(version));
}

void TestTagPattern::shapeMatchErrorNamesTagAndRule()
{
    const auto result = TagPattern().match(u"v1.2");
    QVERIFY(result && !*result);
    QCOMPARE(result->error().message,
             QString("Tag 'v1.2' looks like a version tag for the pattern 'v{version}', but '1.2' "
                     "is not a SemVer version: the version core '1.2' has 2 parts (it needs "
                     "exactly three numbers: major.minor.patch)."));
}

void TestTagPattern::formatRoundTrips_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("tag");

    QTest::newRow("v") << "v{version}"
                       << "1.2.3"
                       << "v1.2.3";
    QTest::newRow("bare") << "{version}"
                          << "1.2.3-rc.1"
                          << "1.2.3-rc.1";
    QTest::newRow("pkg@") << "pkg@{version}"
                          << "0.1.0+build.7"
                          << "pkg@0.1.0+build.7";
    QTest::newRow("pkg/v") << "pkg/v{version}"
                           << "10.0.0"
                           << "pkg/v10.0.0";
    QTest::newRow("suffix") << "{version}-lts"
                            << "2.4.1-beta.2"
                            << "2.4.1-beta.2-lts";
}

void TestTagPattern::formatRoundTrips()
{
    QFETCH(QString, pattern);
    QFETCH(QString, version);
    QFETCH(QString, tag);

    const TagPattern tagPattern = ::pattern(pattern);
    const Version v = *Version::parse(version);
    QCOMPARE(tagPattern.format(v), tag);
    const auto back = tagPattern.match(tag);
    QVERIFY(back && *back);
    QCOMPARE(**back, v);
}

void TestTagPattern::realTags_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("tagCount");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("versions"); // tags naming a SemVer version
    QTest::addColumn<int>("skipped");  // shape matches that are not SemVer

    // Counted independently from the fixtures (tests/fixtures/histories/README.md).
    QTest::newRow("semantic-release v") << "semantic-release" << 456 << "v{version}" << 455 << 0;
    QTest::newRow("semantic-release bare") << "semantic-release" << 456 << "{version}" << 1 << 0;
    QTest::newRow("vite v") << "vite" << 1041 << "v{version}" << 659 << 0;
    QTest::newRow("vite bare claims no package tag") << "vite" << 1041 << "{version}" << 0 << 0;
    QTest::newRow("vite create-vite") << "vite" << 1041 << "create-vite@{version}" << 95 << 0;
    QTest::newRow("vite plugin-vue is not plugin-vue-jsx")
            << "vite" << 1041 << "plugin-vue@{version}" << 68 << 0;
}

void TestTagPattern::realTags()
{
    QFETCH(QString, history);
    QFETCH(int, tagCount);
    QFETCH(QString, pattern);
    QFETCH(int, versions);
    QFETCH(int, skipped);

    const QStringList tags = fastImportTags(QStringLiteral(RELEASEDESK_FIXTURES_DIR) + "/histories/"
                                            + history + ".fi");
    QCOMPARE(tags.size(), tagCount);
    const TagPattern tagPattern = ::pattern(pattern);
    int matched = 0;
    int notSemVer = 0;
    for (const QString &tag : tags) {
        const auto result = tagPattern.match(tag);
        if (!result)
            continue;
        if (!*result) {
            ++notSemVer;
            continue;
        }
        ++matched;
        // Every version found formats back to its own tag.
        QCOMPARE(tagPattern.format(**result), tag);
    }
    QCOMPARE(matched, versions);
    QCOMPARE(notSemVer, skipped);
}

void TestTagPattern::ofTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("pattern"); // empty: no pattern

    QTest::newRow("bare") << "44.39.2"
                          << "{version}";
    QTest::newRow("v") << "v11.35.4"
                       << "v{version}";
    QTest::newRow("release-") << "release-2.0.0-rc.1"
                              << "release-{version}";
    QTest::newRow("pkg@") << "create-vite@8.2.0"
                          << "create-vite@{version}";
    QTest::newRow("scoped") << "@vitejs/plugin-legacy@7.0.1"
                            << "@vitejs/plugin-legacy@{version}";
    QTest::newRow("pkg/v") << "api/v1.4.0"
                           << "api/v{version}";
    QTest::newRow("digit in name") << "pkg2@1.0.0"
                                   << "pkg2@{version}";
    QTest::newRow("four parts") << "1.2.3.4"
                                << "";
    QTest::newRow("two parts") << "v1.2"
                               << "";
    QTest::newRow("no digits") << "latest"
                               << "";
    QTest::newRow("bad ref prefix") << "-1.2.3"
                                    << "";
}

void TestTagPattern::ofTag()
{
    QFETCH(QString, tag);
    QFETCH(QString, pattern);
    const auto found = TagPattern::ofTag(tag);
    QCOMPARE(found ? found->pattern() : QString(), pattern);
    if (found) // the pattern reads the tag back
        QVERIFY(found->match(tag) && *found->match(tag));
}

QTEST_GUILESS_MAIN(TestTagPattern)
#include "tst_tagpattern.moc"
