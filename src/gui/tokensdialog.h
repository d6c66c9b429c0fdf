// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "releasedraft/tokentargets.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rd::gui {

// Release › Tokens…: the servers the open repository sends a token to (its forge, the
// registries it publishes to, and addresses the user adds) with where each token comes from
// now, and the system keychain's entries for them: Set Token… stores one (the token typed into
// a hidden field, never shown again), Forget removes it after asking. The same entries
// `releasedesk-cli token` keeps, looked up and written off the GUI thread.
class TokensDialog : public QDialog
{
    Q_OBJECT

public:
    // `root`: the repository; empty lists only the addresses added here. `selectForge`
    // preselects the forge's row (the Pipelines view's Sign In…).
    explicit TokensDialog(const QString &root, QWidget *parent = nullptr, bool selectForge = false);
    ~TokensDialog() override;

    // For tests and the Pipelines view.
    bool isChecking() const { return m_lookup.isRunning() || m_write.isRunning(); }
    int rowCount() const;
    QString rowText(int row, int column) const;
    void selectRow(int row);
    QString messageText() const;
    // Opens the window-modal prompt for the selected row (Set Token…) and returns it; its
    // fields are named "username" and "token".
    QDialog *openSetToken();
    // Asks (window-modal) before removing the selected row's keychain entry; returns the box.
    QDialog *openForget();
    // Adds an address typed by the user (https://host[:port][/path]); false with the reason
    // shown when it is not one.
    bool addAddress(const QString &address);

    enum Column { ServerColumn, EntryColumn, SourceColumn };

Q_SIGNALS:
    void checked(); // a lookup ended and the rows say where each token comes from

private:
    struct Row
    {
        TokenTarget target;
        std::optional<TokenState> state;
    };
    void refresh();
    void showRows();
    void updateButtons();
    void store(int row, const QString &username, const QString &token);
    void forget(int row);
    // Shows `doing`, runs `write` off the GUI thread, then looks everything up again, or shows
    // `failed` ("…%1…%2": the origin and the keychain's message).
    void writeKeychain(const QString &doing,
                       const QString &failed,
                       const QString &origin,
                       std::function<Status()> write);
    int selectedRow() const;

    QString m_root;
    bool m_selectForge;
    QList<Row> m_rows;
    QList<TokenTarget> m_added;
    QStringList m_problems;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_set;
    QPushButton *m_forget;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
    LatestTask m_lookup;
    LatestTask m_write;
};

} // namespace rd::gui
