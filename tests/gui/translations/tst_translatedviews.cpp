// SPDX-License-Identifier: GPL-3.0-or-later
// The application in English, German and Swedish on the demo repository, at 1280×800 and
// 1024×700: every view of the main window and every page of the release wizard (which makes the
// release), each grabbed as build/screenshots/i18n-<language>-<size>-<view>.png to look at, and
// checked: no label or button narrower than its text, no header cut, and no text that is an
// English source string with a translation (the GUI's and the core's: reasons, checks,
// statuses). English gets its plural forms. The pre-flight and the sources grid count the
// sources alike.

#include "screenshot.h"

#include "fixtures.h"

#include "changelogpage.h"
#include "commitspage.h"
#include "dashboard/metricspage.h"
#include "localdates.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "pipelinespage.h"
#include "releasespage.h"
#include "releasewizard.h"
#include "repositorycontroller.h"
#include "sourcespage.h"
#include "ui_preflightpage.h"
#include "wizard/preflightpage.h"

#include "core.h"
#include "git/library.h"
#include "project/project.h"
#include "releasedraft/sourceinspection.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>
#include <QWizard>
#include <QXmlStreamReader>

using namespace rd;
using namespace rd::gui;

namespace {

constexpr int timeout = 60000;

// The application's and Qt's translations for one language, installed while it lives.
class Language
{
public:
    explicit Language(const QString &name)
        : m_previous(QLocale())
    {
        const QLocale locale(name);
        QLocale::setDefault(locale);
        m_loaded = m_own.load(locale,
                              QStringLiteral("releasedesk"),
                              QStringLiteral("_"),
                              QStringLiteral(":/i18n"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_own);
        if (rd::loadQtTranslations(m_qt, locale)) // as the application loads them
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(m_previous);
    }
    bool isLoaded() const { return m_loaded; }

private:
    QLocale m_previous;
    QTranslator m_own;
    QTranslator m_qt;
    bool m_loaded = false;
};

// The English phrases of a .ts file whose translation differs: a text on screen that holds one
// was left untranslated. A source with placeholders contributes its longest literal piece.
QStringList englishPhrases(const QString &language)
{
    QFile file(
            QStringLiteral(RELEASEDESK_SOURCE_DIR "/translations/releasedesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList phrases;
    QXmlStreamReader xml(&file);
    QString source;
    QString translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.isStartElement()
                 && (xml.name() == u"translation" || xml.name() == u"numerusform"))
            translation += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == u"message") {
            if (translation != source) {
                QString longest;
                for (const QString &piece :
                     source.split(QRegularExpression(QStringLiteral("%[0-9n]|<[^>]*>|\\(s\\)")))) {
                    if (piece.trimmed().size() > longest.size())
                        longest = piece.trimmed();
                }
                // Short pieces ("Tag", "and") are words of any language; whole sentences are not.
                if (longest.size() >= 14 && longest.contains(u' '))
                    phrases.append(longest);
            }
            translation.clear();
        }
    }
    phrases.removeDuplicates();
    return phrases;
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// Everything a reader sees in `root` as words: labels, buttons, group titles, tabs, headers,
// tree items. (Table cells hold the repository's own data, in its own language.)
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root))
            texts.append(plain(label->text()));
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(root))
            texts.append(button->text());
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        if (box->isVisibleTo(root))
            texts.append(box->title());
    for (QTabBar *tabs : root->findChildren<QTabBar *>())
        if (tabs->isVisibleTo(root))
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(root) || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i)
            texts.append(header->model()->headerData(i, header->orientation()).toString());
    }
    for (QTreeWidget *tree : root->findChildren<QTreeWidget *>()) {
        if (!tree->isVisibleTo(root))
            continue;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int column = 0; column < tree->columnCount(); ++column)
                texts.append(tree->topLevelItem(i)->text(column));
    }
    return texts;
}

QStringList untranslated(QWidget *root, const QStringList &phrases)
{
    QStringList found;
    for (const QString &text : visibleTexts(root))
        for (const QString &phrase : phrases)
            if (text.contains(phrase))
                found.append(QStringLiteral("\"%1\" in \"%2\"").arg(phrase, text.left(120)));
    found.removeDuplicates();
    return found;
}

