// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/jsondocument.h"

#include <QTest>

using namespace rd;

class TestJsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offsetsOfStrings();
    void lastDuplicateWins();
    void recoversFromMissingComma();
    void recoversFromTrailingCommaAndComments();
    void rejectsBrokenDocuments_data();
    void rejectsBrokenDocuments();
    void decodesEscapes();
    void deepNestingIsAnErrorNotACrash();
};

void TestJsonDocument::offsetsOfStrings()
{
    const QByteArray bytes
            = "\xEF\xBB\xBF{\r\n  \"name\": \"x\",\r\n  \"version\": \"1.2.3\"\r\n}\r\n";
    auto document = JsonDocument::parse(bytes);
    QVERIFY(document);
    const JsonNode *version = document->root().member(u"version");
    QVERIFY(version);
    QCOMPARE(bytes.mid(version->offset, version->length), QByteArray("\"1.2.3\""));
    QCOMPARE(version->string, QStringLiteral("1.2.3"));
    QVERIFY(document->warnings().isEmpty());
}

void TestJsonDocument::lastDuplicateWins()
{
    auto document = JsonDocument::parse("{\"version\": \"1.0.0\", \"version\": \"2.0.0\"}");
    QVERIFY(document);
    QCOMPARE(document->root().member(u"version")->string, QStringLiteral("2.0.0"));
}

void TestJsonDocument::recoversFromMissingComma()
{
    const QByteArray bytes = "{\n\t\"version\": \"6.2.6\",\n\t\"a\": \"dev\"\n\t\"b\": {}\n}\n";
    auto document = JsonDocument::parse(bytes);
    QVERIFY(document);
    QCOMPARE(document->warnings().size(), 1);
    QVERIFY(document->warnings().first().startsWith(QStringLiteral("line 4:")));
    QVERIFY(document->root().member(u"b"));
}

void TestJsonDocument::recoversFromTrailingCommaAndComments()
{
    auto document = JsonDocument::parse("{ // c\n \"a\": [1, 2,], /* x */ \"v\": \"1\", }");
    QVERIFY(document);
    QCOMPARE(document->warnings().size(), 4);
    QCOMPARE(document->root().member(u"a")->items.size(), size_t(2));
}

void TestJsonDocument::rejectsBrokenDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b");
    QTest::newRow("unterminated object") << QByteArray("{\"a\": 1");
    QTest::newRow("bare word") << QByteArray("{\"a\": yes}");
    QTest::newRow("control character") << QByteArray("{\"a\": \"x\ny\"}");
    QTest::newRow("two documents") << QByteArray("{} {}");
    QTest::newRow("bad number") << QByteArray("[01]");
    QTest::newRow("bad escape") << QByteArray("[\"\\x\"]");
}

void TestJsonDocument::rejectsBrokenDocuments()
{
    QFETCH(QByteArray, bytes);
    auto document = JsonDocument::parse(bytes);
    QVERIFY(!document);
    QVERIFY(document.error().message.startsWith(QStringLiteral("Invalid JSON at line")));
}

void TestJsonDocument::decodesEscapes()
{
    auto document = JsonDocument::parse("[\"1.0\\u002e0\", \"\\ud83d\\ude00\"]");
    QVERIFY(document);
    QCOMPARE(document->root().items.at(0).string, QStringLiteral("1.0.0"));
    QVERIFY(document->root().items.at(0).escaped);
    QCOMPARE(document->root().items.at(1).string.size(), 2);
}

void TestJsonDocument::deepNestingIsAnErrorNotACrash()
{
    auto document = JsonDocument::parse(QByteArray(100000, '['));
    QVERIFY(!document);
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
