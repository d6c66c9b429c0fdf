// SPDX-License-Identifier: GPL-3.0-or-later
#include "commits/classifier.h"
#include "commits/conventionalcommit.h"
#include "historyreader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rd;

namespace {

// What a parse should yield; unset fields are expected empty.
struct Expected
{
    CommitForm form = CommitForm::Conventional;
    QString type{};
    QString scope{};
    bool marker = false;
    QString description{};
    QString body{};
    QStringList footers{}; // "Token: value" or "Token #value", as parsed
    bool breaking = false;
    QString problem{};
};

QStringList footerList(const ConventionalCommit &commit)
{
    QStringList list;
    for (const CommitFooter &f : commit.footers)
        list.append(f.token + (f.hashSeparator ? " #" : ": ") + f.value);
    return list;
}

QString withNul(const QString &before, const QString &after)
{
    return before + QChar(u'\0') + after;
}

bool isAsciiLetters(const QString &text)
{
    for (QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return !text.isEmpty();
}

QList<test::HistoryCommit> history(const char *name)
{
    return test::readFastImportCommits(QStringLiteral(RELEASEDESK_FIXTURES_DIR "/histories/")
                                       + QLatin1String(name));
}

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestConventionalCommit : public QObject
{
    Q_OBJECT

private:
    void addParseColumns();
    void checkParse();

private Q_SLOTS:
    void specExamples_data();
    void specExamples() { checkParse(); }
    void specRules_data();
    void specRules() { checkParse(); }
    void malformed_data();
    void malformed() { checkParse(); }
    void bodyAndFooters_data();
    void bodyAndFooters() { checkParse(); }

    void footerLines();
    void footerLookup();
    void breakingNote_data();
    void breakingNote();

    void specialForms_data();
    void specialForms();
    void nestedRevertsAreBounded();

    void realHistory_data();
    void realHistory();
    void realMessages_data();
    void realMessages() { checkParse(); }
    void realRevert();
    void mutatedRealMessages();
};

void TestConventionalCommit::addParseColumns()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<Expected>("expected");
}

void TestConventionalCommit::checkParse()
{
    QFETCH(QString, message);
    QFETCH(Expected, expected);
    const ConventionalCommit c = parseCommitMessage(message);
    QCOMPARE(formName(c.form), formName(expected.form));
    QCOMPARE(c.problem, expected.problem);
    QCOMPARE(c.type, expected.type);
    QCOMPARE(c.scope, expected.scope);
    QCOMPARE(c.breakingMarker, expected.marker);
    QCOMPARE(c.description, expected.description);
    QCOMPARE(c.body, expected.body);
    QCOMPARE(footerList(c), expected.footers);
    QCOMPARE(c.isBreaking(), expected.breaking);
}

// The "Examples" section of the Conventional Commits 1.0.0 specification.
void TestConventionalCommit::specExamples_data()
{
    addParseColumns();
    QTest::newRow("description and breaking change footer")
            << "feat: allow provided config object to extend other configs\n\nBREAKING CHANGE: "
               "`extends` key in config file is now used for extending other config files"
            << Expected{.type = "feat",
                        .description = "allow provided config object to extend other configs",
                        .footers = {"BREAKING CHANGE: `extends` key in config file is now used "
                                    "for extending other config files"},
                        .breaking = true};
    QTest::newRow("! to draw attention to breaking change")
            << "feat!: send an email to the customer when a product is shipped"
            << Expected{.type = "feat",
                        .marker = true,
                        .description = "send an email to the customer when a product is shipped",
                        .breaking = true};
    QTest::newRow("scope and ! to draw attention to breaking change")
            << "feat(api)!: send an email to the customer when a product is shipped"
            << Expected{.type = "feat",
                        .scope = "api",
                        .marker = true,
                        .description = "send an email to the customer when a product is shipped",
                        .breaking = true};
    QTest::newRow("both ! and BREAKING CHANGE footer")
            << "chore!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not "
               "available in Node 6."
            << Expected{.type = "chore",
                        .marker = true,
                        .description = "drop support for Node 6",
                        .footers = {"BREAKING CHANGE: use JavaScript features not available in "
                                    "Node 6."},
                        .breaking = true};
    QTest::newRow("no body") << "docs: correct spelling of CHANGELOG"
                             << Expected{.type = "docs",
                                         .description = "correct spelling of CHANGELOG"};
    QTest::newRow("with scope") << "feat(lang): add Polish language"
                                << Expected{.type = "feat",
                                            .scope = "lang",
                                            .description = "add Polish language"};
    QTest::newRow("multi-paragraph body and multiple footers")
            << "fix: prevent racing of requests\n\nIntroduce a request id and a reference to "
               "latest request. Dismiss\nincoming responses other than from latest request.\n\n"
               "Remove timeouts which were used to mitigate the racing issue but are\nobsolete "
               "now.\n\nReviewed-by: Z\nRefs: #123\n"
            << Expected{.type = "fix",
                        .description = "prevent racing of requests",
                        .body = "Introduce a request id and a reference to latest request. "
                                "Dismiss\nincoming responses other than from latest request.\n\n"
                                "Remove timeouts which were used to mitigate the racing issue "
                                "but are\nobsolete now.",
                        .footers = {"Reviewed-by: Z", "Refs: #123"}};
}

// The specification's numbered rules that a parser can be held to.
void TestConventionalCommit::specRules_data()
{
    addParseColumns();
    const auto notConventional = [](const char *problem) {
        return Expected{.form = CommitForm::NotConventional, .problem = problem};
    };
    QTest::newRow("1: type, colon and space")
            << "fix: x" << Expected{.type = "fix", .description = "x"};
    QTest::newRow("1: no type") << "fix the parser" << notConventional("no type prefix");
    QTest::newRow("1: terminal colon required")
            << "fix(parser) crash" << notConventional("missing ': ' after the scope");
    QTest::newRow("1: space after colon required")
            << "fix:x" << notConventional("missing space after ':'");
    QTest::newRow("2: feat") << "feat: add x" << Expected{.type = "feat", .description = "add x"};
    QTest::newRow("3: fix") << "fix: repair x"
                            << Expected{.type = "fix", .description = "repair x"};
    QTest::newRow("4: scope") << "fix(parser): x"
                              << Expected{.type = "fix", .scope = "parser", .description = "x"};
    QTest::newRow("4: scope with punctuation")
            << "fix(plugin-vue/ssr): x"
            << Expected{.type = "fix", .scope = "plugin-vue/ssr", .description = "x"};
    QTest::newRow("5: description required") << "fix: " << notConventional("empty description");
    QTest::newRow("6: body after a blank line")
            << "fix: x\n\nThe body."
            << Expected{.type = "fix", .description = "x", .body = "The body."};
    QTest::newRow("7: body of several paragraphs")
            << "fix: x\n\nOne\nline two.\n\nTwo.\n\n\nThree."
            << Expected{.type = "fix",
                        .description = "x",
                        .body = "One\nline two.\n\nTwo.\n\n\nThree."};
    QTest::newRow("8: footers after the body, both separators")
            << "fix: x\n\nBody.\n\nAcked-by: Ann\nFixes #12"
            << Expected{.type = "fix",
                        .description = "x",
                        .body = "Body.",
                        .footers = {"Acked-by: Ann", "Fixes #12"}};
    QTest::newRow("8: footers without a body")
            << "fix: x\n\nRefs: #1"
            << Expected{.type = "fix", .description = "x", .footers = {"Refs: #1"}};
    QTest::newRow("9: a token with a space is not a footer")
            << "fix: x\n\nAcked by: Ann"
            << Expected{.type = "fix", .description = "x", .body = "Acked by: Ann"};
    QTest::newRow("9: BREAKING CHANGE may contain a space")
            << "fix: x\n\nBREAKING CHANGE: gone"
            << Expected{.type = "fix",
                        .description = "x",
                        .footers = {"BREAKING CHANGE: gone"},
                        .breaking = true};
    QTest::newRow("10: multi-line value ends at the next token")
            << "fix: x\n\nBREAKING CHANGE: line one\nline two\n\nstill the note\nRefs: #9"
            << Expected{.type = "fix",
                        .description = "x",
                        .footers = {"BREAKING CHANGE: line one\nline two\n\nstill the note",
                                    "Refs: #9"},
                        .breaking = true};
    QTest::newRow("11/13: breaking via ! before the colon") << "refactor(core)!: x"
                                                            << Expected{.type = "refactor",
                                                                        .scope = "core",
                                                                        .marker = true,
                                                                        .description = "x",
                                                                        .breaking = true};
    QTest::newRow("12: lower-case breaking change is not a footer")
            << "fix: x\n\nbreaking change: y"
            << Expected{.type = "fix", .description = "x", .body = "breaking change: y"};
    QTest::newRow("13: ! elsewhere is not the marker")
            << "feat!x: y" << notConventional("missing ':' after '!'");
    QTest::newRow("14: other types") << "docs: x" << Expected{.type = "docs", .description = "x"};
    QTest::newRow("15: type case kept as written")
            << "FEAT(Api): x" << Expected{.type = "FEAT", .scope = "Api", .description = "x"};
    QTest::newRow("15: mixed-case breaking token is an ordinary footer")
            << "fix: x\n\nBreaking-Change: y"
            << Expected{.type = "fix", .description = "x", .footers = {"Breaking-Change: y"}};
    QTest::newRow("16: BREAKING-CHANGE is a synonym") << "fix: x\n\nBREAKING-CHANGE: y"
                                                      << Expected{.type = "fix",
                                                                  .description = "x",
                                                                  .footers = {"BREAKING-CHANGE: y"},
                                                                  .breaking = true};
}

void TestConventionalCommit::malformed_data()
{
    addParseColumns();
    const auto problem = [](const QString &text) {
        return Expected{.form = CommitForm::NotConventional, .problem = text};
    };
    const Expected empty{.form = CommitForm::Empty, .problem = "empty message"};
    QTest::newRow("empty") << "" << empty;
    QTest::newRow("only whitespace") << "  \n\t\r\n \n" << empty;
    QTest::newRow("colon") << ":" << problem("missing type before ':'");
    QTest::newRow("feat:") << "feat:" << problem("empty description");
    QTest::newRow("feat: ") << "feat: " << problem("empty description");
    QTest::newRow("feat:   \\n\\nbody") << "feat:   \n\nbody"
                                        << Expected{.form = CommitForm::NotConventional,
                                                    .body = "body",
                                                    .problem = "empty description"};
    QTest::newRow("unclosed scope") << "feat(: x" << problem("unclosed scope");
    QTest::newRow("empty scope") << "feat()!: x" << problem("empty scope");
    QTest::newRow("blank scope") << "feat(  ): x" << problem("empty scope");
    QTest::newRow("nested scope") << "feat(a(b)): x" << problem("'(' inside the scope");
    QTest::newRow("scope without type") << "(scope): x" << problem("missing type before the scope");
    QTest::newRow("no space after colon") << "feat:x" << problem("missing space after ':'");
    QTest::newRow("space before colon") << "feat : x" << problem("space before ':'");
    QTest::newRow("space before scope") << "feat (api): x" << problem("space before the scope");
    QTest::newRow("type with a space")
            << "feat ui: x" << problem("type `feat ui` contains a space");
    QTest::newRow("sentence with a colon") << "Update the docs: typo" << problem("no type prefix");
    QTest::newRow("type with a digit")
            << "fe4t: x" << problem("type `fe4t` may only contain letters");
    QTest::newRow("type with a hyphen")
            << "feat-ui(x): y" << problem("type `feat-ui` may only contain letters");
    QTest::newRow("type with a slash")
            << "chore/deps: y" << problem("type `chore/deps` may only contain letters");
    QTest::newRow("non-ASCII letter")
            << QString::fromUtf8("f\xc3\xa9t: x")
            << problem(QString::fromUtf8("type `f\xc3\xa9t` may only contain letters"));
    QTest::newRow("emoji prefix") << ":sparkles: feat: x" << problem("missing type before ':'");
    QTest::newRow("no colon") << "Update README" << problem("no type prefix");
    QTest::newRow("single word") << "WIP" << problem("no type prefix");
    QTest::newRow("bang without colon") << "feat! x" << problem("missing ':' after '!'");
    QTest::newRow("URL") << "https://example.com/x" << problem("missing space after ':'");
    QTest::newRow("NUL in the type")
            << withNul("fe", "at: x")
            << problem(QString::fromUtf16(u"type `fe\uFFFDat` may only contain letters"));
    QTest::newRow("NUL alone") << withNul("", "") << problem("no type prefix");
    QTest::newRow("NUL in the description")
            << withNul("feat: a", "b")
            << Expected{.type = "feat", .description = withNul("a", "b")};
    QTest::newRow("U+FFFD in the type")
            << QString::fromUtf16(u"fe\uFFFDt: x")
            << problem(QString::fromUtf16(u"type `fe\uFFFDt` may only contain letters"));
    QTest::newRow("U+FFFD in the description")
            << QString::fromUtf16(u"fix: caf\uFFFD")
            << Expected{.type = "fix", .description = QString::fromUtf16(u"caf\uFFFD")};
    QTest::newRow("very long type cut in the problem")
            << QString(5000, u'x') + "-y: z"
            << problem("type `" + QString(40, u'x') + QChar(0x2026) + "` may only contain letters");
    QTest::newRow("very long description")
            << "fix: " + QString(200000, u'a')
            << Expected{.type = "fix", .description = QString(200000, u'a')};
    QTest::newRow("very long line without type")
            << QString(200000, u' ') + "x" << problem("no type prefix");
    QTest::newRow("CRLF") << "feat(ui): x\r\n\r\nBody line\r\nsecond\r\n\r\nRefs: #1\r\n"
                          << Expected{.type = "feat",
                                      .scope = "ui",
                                      .description = "x",
                                      .body = "Body line\nsecond",
                                      .footers = {"Refs: #1"}};
    QTest::newRow("trailing whitespace")
            << "  fix:  x  \t\n \n body  \n\t\nRefs: 1  \n  \n"
            << Expected{.type = "fix", .description = "x", .body = " body", .footers = {"Refs: 1"}};
    QTest::newRow("leading blank lines")
            << "\n\n  fix: x" << Expected{.type = "fix", .description = "x"};
    QTest::newRow("body right below the header")
            << "fix: x\nbody" << Expected{.type = "fix", .description = "x", .body = "body"};
}

void TestConventionalCommit::bodyAndFooters_data()
{
    addParseColumns();
    QTest::newRow("Word: x inside a body paragraph")
            << "fix: x\n\nWe now read the file.\nNote: the cache is gone.\nMore text."
            << Expected{.type = "fix",
                        .description = "x",
                        .body = "We now read the file.\nNote: the cache is gone.\nMore text."};
    QTest::newRow("last paragraph starting with a token")
            << "fix: x\n\nBody.\n\nNote: the cache is gone."
            << Expected{.type = "fix",
                        .description = "x",
                        .body = "Body.",
                        .footers = {"Note: the cache is gone."}};
    QTest::newRow("a heading above a list is body")
            << "fix: x\n\nChanges:\n- a\n- b"
            << Expected{.type = "fix", .description = "x", .body = "Changes:\n- a\n- b"};
    QTest::newRow("a token paragraph followed by body text is body")
            << "fix: x\n\nCloses: #1\n\nMore explanation."
            << Expected{.type = "fix",
                        .description = "x",
                        .body = "Closes: #1\n\nMore explanation."};
    QTest::newRow("git trailers")
            << "fix: x\n\nBody.\n\nSigned-off-by: A <a@example.invalid>\nCo-authored-by: B "
               "<b@example.invalid>\nReviewed-by: C"
            << Expected{.type = "fix",
                        .description = "x",
                        .body = "Body.",
                        .footers = {"Signed-off-by: A <a@example.invalid>",
                                    "Co-authored-by: B <b@example.invalid>",
                                    "Reviewed-by: C"}};
    QTest::newRow("footer paragraphs separated by blank lines")
            << "fix: x\n\nBody.\n\nRefs: #1\n\nSigned-off-by: A"
            << Expected{.type = "fix",
                        .description = "x",
                        .body = "Body.",
                        .footers = {"Refs: #1", "Signed-off-by: A"}};
    QTest::newRow("folded trailer value") << "fix: x\n\nSee-also: a long\n  value"
                                          << Expected{.type = "fix",
                                                      .description = "x",
                                                      .footers = {"See-also: a long\n  value"}};
    QTest::newRow("breaking note on the following lines")
            << "fix: x\n\nBREAKING CHANGE:\nthe note"
            << Expected{.type = "fix",
                        .description = "x",
                        .footers = {"BREAKING CHANGE: the note"},
                        .breaking = true};
    QTest::newRow("breaking note over paragraphs, then a trailer")
            << "feat: x\n\n- list\n\nBREAKING CHANGE: removed y\n\nUse z instead.\n\n```\ncode\n"
               "```\n\nSigned-off-by: A"
            << Expected{.type = "feat",
                        .description = "x",
                        .body = "- list",
                        .footers
                        = {"BREAKING CHANGE: removed y\n\nUse z instead.\n\n```\ncode\n```",
                           "Signed-off-by: A"},
                        .breaking = true};
    QTest::newRow("a breaking footer is never left in the body")
            << "feat: x\n\nBREAKING CHANGE: y\n\nCloses: #1\n\nA closing remark."
            << Expected{.type = "feat",
                        .description = "x",
                        .footers = {"BREAKING CHANGE: y", "Closes: #1\n\nA closing remark."},
                        .breaking = true};
    QTest::newRow("BREAKING CHANGE inside a body paragraph is body")
            << "feat: x\n\nSome text\nBREAKING CHANGE: y"
            << Expected{.type = "feat",
                        .description = "x",
                        .body = "Some text\nBREAKING CHANGE: y"};
    QTest::newRow("plural BREAKING CHANGES is not the token")
            << "feat: x\n\nBREAKING CHANGES: y"
            << Expected{.type = "feat", .description = "x", .body = "BREAKING CHANGES: y"};
    QTest::newRow("URL paragraph is body")
            << "fix: x\n\nhttps://example.com/issue/1"
            << Expected{.type = "fix", .description = "x", .body = "https://example.com/issue/1"};
    QTest::newRow("token without a value is body")
            << "fix: x\n\nRefs:" << Expected{.type = "fix", .description = "x", .body = "Refs:"};
    QTest::newRow("hash separator needs a value")
            << "fix: x\n\nFixes #"
            << Expected{.type = "fix", .description = "x", .body = "Fixes #"};
    QTest::newRow("footer right below the header")
            << "fix: x\nRefs: #1"
            << Expected{.type = "fix", .description = "x", .footers = {"Refs: #1"}};
    QTest::newRow("footers of a non-conventional message")
            << "Update README\n\nSigned-off-by: A"
            << Expected{.form = CommitForm::NotConventional,
                        .footers = {"Signed-off-by: A"},
                        .problem = "no type prefix"};
}

void TestConventionalCommit::footerLines()
{
    const ConventionalCommit c = parseCommitMessage(
            u"\nfix: x\n\nbody\n\nRefs: #1\ncontinued\nBREAKING CHANGE: y");
    QCOMPARE(c.footers.size(), 2);
    QCOMPARE(c.footers[0].line, 6);
    QCOMPARE(c.footers[0].value, QStringLiteral("#1\ncontinued"));
    QCOMPARE(c.footers[0].hashSeparator, false);
    QCOMPARE(c.footers[1].line, 8);
    const ConventionalCommit hash = parseCommitMessage(u"fix: x\n\nCloses #7");
    QCOMPARE(hash.footers.size(), 1);
    QVERIFY(hash.footers[0].hashSeparator);
    QCOMPARE(hash.footers[0].value, QStringLiteral("7"));
}

void TestConventionalCommit::footerLookup()
{
    const ConventionalCommit c = parseCommitMessage(
            u"fix: x\n\nReviewed-by: Z\nRefs: #123\nBREAKING-CHANGE: y\nbreaking-change: z");
    QVERIFY(c.footer(u"refs"));
    QCOMPARE(c.footer(u"REFS")->value, QStringLiteral("#123"));
    QCOMPARE(c.footer(u"reviewed-BY")->value, QStringLiteral("Z"));
    QVERIFY(!c.footer(u"Signed-off-by"));
    // The synonyms find each other; BREAKING CHANGE stays case-sensitive both ways.
    QCOMPARE(c.footer(u"BREAKING CHANGE")->value, QStringLiteral("y"));
    QCOMPARE(c.footer(u"BREAKING-CHANGE")->value, QStringLiteral("y"));
    QCOMPARE(c.footer(u"breaking-change")->value, QStringLiteral("z"));
    QVERIFY(!c.footer(u"Breaking Change"));
    QVERIFY(c.isBreaking());
    QVERIFY(isBreakingToken(u"BREAKING CHANGE"));
    QVERIFY(isBreakingToken(u"BREAKING-CHANGE"));
    QVERIFY(!isBreakingToken(u"Breaking-Change"));
    QVERIFY(!isBreakingToken(u"BREAKING_CHANGE"));
}

void TestConventionalCommit::breakingNote_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("note");
    QTest::newRow("marker only: the description") << "feat!: drop v1"
                                                  << "drop v1";
    QTest::newRow("footer wins over the description")
            << "feat!: drop v1\n\nBREAKING CHANGE: v1 clients must upgrade"
            << "v1 clients must upgrade";
    QTest::newRow("several notes are joined")
            << "feat: x\n\nBREAKING CHANGE: a\n\nBREAKING-CHANGE: b\nRefs: #1"
            << "a\n\nb";
    QTest::newRow("not breaking") << "feat: x\n\nBreaking-Change: a"
                                  << "";
}

