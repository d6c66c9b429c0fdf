// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokensdialog.h"

#include "credentials/keychainprovider.h"
#include "project/project.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::gui {

namespace {

struct Lookup
{
    QList<TokenTarget> targets;
    QList<TokenState> states;
    QStringList problems;
};

Lookup lookUp(const QString &root, const QList<TokenTarget> &added, const std::atomic_bool &stop)
{
    Lookup result;
    std::optional<Project> project;
    if (!root.isEmpty()) {
        auto opened = Project::open(root);
        if (opened) {
            project.emplace(std::move(*opened));
            TokenTargets listed = TokenTargets::of(*project);
            result.targets = std::move(listed.targets);
            result.problems = std::move(listed.problems);
        } else {
            result.problems.append(opened.error().message);
        }
    }
    for (const TokenTarget &target : added) {
        const bool listed = std::any_of(result.targets.cbegin(),
                                        result.targets.cend(),
                                        [&](const TokenTarget &known) {
                                            return known.origin == target.origin;
                                        });
        if (!listed)
            result.targets.append(target);
    }
    for (const TokenTarget &target : std::as_const(result.targets)) {
        if (stop)
            break;
        if (project) {
            result.states.append(TokenState::of(target, *project));
        } else {
            // No repository: only the keychain is asked.
            TokenState state;
            auto held = KeychainProvider(QStringLiteral("ReleaseDesk"), 5000)
                                .fill(CredentialRequest::fromUrl(target.origin));
            if (!held) {
                state.notes.append(held.error().message);
            } else if (held->has_value()) {
                state.source = KeychainProvider().name();
                state.username = (*held)->username;
                state.fromKeychain = true;
            }
            result.states.append(state);
        }
    }
    return result;
}

} // namespace

TokensDialog::TokensDialog(const QString &root, QWidget *parent, bool selectForge)
    : QDialog(parent)
    , m_root(root)
    , m_selectForge(selectForge)
{
    setWindowTitle(tr("Tokens"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("ReleaseDesk sends these servers a token: the forge for "
                                "pipelines and releases, the registries for publishing. A token "
                                "set here is kept in the system keychain, where ReleaseDesk and "
                                "releasedesk-cli look first; the other places are the "
                                "environment and the registry's own files."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("tokens"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Server"), tr("Keychain entry"), tr("Token from")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setMinimumWidth(640);
    layout->addWidget(m_list, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_set = m_buttons->addButton(tr("&Set Token…"), QDialogButtonBox::ActionRole);
    m_forget = m_buttons->addButton(tr("&Forget"), QDialogButtonBox::ActionRole);
    m_add = m_buttons->addButton(tr("&Add Address…"), QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QPushButton::clicked, this, [this] { openSetToken(); });
    connect(m_forget, &QPushButton::clicked, this, [this] { openForget(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *ask = new QDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Add Address"));
        auto *form = new QFormLayout(ask);
        auto *address = new QLineEdit(ask);
        address->setObjectName(QStringLiteral("address"));
        address->setPlaceholderText(QStringLiteral("https://registry.example.org"));
        form->addRow(tr("&Address:"), address);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, ask);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::rejected, ask, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, ask, [this, ask, address] {
            if (addAddress(address->text()))
                ask->accept();
        });
        ask->open();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TokensDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSetToken(); });
    resize(760, 380);
    refresh();
}

TokensDialog::~TokensDialog() = default;

int TokensDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

QString TokensDialog::rowText(int row, int column) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(column) : QString();
}

void TokensDialog::selectRow(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

QString TokensDialog::messageText() const
{
    return m_message->text();
}

int TokensDialog::selectedRow() const
{
    return m_list->indexOfTopLevelItem(m_list->currentItem());
}

void TokensDialog::refresh()
{
    m_message->setText(tr("Looking up where each token comes from…"));
    m_lookup.run(
            this,
            [root = m_root, added = m_added](const std::atomic_bool &stop) {
                return lookUp(root, added, stop);
            },
            [this](Lookup found) {
                const int selected = selectedRow();
                m_rows.clear();
                for (int i = 0; i < found.targets.size(); ++i)
                    m_rows.append({found.targets.at(i),
                                   i < found.states.size() ? std::optional(found.states.at(i))
                                                           : std::nullopt});
                m_problems = found.problems;
                showRows();
                int select = selected;
                if (m_selectForge) {
                    m_selectForge = false;
                    for (int i = 0; i < m_rows.size(); ++i) {
                        if (m_rows.at(i).target.kind == TokenTarget::Kind::Forge)
                            select = i;
                    }
                }
                selectRow(std::clamp(select, 0, int(m_rows.size()) - 1));
                updateButtons();
                Q_EMIT checked();
            });
    updateButtons();
}

void TokensDialog::showRows()
{
    m_list->clear();
    for (const Row &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ServerColumn, row.target.what);
        item->setToolTip(ServerColumn,
                         row.target.comesFrom.isEmpty()
                                 ? row.target.address.toString()
                                 : tr("%1, from %2")
                                           .arg(row.target.address.toString(),
                                                row.target.comesFrom));
        item->setText(EntryColumn, row.target.origin);
        QString source;
        if (!row.state) {
            source = tr("not looked up");
        } else if (!row.state->hasToken()) {
            source = tr("none");
        } else if (row.state->fromKeychain && row.target.wantsUsername()
                   && !row.state->username.isEmpty()) {
            // Only a login names its user; a bare token's entry has git's placeholder.
            source = tr("%1 (user %2)").arg(row.state->source, row.state->username);
        } else {
            source = row.state->source;
        }
        item->setText(SourceColumn, source);
        if (row.state && !row.state->notes.isEmpty())
            item->setToolTip(SourceColumn, row.state->notes.join(u'\n'));
        if (row.state && !row.state->hasToken())
            item->setForeground(SourceColumn, palette().color(QPalette::PlaceholderText));
    }
    for (int column : {ServerColumn, EntryColumn})
        m_list->resizeColumnToContents(column);
    QStringList lines = m_problems;
    if (m_rows.isEmpty())
        lines.prepend(tr("No server of this repository needs a token. Add Address… stores one "
                         "for any other server."));
    else
        lines.prepend(tr("Double-click a server, or select it and press Set Token…, to store "
                         "its token in the system keychain."));
    m_message->setText(lines.join(u'\n'));
}

void TokensDialog::updateButtons()
{
    const int row = selectedRow();
    const bool idle = !isChecking();
    m_set->setEnabled(idle && row >= 0);
    m_forget->setEnabled(idle && row >= 0 && row < m_rows.size() && m_rows.at(row).state
                         && m_rows.at(row).state->fromKeychain);
    m_add->setEnabled(idle);
}

bool TokensDialog::addAddress(const QString &address)
{
    auto target = TokenTargets::forAddress(address.trimmed());
    if (!target) {
        m_message->setText(target.error().message);
        return false;
    }
    m_added.append(*target);
    refresh();
    return true;
}

QDialog *TokensDialog::openSetToken()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_rows.size() || isChecking())
        return nullptr;
    const TokenTarget target = m_rows.at(row).target;
    auto *ask = new QDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("setToken"));
    ask->setWindowTitle(tr("Set Token"));
    ask->setMinimumWidth(480); // the addresses in the sentence stay whole
    auto *form = new QFormLayout(ask);
    auto *about = new QLabel(tr("The token for %1 (%2), stored in the system keychain under %3. "
                                "It is not shown again.")
                                     .arg(target.what, target.address.toString(), target.origin),
                             ask);
    about->setWordWrap(true);
    form->addRow(about);
    auto *username = new QLineEdit(ask);
    username->setObjectName(QStringLiteral("username"));
    if (target.wantsUsername() && m_rows.at(row).state && m_rows.at(row).state->fromKeychain)
        username->setText(m_rows.at(row).state->username);
    form->addRow(target.wantsUsername() ? tr("&User name:") : tr("&User name (optional):"),
                 username);
    auto *token = new QLineEdit(ask);
    token->setObjectName(QStringLiteral("token"));
    token->setEchoMode(QLineEdit::Password);
    form->addRow(target.wantsUsername() ? tr("&Password or token:") : tr("&Token:"), token);
    auto *problem = new QLabel(ask);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    form->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Store"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    token->setFocus();
    connect(buttons, &QDialogButtonBox::rejected, ask, &QDialog::reject);
    connect(buttons,
            &QDialogButtonBox::accepted,
            ask,
            [this, ask, row, target, username, token, problem] {
                if (token->text().trimmed().isEmpty()) {
                    problem->setText(tr("Type or paste the token; nothing was stored."));
                    return;
                }
                if (target.wantsUsername() && username->text().trimmed().isEmpty()) {
                    problem->setText(
                            tr("%1 needs the user name the token belongs to.").arg(target.what));
                    return;
                }
                store(row, username->text().trimmed(), token->text().trimmed());
                token->clear();
                ask->accept();
            });
    ask->open();
    return ask;
}