// Texts that spell a plural with brackets ("2 Datei(en)", "fil(er)", "commit(s)") where a %n
// plural form belongs.
QStringList bracketPlurals(QWidget *root)
{
    static const QRegularExpression bracket(QStringLiteral("\\w\\((s|e|en|er|n)\\)"));
    QStringList found;
    for (const QString &text : visibleTexts(root))
        if (text.contains(bracket))
            found.append(QStringLiteral("\"%1\"").arg(text.left(120)));
    found.removeDuplicates();
    return found;
}

// Labels and buttons narrower than their text, and header sections narrower than their title.
QStringList clipped(QWidget *root)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty()
            || label->width() == 0)
            continue;
        if (label->sizeHint().width() > label->width() + 1)
            found.append(QStringLiteral("label %1 \"%2\": %3 px of %4")
                                 .arg(label->objectName(), plain(label->text()).left(60))
                                 .arg(label->width())
                                 .arg(label->sizeHint().width()));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() || button->width() == 0)
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            found.append(QStringLiteral("button %1 \"%2\": %3 px of %4")
                                 .arg(button->objectName(), button->text())
                                 .arg(button->width())
                                 .arg(button->sizeHint().width()));
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(root) || header->orientation() != Qt::Horizontal
            || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString title = header->model()->headerData(i, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + 8;
            if (header->sectionSize(i) < needed)
                found.append(QStringLiteral("header \"%1\": %2 px of %3")
                                     .arg(title)
                                     .arg(header->sectionSize(i))
                                     .arg(needed));
        }
    }
    return found;
}

} // namespace

class TestTranslatedViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishSaysOneCommit();
    void coreSpeaksTheLanguage();
    void datesHaveFourDigitYears();
    void everyViewAndPage_data();
    void everyViewAndPage();
    void preflightCountsSourcesAsTheGrid();
    void qtDialogButtonsSpeakTheLanguage_data();
    void qtDialogButtonsSpeakTheLanguage();

private:
    git::Library m_git;
    // Checked once per picture; a failure names the picture to look at.
    bool check(QWidget *root, const QString &picture, const QStringList &phrases);
};

void TestTranslatedViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // a finished release tells the desktop: not this one
}

bool TestTranslatedViews::check(QWidget *root, const QString &picture, const QStringList &phrases)
{
    const QString path = rd::test::saveScreenshot(root, picture);
    if (path.isEmpty()) {
        qWarning("%s: no screenshot", qPrintable(picture));
        return false;
    }
    const QStringList english = untranslated(root, phrases);
    const QStringList cut = clipped(root);
    const QStringList brackets = bracketPlurals(root);
    for (const QString &text : english)
        qWarning("%s: untranslated %s", qPrintable(picture), qPrintable(text));
    for (const QString &text : brackets)
        qWarning("%s: plural in brackets %s", qPrintable(picture), qPrintable(text));
    for (const QString &text : cut)
        qWarning("%s: clipped %s", qPrintable(picture), qPrintable(text));
    return english.isEmpty() && cut.isEmpty() && brackets.isEmpty();
}

// English loads its plural forms, so a count never reads "1 commit(s)".
void TestTranslatedViews::englishSaysOneCommit()
{
    Language english(QStringLiteral("en_US"));
    QVERIFY(english.isLoaded());
    QCOMPARE(QCoreApplication::translate("rd::release", "%n commit(s) since %1.", nullptr, 1)
                     .arg(QStringLiteral("v1.0.0")),
             QStringLiteral("1 commit since v1.0.0."));
    QCOMPARE(QCoreApplication::translate("rd::release", "%n commit(s) since %1.", nullptr, 2)
                     .arg(QStringLiteral("v1.0.0")),
             QStringLiteral("2 commits since v1.0.0."));

    // And on screen: the demo's overview counts its commits in words.
    QTemporaryDir temp;
    const QString demo = temp.filePath(QStringLiteral("demo"));
    QVERIFY(rd::test::makeDemoRepository(demo));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openRepository(demo);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->report(), timeout);
    const qsizetype commits = window.controller()->report()->commits.size();
    QVERIFY(commits > 1);
    // The overview's count (the status bar is shared with other views' messages).
    const QString overview = visibleTexts(window.overviewPage()).join(u'\n');
    QVERIFY2(overview.contains(QStringLiteral("%1 commits since").arg(commits))
                     && !overview.contains(QStringLiteral("(s)")),
             qPrintable(overview));
}