void TestConventionalCommit::breakingNote()
{
    QFETCH(QString, message);
    QFETCH(QString, note);
    QCOMPARE(parseCommitMessage(message).breakingNote(), note);
}

void TestConventionalCommit::specialForms_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("revertedHeader");
    QTest::addColumn<QString>("revertedCommit");
    QTest::addColumn<QString>("revertedForm"); // of `reverted`; empty when null
    QTest::addColumn<QString>("targetHeader");

    const QString sha = "b8fb35c7e15d314c15182f779ef30b42b6c4e7ea";
    QTest::newRow("git revert") << "Revert \"feat: x\"\n\nThis reverts commit " + sha + ".\n"
                                << "revert"
                                << "feat: x" << sha << "conventional"
                                << "";
    QTest::newRow("revert with a pull request number and quotes inside")
            << "Revert \"feat: warn on \"repository\" key (#1656)\" (#1700)\n\nThis reverts "
               "commit abcdef1.\n\nfixes #1657"
            << "revert"
            << "feat: warn on \"repository\" key (#1656)"
            << "abcdef1"
            << "conventional"
            << "";
    QTest::newRow("revert of a non-conventional commit") << "Revert \"Update README\""
                                                         << "revert"
                                                         << "Update README"
                                                         << ""
                                                         << "not-conventional"
                                                         << "";
    QTest::newRow("revert of a revert")
            << "Revert \"Revert \"fix(a): b\"\"\n\nThis reverts commit 1234567890."
            << "revert"
            << "Revert \"fix(a): b\""
            << "1234567890"
            << "revert"
            << "";
    QTest::newRow("reapply (git's revert of a revert)")
            << "Reapply \"fix(a): b\"\n\nThis reverts commit 1234567890."
            << "revert"
            << "Revert \"fix(a): b\""
            << "1234567890"
            << "revert"
            << "";
    QTest::newRow("truncated revert subject") << "Revert \"feat: a very long subj"
                                              << "revert"
                                              << "feat: a very long subj"
                                              << ""
                                              << "conventional"
                                              << "";
    QTest::newRow("revert type with a quoted header")
            << "revert: \"fix: use x\" (#14209)\n\nThis reverts commit 128ad8f925d2."
            << "conventional"
            << "fix: use x"
            << "128ad8f925d2"
            << "conventional"
            << "";
    QTest::newRow("revert type with refs (the spec's FAQ)")
            << "revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868"
            << "conventional"
            << "let us never again speak of the noodle incident"
            << "676104e"
            << "not-conventional"
            << "";
    QTest::newRow("merge branch") << "Merge branch 'caribou' into next"
                                  << "merge"
                                  << ""
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("merge branches") << "Merge branches 'a' and 'b'"
                                    << "merge"
                                    << ""
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("merge pull request") << "Merge pull request #12 from a/b\n\nfeat: x"
                                        << "merge"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("merge remote-tracking branch")
            << "Merge remote-tracking branch 'origin/master' into beta\n"
            << "merge"
            << ""
            << ""
            << ""
            << "";
    QTest::newRow("merge tag") << "Merge tag 'v1.2.0'"
                               << "merge"
                               << ""
                               << ""
                               << ""
                               << "";
    QTest::newRow("merge commit") << "Merge commit 'abc1234'"
                                  << "merge"
                                  << ""
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("merge of CI checkout") << "Merge 0123456789abcdef into fedcba9876543210"
                                          << "merge"
                                          << ""
                                          << ""
                                          << ""
                                          << "";
    QTest::newRow("the word merge alone is no merge") << "Merge sort for the tag list"
                                                      << "not-conventional"
                                                      << ""
                                                      << ""
                                                      << ""
                                                      << "";
    QTest::newRow("merge type is conventional") << "merge: combine lists"
                                                << "conventional"
                                                << ""
                                                << ""
                                                << ""
                                                << "";
    QTest::newRow("fixup") << "fixup! feat(ui): x"
                           << "fixup"
                           << ""
                           << ""
                           << ""
                           << "feat(ui): x";
    QTest::newRow("amend") << "amend! feat(ui): x\n\nfeat(ui): better x"
                           << "fixup"
                           << ""
                           << ""
                           << ""
                           << "feat(ui): x";
    QTest::newRow("squash") << "squash! feat(ui): x"
                            << "squash"
                            << ""
                            << ""
                            << ""
                            << "feat(ui): x";
    QTest::newRow("fixup of a fixup") << "fixup! fixup! fix: y"
                                      << "fixup"
                                      << ""
                                      << ""
                                      << ""
                                      << "fix: y";
}