void TokensDialog::store(int row, const QString &username, const QString &token)
{
    const QString origin = m_rows.at(row).target.origin;
    writeKeychain(tr("Storing the token for %1…").arg(origin),
                  tr("The token for %1 was not stored: %2"),
                  origin,
                  [origin, username, token] {
                      return KeychainProvider().store(origin, username, token);
                  });
}

void TokensDialog::writeKeychain(const QString &doing,
                                 const QString &failed,
                                 const QString &origin,
                                 std::function<Status()> write)
{
    m_message->setText(doing);
    m_write.run(
            this,
            [write = std::move(write)](const std::atomic_bool &) { return write(); },
            [this, failed, origin](Status written) {
                if (!written) {
                    m_message->setText(failed.arg(origin, written.error().message));
                    updateButtons();
                    return;
                }
                refresh();
            });
    updateButtons();
}

QDialog *TokensDialog::openForget()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_rows.size() || isChecking())
        return nullptr;
    const QString origin = m_rows.at(row).target.origin;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Forget Token"),
                                tr("Remove the token for %1 from the system keychain? Publishing "
                                   "and the forge then use the next place that has one, or none.")
                                        .arg(origin),
                                QMessageBox::NoButton,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last()));
    connect(box, &QMessageBox::buttonClicked, this, [this, row, remove](QAbstractButton *clicked) {
        if (clicked == remove)
            forget(row);
    });
    box->open();
    return box;
}

void TokensDialog::forget(int row)
{
    const QString origin = m_rows.at(row).target.origin;
    writeKeychain(tr("Removing the token for %1…").arg(origin),
                  tr("The token for %1 was not removed: %2"),
                  origin,
                  [origin] { return KeychainProvider().erase(origin); });
}

} // namespace rd::gui