// The core's messages come in the reader's language: the error for a folder that is no
// repository, and a check title.
void TestTranslatedViews::coreSpeaksTheLanguage()
{
    QTemporaryDir empty;
    {
        Language german(QStringLiteral("de_DE"));
        QVERIFY(german.isLoaded());
        auto project = Project::open(empty.path());
        QVERIFY(!project);
        QVERIFY2(project.error().message.contains(QStringLiteral("liegt in keinem git-Repository")),
                 qPrintable(project.error().message));
    }
    {
        Language swedish(QStringLiteral("sv_SE"));
        QVERIFY(swedish.isLoaded());
        auto project = Project::open(empty.path());
        QVERIFY(!project);
        QVERIFY2(project.error().message.contains(QStringLiteral("ligger inte i något git-förråd")),
                 qPrintable(project.error().message));
    }
}

// Every view writes dates alike, in the reader's order and with the whole year.
void TestTranslatedViews::datesHaveFourDigitYears()
{
    const QDate date(2026, 1, 5);
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QCOMPARE(shortDate(date), QStringLiteral("05.01.2026"));
    QVERIFY2(shortDateTime(QDateTime(date, QTime(9, 30))).startsWith(QStringLiteral("05.01.2026")),
             qPrintable(shortDateTime(QDateTime(date, QTime(9, 30)))));
    QLocale::setDefault(QLocale(QStringLiteral("sv_SE")));
    QCOMPARE(shortDate(date), QStringLiteral("2026-01-05"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QCOMPARE(shortDate(date), QStringLiteral("1/5/2026"));
    QLocale::setDefault(previous);
}

void TestTranslatedViews::everyViewAndPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "de", "sv"})
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)})
            QTest::addRow("%s-%dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
}

void TestTranslatedViews::everyViewAndPage()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    Language translation(language);
    QVERIFY(translation.isLoaded());
    // In English only the clipping and the plurals are checked: its texts are the sources.
    const bool english = language == u"en";
    const QStringList phrases = english ? QStringList() : englishPhrases(language);
    QVERIFY(english || phrases.size() > 300);
    const QString prefix
            = QStringLiteral("i18n-%1-%2x%3-").arg(language).arg(size.width()).arg(size.height());
    QTemporaryDir temp;
    const QString demo = temp.filePath(QStringLiteral("demo"));
    QVERIFY(rd::test::makeDemoRepository(demo));
    bool ok = true;

    MainWindow window;
    window.resize(size);
    window.show();
    ok = check(&window, prefix + QStringLiteral("0-welcome"), phrases) && ok;
    window.openRepository(demo);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->report(), timeout);
    const QList<QPair<QString, QWidget *>> views{
            {QStringLiteral("1-overview"), window.overviewPage()},
            {QStringLiteral("2-commits"), window.commitsPage()},
            {QStringLiteral("3-releases"), window.releasesPage()},
            {QStringLiteral("4-changelog"), window.changelogPage()},
            {QStringLiteral("5-sources"), window.sourcesPage()},
            {QStringLiteral("5a-pipelines"), window.pipelinesPage()},
            {QStringLiteral("5b-metrics"), window.metricsPage()},
    };
    for (const auto &[name, page] : views) {
        window.showView(page);
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isLoading()
                                         && !window.changelogPage()->isLoading()
                                         && !window.releasesPage()->isLoading()
                                         && !window.sourcesPage()->isLoading()
                                         && !window.pipelinesPage()->isLoading()
                                         && !window.metricsPage()->isLoading(),
                                 timeout);
        ok = check(&window, prefix + name, phrases) && ok;
    }

    ReleaseWizard wizard(demo, ReleaseWizard::Mode::New);
    wizard.resize(size);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), timeout);
    ok = check(&wizard, prefix + QStringLiteral("6-wizard-preflight"), phrases) && ok;
    // Qt has no Swedish for its own wizard buttons; the wizard's names must be in the language.
    const QStringList englishButtons{QStringLiteral("< &Back"),
                                     QStringLiteral("&Next >"),
                                     QStringLiteral("Cancel")};
    for (const QWizard::WizardButton button :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton}) {
        const QString text = wizard.button(button)->text();
        QVERIFY2(english || !englishButtons.contains(text), qPrintable(text));
    }
    const QList<QPair<QString, int>> pages{
            {QStringLiteral("7-wizard-version"), ReleaseWizard::VersionPageId},
            {QStringLiteral("8-wizard-notes"), ReleaseWizard::NotesPageId},
            {QStringLiteral("9-wizard-review"), ReleaseWizard::ReviewPageId},
    };
    for (const auto &[name, id] : pages) {
        wizard.next();
        QCOMPARE(wizard.currentId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), timeout);
        ok = check(&wizard, prefix + name, phrases) && ok;
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::ExecutePageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.released(), timeout);
    ok = check(&wizard, prefix + QStringLiteral("10-wizard-execute"), phrases) && ok;
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::DonePageId));
    ok = check(&wizard, prefix + QStringLiteral("11-wizard-done"), phrases) && ok;
    QVERIFY2(ok,
             "a picture has clipped or untranslated text or a plural in brackets (see the "
             "warnings above)");
}