void TestConventionalCommit::specialForms()
{
    QFETCH(QString, message);
    QFETCH(QString, form);
    QFETCH(QString, revertedHeader);
    QFETCH(QString, revertedCommit);
    QFETCH(QString, revertedForm);
    QFETCH(QString, targetHeader);
    const ConventionalCommit c = parseCommitMessage(message);
    QCOMPARE(formName(c.form), form);
    QCOMPARE(c.revertedHeader, revertedHeader);
    QCOMPARE(c.revertedCommit, revertedCommit);
    QCOMPARE(c.reverted ? formName(c.reverted->form) : QString(), revertedForm);
    if (c.reverted)
        QCOMPARE(c.reverted->header, revertedHeader);
    QCOMPARE(c.targetHeader, targetHeader);
    if (c.form != CommitForm::NotConventional)
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
}

void TestConventionalCommit::nestedRevertsAreBounded()
{
    // Deep nesting in one crafted line must neither recurse without bound nor crash.
    const QString header = QStringLiteral("Revert \"").repeated(20000) + "feat: x"
                           + QString(20000, u'"');
    const ConventionalCommit c = parseCommitMessage(header);
    QCOMPARE(c.form, CommitForm::Revert);
    int depth = 0;
    for (const ConventionalCommit *r = c.reverted.get(); r; r = r->reverted.get())
        ++depth;
    QVERIFY(depth >= 1 && depth <= 16);
    // Classifying it is bounded too.
    QVERIFY(!CommitClassifier().classify(c).reason.isEmpty());

    // The real two-level case resolves to the original.
    const ConventionalCommit twice = parseCommitMessage(u"Revert \"Revert \"feat: x\"\"");
    QVERIFY(twice.reverted && twice.reverted->reverted);
    QCOMPARE(twice.reverted->reverted->form, CommitForm::Conventional);
    QCOMPARE(twice.reverted->reverted->type, QStringLiteral("feat"));
}

