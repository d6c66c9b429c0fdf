// SPDX-License-Identifier: GPL-3.0-or-later
// Release › Tokens… with a real gnome-keyring on a private session bus (the user's keychain is
// never touched): the repository's forge and publishing registries are listed with where each
// token comes from; Set Token… stores one (never shown again, an OCI login needs its user
// name), Forget removes it after asking, Add Address… takes any server; the Pipelines view's
// Sign In… opens the dialog on the forge.
#include "privatekeyring.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "mainwindow.h"
#include "pipelinespage.h"
#include "repositorycontroller.h"
#include "tokensdialog.h"

#include "credentials/keychainprovider.h"
#include "git/library.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using rd::gui::TokensDialog;
using rd::test::ScratchRepository;

namespace {

constexpr int timeout = 20000;

// Every text the dialog and its open prompts show.
QString shownText(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Normal)
            texts.append(edit->text());
    }
    if (const auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("tokens"))) {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column) {
                texts.append(list->topLevelItem(row)->text(column));
                texts.append(list->topLevelItem(row)->toolTip(column));
            }
        }
    }
    return texts.join(u'\n');
}

std::optional<rd::Credential> inKeychain(const QString &origin)
{
    auto held = rd::KeychainProvider().fill(rd::CredentialRequest::fromUrl(origin));
    return held ? *held : std::nullopt;
}

} // namespace

class TestTokensDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsTheServersAndStoresTokens();
    void addressTypedByTheUser();
    void signInFromThePipelinesView();

private:
    bool waitChecked(TokensDialog &dialog);
    void accept(QDialog *prompt);

    git::Library m_library;
    rd::test::PrivateKeyring m_keyring;
    QTemporaryDir m_home;
    std::unique_ptr<ScratchRepository> m_scratch;
};

void TestTokensDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_home.path().toUtf8()); // no ~/.npmrc
    for (const char *name : {"NPM_TOKEN",
                             "GITHUB_TOKEN",
                             "GH_TOKEN",
                             "GITLAB_TOKEN",
                             "RELEASEDESK_OCI_PASSWORD",
                             "RELEASEDESK_OCI_USERNAME"})
        qunsetenv(name);
    QString error;
    QVERIFY2(m_keyring.start(&error), qPrintable(error));

    m_scratch = std::make_unique<ScratchRepository>();
    m_scratch->commit(QStringLiteral("feat: first"),
                      {{QStringLiteral(".releasedesk.yml"),
                        // The forge on a closed local port: the window's CI line asks it, and
                        // no request may leave this machine.
                        "forge:\n  type: github\n  api: http://127.0.0.1:9\n"
                        "  project: acme/widgets\n"
                        "registries:\n"
                        "  - { type: npm, package: app, url: \"http://127.0.0.1:4873\", "
                        "publish: app.tgz }\n"
                        "  - { type: oci, image: \"127.0.0.1:5000/team/app\", "
                        "publish: \"sha-{commit}\" }\n"}});
    auto config = m_scratch->repo().config();
    QVERIFY(config);
    QVERIFY(config->setString(QStringLiteral("remote.origin.url"),
                              QStringLiteral("git@github.com:acme/widgets.git")));
}

void TestTokensDialog::cleanupTestCase()
{
    m_keyring.stop();
}

bool TestTokensDialog::waitChecked(TokensDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isChecking(); }, timeout);
}