// One count of the version sources: the grid's summary and the pre-flight's check say the same
// sentence on the same repository.
void TestTranslatedViews::preflightCountsSourcesAsTheGrid()
{
    QTemporaryDir temp;
    const QString demo = temp.filePath(QStringLiteral("demo"));
    QVERIFY(rd::test::makeDemoRepository(demo));
    auto project = Project::open(demo);
    QVERIFY(project);
    auto report = inspectSources(*project);
    QVERIFY(report);
    const SourceTally tally = report->tally();
    QVERIFY(tally.sources >= 2); // the release tag and the files

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openRepository(demo);
    window.showView(window.sourcesPage());
    QTRY_VERIFY_WITH_TIMEOUT(!window.sourcesPage()->isLoading() && window.controller()->report(),
                             timeout);
    auto *summary = window.sourcesPage()->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(plain(summary->text()).startsWith(tally.sentence()), timeout);

    ReleaseWizard wizard(demo, ReleaseWizard::Mode::New);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), timeout);
    QTreeWidget *checks = wizard.preflightPage()->ui()->checks;
    QString preflight;
    for (int i = 0; i < checks->topLevelItemCount(); ++i)
        if (checks->topLevelItem(i)->text(0)
            == QCoreApplication::translate("rd::release", "Version sources agree"))
            preflight = checks->topLevelItem(i)->text(1);
    QVERIFY2(preflight.contains(tally.sentence()), qPrintable(preflight));
    QVERIFY2(preflight.contains(QString::number(tally.sources)), qPrintable(preflight));
}

QTEST_MAIN(TestTranslatedViews)
void TestTranslatedViews::qtDialogButtonsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // Yes, No, Cancel, Close, Apply, Help
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("&Ja"),
                                       QStringLiteral("&Nein"),
                                       QStringLiteral("Abbrechen"),
                                       QStringLiteral("Schließen"),
                                       QStringLiteral("Anwenden"),
                                       QStringLiteral("Hilfe")};
    // Debian's Qt has no Swedish of its own: ReleaseDesk's supplement (translations/qtbase_sv.ts).
    QTest::newRow("sv") << QStringLiteral("sv")
                        << QStringList{QStringLiteral("&Ja"),
                                       QStringLiteral("&Nej"),
                                       QStringLiteral("Avbryt"),
                                       QStringLiteral("Stäng"),
                                       QStringLiteral("Verkställ"),
                                       QStringLiteral("Hjälp")};
}

void TestTranslatedViews::qtDialogButtonsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const Language installed(language);
    QVERIFY(installed.isLoaded());
    // The buttons of a message box (Undo on the remote?) and of a dialog's button box.
    QMessageBox box(QMessageBox::Warning,
                    QStringLiteral("?"),
                    QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Apply
                             | QDialogButtonBox::Help);
    const QStringList texts{box.button(QMessageBox::Yes)->text(),
                            box.button(QMessageBox::No)->text(),
                            box.button(QMessageBox::Cancel)->text(),
                            buttons.button(QDialogButtonBox::Close)->text(),
                            buttons.button(QDialogButtonBox::Apply)->text(),
                            buttons.button(QDialogButtonBox::Help)->text()};
    QCOMPARE(texts, expected);
}

#include "tst_translatedviews.moc"