void TestConventionalCommit::realHistory_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("commits");
    // Counts from the fixtures' README (main) plus commits only reachable from other refs.
    QTest::newRow("semantic-release") << "semantic-release.fi" << 2482;
    QTest::newRow("vite") << "vite.fi" << 10553;
}

// Every real message parses, and the shapes add up to what the histories are known to hold.
void TestConventionalCommit::realHistory()
{
    QFETCH(QString, file);
    QFETCH(int, commits);
    const QList<test::HistoryCommit> list = history(file.toUtf8().constData());
    QCOMPARE(list.size(), commits);
    QHash<QString, int> forms;
    for (const test::HistoryCommit &h : list) {
        const ConventionalCommit c = parseCommitMessage(h.message);
        ++forms[formName(c.form)];
        if (c.form == CommitForm::Conventional) {
            QVERIFY2(isAsciiLetters(c.type), qPrintable(c.header));
            QVERIFY2(!c.description.isEmpty(), qPrintable(c.header));
        }
        // git's and GitHub's merge subjects are recognised whatever the parent count (a merge
        // message also survives on a squashed single-parent commit).
        static const QStringList mergeSubjects = {"Merge pull request #",
                                                  "Merge branch '",
                                                  "Merge remote-tracking branch '"};
        for (const QString &subject : mergeSubjects) {
            if (h.message.startsWith(subject))
                QVERIFY2(c.form == CommitForm::Merge, qPrintable(c.header));
        }
        if (c.form == CommitForm::Merge)
            QVERIFY2(c.header.startsWith("Merge "), qPrintable(c.header));
    }
    // Almost every commit of these projects is conventional.
    QVERIFY2(forms.value("conventional") > commits * 8 / 10,
             qPrintable(QString::number(forms.value("conventional"))));
    QVERIFY(forms.value("merge") > 0);
    QVERIFY(forms.value("revert") > 0);
}