void TestTokensDialog::accept(QDialog *prompt)
{
    auto *buttons = prompt->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

void TestTokensDialog::listsTheServersAndStoresTokens()
{
    TokensDialog dialog(m_scratch->path());
    dialog.show();
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.rowCount(), 3);
    QVERIFY2(dialog.rowText(0, TokensDialog::ServerColumn).startsWith(u"GitHub acme/widgets"),
             qPrintable(dialog.rowText(0, TokensDialog::ServerColumn)));
    QCOMPARE(dialog.rowText(0, TokensDialog::EntryColumn), QStringLiteral("http://127.0.0.1:9"));
    QCOMPARE(dialog.rowText(1, TokensDialog::EntryColumn), QStringLiteral("http://127.0.0.1:4873"));
    QCOMPARE(dialog.rowText(2, TokensDialog::EntryColumn), QStringLiteral("http://127.0.0.1:5000"));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(dialog.rowText(row, TokensDialog::SourceColumn), QStringLiteral("none"));
    QVERIFY(!rd::test::saveScreenshot(&dialog, QStringLiteral("tokens-none")).isEmpty());

    // npm: a token alone.
    dialog.selectRow(1);
    QDialog *prompt = dialog.openSetToken();
    QVERIFY(prompt);
    QVERIFY(!rd::test::saveScreenshot(prompt, QStringLiteral("tokens-set")).isEmpty());
    prompt->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("npm-s3cret"));
    accept(prompt);
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.rowText(1, TokensDialog::SourceColumn), QStringLiteral("the system keychain"));
    std::optional<rd::Credential> stored = inKeychain(QStringLiteral("http://127.0.0.1:4873"));
    QVERIFY(stored);
    QCOMPARE(stored->secret, QStringLiteral("npm-s3cret"));

    // OCI: a login needs its user name; without one nothing is stored and the prompt says why.
    dialog.selectRow(2);
    prompt = dialog.openSetToken();
    QVERIFY(prompt);
    QPointer<QDialog> open(prompt);
    prompt->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("oci-s3cret"));
    accept(prompt);
    QVERIFY(open && open->isVisible());
    QVERIFY2(prompt->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(u"user name"),
             qPrintable(prompt->findChild<QLabel *>(QStringLiteral("problem"))->text()));
    QVERIFY(!inKeychain(QStringLiteral("http://127.0.0.1:5000")));
    prompt->findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("robot"));
    accept(prompt);
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.rowText(2, TokensDialog::SourceColumn),
             QStringLiteral("the system keychain (user robot)"));
    stored = inKeychain(QStringLiteral("http://127.0.0.1:5000"));
    QVERIFY(stored);
    QCOMPARE(stored->username, QStringLiteral("robot"));
    QCOMPARE(stored->secret, QStringLiteral("oci-s3cret"));

    // No token is ever shown.
    const QString shown = shownText(&dialog);
    QVERIFY(!shown.contains(u"npm-s3cret"));
    QVERIFY(!shown.contains(u"oci-s3cret"));
    QVERIFY(!rd::test::saveScreenshot(&dialog, QStringLiteral("tokens")).isEmpty());

    // Forget asks first; Keep keeps.
    dialog.selectRow(1);
    auto *box = qobject_cast<QMessageBox *>(dialog.openForget());
    QVERIFY(box);
    QVERIFY(box->text().contains(u"http://127.0.0.1:4873"));
    QList<QAbstractButton *> buttons = box->buttons();
    auto keep = std::find_if(buttons.begin(), buttons.end(), [&](QAbstractButton *button) {
        return box->buttonRole(button) == QMessageBox::RejectRole;
    });
    QVERIFY(keep != buttons.end());
    (*keep)->click();
    QVERIFY(waitChecked(dialog));
    QVERIFY(inKeychain(QStringLiteral("http://127.0.0.1:4873")));

    box = qobject_cast<QMessageBox *>(dialog.openForget());
    QVERIFY(box);
    buttons = box->buttons();
    auto remove = std::find_if(buttons.begin(), buttons.end(), [&](QAbstractButton *button) {
        return box->buttonRole(button) == QMessageBox::DestructiveRole;
    });
    QVERIFY(remove != buttons.end());
    (*remove)->click();
    QVERIFY(QTest::qWaitFor(
            [&] {
                return !dialog.isChecking()
                       && dialog.rowText(1, TokensDialog::SourceColumn) == u"none";
            },
            timeout));
    QVERIFY(!inKeychain(QStringLiteral("http://127.0.0.1:4873")));
    rd::KeychainProvider().erase(QStringLiteral("http://127.0.0.1:5000"));
}

void TestTokensDialog::addressTypedByTheUser()
{
    TokensDialog dialog{QString()}; // no repository open
    dialog.show();
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.rowCount(), 0);
    QVERIFY(!dialog.addAddress(QStringLiteral("registry without a scheme")));
    QVERIFY(!dialog.messageText().isEmpty());
    QVERIFY(dialog.addAddress(QStringLiteral("https://registry.example.org:443/npm/")));
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.rowCount(), 1);
    QCOMPARE(dialog.rowText(0, TokensDialog::EntryColumn),
             QStringLiteral("https://registry.example.org"));
    dialog.selectRow(0);
    QDialog *prompt = dialog.openSetToken();
    QVERIFY(prompt);
    prompt->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("typed"));
    accept(prompt);
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.rowText(0, TokensDialog::SourceColumn), QStringLiteral("the system keychain"));
    rd::KeychainProvider().erase(QStringLiteral("https://registry.example.org"));
}

void TestTokensDialog::signInFromThePipelinesView()
{
    rd::gui::MainWindow window;
    QSignalSpy loaded(window.controller(), &rd::gui::RepositoryController::loaded);
    window.openRepository(m_scratch->path());
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, timeout));
    Q_EMIT window.pipelinesPage()->signInRequested();
    auto *dialog = window.findChild<TokensDialog *>(QStringLiteral("tokensDialog"));
    QVERIFY(dialog);
    QVERIFY(waitChecked(*dialog));
    const auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("tokens"));
    QCOMPARE(list->indexOfTopLevelItem(list->currentItem()), 0);
    QVERIFY(dialog->rowText(0, TokensDialog::ServerColumn).startsWith(u"GitHub"));
    dialog->close();
}

QTEST_MAIN(TestTokensDialog)
#include "tst_tokensdialog.moc"