// Real messages from semantic-release's history, checked by hand.
void TestConventionalCommit::realMessages_data()
{
    addParseColumns();
    const QList<test::HistoryCommit> list = history("semantic-release.fi");
    const auto message = [&](const char *headerStart) {
        for (const test::HistoryCommit &h : list) {
            if (h.message.startsWith(QLatin1String(headerStart)))
                return h.message;
        }
        return QString();
    };
    QTest::newRow("two CRLF breaking notes")
            << message("feat(esm): convert to esm (#2569)")
            << Expected{.type = "feat",
                        .scope = "esm",
                        .description = "convert to esm (#2569)",
                        // "Token #value" is a footer by the spec, like "Fixes #12".
                        .footers = {"for #2543",
                                    "BREAKING CHANGE: semantic-release is now ESM-only. since it "
                                    "is used through its own executable, the impact on consuming "
                                    "projects should be minimal",
                                    "BREAKING CHANGE: references to plugin files in configs need "
                                    "to include the file extension because of executing in an "
                                    "ESM context"},
                        .breaking = true};
    QTest::newRow("co-author trailer")
            << message("fix: add logging for when ssh falls back to http (#1639)")
            << Expected{.type = "fix",
                        .description = "add logging for when ssh falls back to http (#1639)",
                        .footers = {"Co-authored-by: thomas williams "
                                    "<thomas.williams@thetradedesk.com>"}};
    QTest::newRow("signed-off trailer")
            << message("docs: update recipe for gitlab-ci with Node.js >=10.18")
            << Expected{.type = "docs",
                        .description = "update recipe for gitlab-ci with Node.js >=10.18",
                        .footers = {"Signed-off-by: solidnerd <niclas@mietz.io>"}};
    QTest::newRow("no space after the colon")
            << message("docs:optimize images (#1185)")
            << Expected{.form = CommitForm::NotConventional,
                        .body = "*Total -- 258.67kb -> 182.47kb (29.46%)\n\n"
                                "/media/semantic-release-cli.png -- 116.80kb -> 65.42kb (43.99%)\n"
                                "/media/bender.png -- 141.88kb -> 117.05kb (17.5%)",
                        .problem = "missing space after ':'"};
    QTest::newRow("unknown type with a breaking note")
            << message("breaking: legacy authentication")
            << Expected{.type = "breaking",
                        .description = "legacy authentication using `NPM_USERNAME` and "
                                       "`NPM_PASSWORD` is no longer supported. Use `NPM_TOKEN` "
                                       "instead.",
                        .footers = {"BREAKING CHANGE: legacy authentication using "
                                    "`NPM_USERNAME` and `NPM_PASSWORD` is no longer supported. "
                                    "Use `NPM_TOKEN` instead."},
                        .breaking = true};
    QTest::newRow("scope, body and note")
            << message("feat(node-version): raised the minimum required version to v14.17\n")
            << Expected{.type = "feat",
                        .scope = "node-version",
                        .description = "raised the minimum required version to v14.17",
                        .footers = {"for #2055",
                                    "BREAKING CHANGE: the minimum required version of node is "
                                    "now v14.17"},
                        .breaking = true};
    QTest::newRow("first commit") << message("chore: inital commit")
                                  << Expected{.type = "chore", .description = "inital commit"};
    QTest::newRow("merge with the pull request title")
            << message("Merge pull request #6 from boennemann/fix-git-node")
            << Expected{.form = CommitForm::Merge,
                        .body = "refactor(post): use git-head instead of exec"};
}

void TestConventionalCommit::realRevert()
{
    const QList<test::HistoryCommit> list = history("semantic-release.fi");
    QString revertMessage;
    QString multiNote;
    for (const test::HistoryCommit &h : list) {
        if (h.message.startsWith("Revert \"feat: throw an Error if package.json"))
            revertMessage = h.message;
        if (h.message.startsWith("feat: get last release with git tags"))
            multiNote = h.message;
    }
    const ConventionalCommit revert = parseCommitMessage(revertMessage);
    QCOMPARE(revert.form, CommitForm::Revert);
    QCOMPARE(revert.revertedHeader,
             QStringLiteral("feat: throw an Error if package.json has duplicate \"repository\" "
                            "key (#1656)"));
    QCOMPARE(revert.revertedCommit, QStringLiteral("b8fb35c7e15d314c15182f779ef30b42b6c4e7ea"));
    QVERIFY(revert.reverted);
    QCOMPARE(revert.reverted->type, QStringLiteral("feat"));
    QCOMPARE(footerList(revert), QStringList{"fixes #1657"});

    // Two notes, each spanning paragraphs, after a list in the body.
    const ConventionalCommit c = parseCommitMessage(multiNote);
    QCOMPARE(c.body.count(u'\n'), 2);
    QCOMPARE(c.footers.size(), 2);
    QVERIFY(c.footers[0].value.startsWith("Remove the `getLastRelease` plugin type\n\nThe "));
    QVERIFY(c.footers[1].value.startsWith("Git repository authentication is now mandatory\n\n"));
}

// Random edits of real messages (fixed seed): nothing crashes and the parse stays consistent.
void TestConventionalCommit::mutatedRealMessages()
{
    const QList<test::HistoryCommit> list = history("semantic-release.fi");
    QVERIFY(!list.isEmpty());
    QRandomGenerator random(20240607);
    static const QString pieces[] = {":",
                                     " ",
                                     "(",
                                     ")",
                                     "!",
                                     "\n",
                                     "\r\n",
                                     "\n\n",
                                     "#",
                                     "\"",
                                     "-",
                                     "a",
                                     "Z",
                                     "BREAKING CHANGE: ",
                                     "BREAKING-CHANGE: ",
                                     "Revert \"",
                                     "fixup! ",
                                     "Merge branch '",
                                     "Refs: ",
                                     QString(QChar(u'\0')),
                                     QString(QChar(0xFFFD)),
                                     "\t",
                                     "feat",
                                     "()"};
    const CommitClassifier classifier;
    for (int iteration = 0; iteration < 5000; ++iteration) {
        QString message = list[random.bounded(int(list.size()))].message;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = message.isEmpty() ? 0 : random.bounded(int(message.size()) + 1);
            switch (random.bounded(5)) {
            case 0:
                message.insert(at, pieces[random.bounded(int(std::size(pieces)))]);
                break;
            case 1:
                message.remove(at, random.bounded(8));
                break;
            case 2:
                message.truncate(at);
                break;
            case 3:
                message.insert(at, message.mid(random.bounded(int(message.size()) + 1), 12));
                break;
            default:
                // Headers get the most attention: edit near the start.
                message.insert(std::min(at, random.bounded(12)),
                               pieces[random.bounded(int(std::size(pieces)))]);
                break;
            }
        }
        const ConventionalCommit c = parseCommitMessage(message);
        const QByteArray context = message.left(120).toUtf8();
        QVERIFY2(!c.header.contains(u'\n') && c.header == c.header.trimmed(), context);
        switch (c.form) {
        case CommitForm::Conventional: {
            QVERIFY2(isAsciiLetters(c.type), context);
            QVERIFY2(!c.description.isEmpty(), context);
            QVERIFY2(c.problem.isEmpty(), context);
            // The header alone parses to the same prefix.
            const ConventionalCommit again = parseCommitMessage(c.header);
            QVERIFY2(again.type == c.type && again.scope == c.scope
                             && again.description == c.description
                             && again.breakingMarker == c.breakingMarker,
                     context);
            break;
        }
        case CommitForm::NotConventional:
        case CommitForm::Empty:
            QVERIFY2(!c.problem.isEmpty(), context);
            break;
        default:
            break;
        }
        QCOMPARE(c.form == CommitForm::Empty, message.trimmed().isEmpty());
        bool breakingFooter = false;
        int lastLine = 0;
        for (const CommitFooter &f : c.footers) {
            breakingFooter = breakingFooter || f.token == "BREAKING CHANGE"
                             || f.token == "BREAKING-CHANGE";
            QVERIFY2(!f.token.isEmpty() && !f.token.contains(u'\n'), context);
            QVERIFY2(f.line > lastLine, context);
            lastLine = f.line;
        }
        QCOMPARE(c.isBreaking(), c.breakingMarker || breakingFooter);
        QVERIFY2(!c.body.startsWith(u'\n') && !c.body.endsWith(u'\n'), context);
        QVERIFY2(!classifier.classify(c, 1 + random.bounded(2)).reason.isEmpty(), context);
    }
}

QTEST_GUILESS_MAIN(TestConventionalCommit)
#include "tst_conventionalcommit.moc"
