// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchsettingsdialog.h"

#include "activitylist.h"
#include "autostart.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rd::gui {

namespace {

const QString keepWatchingKey = QStringLiteral("watch/keepWatching");

} // namespace

bool WatchSettingsDialog::keepWatching()
{
    return QSettings().value(keepWatchingKey, false).toBool();
}

void WatchSettingsDialog::setKeepWatching(bool keep)
{
    QSettings().setValue(keepWatchingKey, keep);
}

WatchSettingsDialog::WatchSettingsDialog(const store::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_repositories(new QListWidget(this))
    , m_notify(new QCheckBox(tr("Notify about this repository's runs"), this))
    , m_failuresOnly(
              new QCheckBox(tr("Failures only (failed, still failing, cancelled, fixed)"), this))
    , m_releaseTagsOnly(new QCheckBox(tr("Release tags only"), this))
    , m_myRunsOnly(new QCheckBox(tr("My runs only, started by:"), this))
    , m_login(new QLineEdit(this))
    , m_keepWatching(new QCheckBox(tr("Keep watching in the tray when the window is closed"), this))
    , m_startAtLogin(new QCheckBox(tr("Start at login (in the tray, without the window)"), this))
    , m_problem(new QLabel(this))
    , m_activity(new ActivityList(this))
{
    setWindowTitle(tr("Watch and Notify"));
    auto *outer = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    outer->addWidget(tabs);
    auto *settingsPage = new QWidget(tabs);
    auto *layout = new QVBoxLayout(settingsPage);
    tabs->addTab(settingsPage, tr("Settings"));
    // What the watches saw, from this session and the earlier ones.
    m_activity->load(m_store);
    if (m_activity->count() == 0)
        m_activity->addItem(tr("Nothing seen yet: a watch's runs and their changes come here."));
    tabs->addTab(m_activity, tr("Activity"));

    auto *watched = new QGroupBox(tr("Repositories watched"), settingsPage);
    auto *watchedLayout = new QVBoxLayout(watched);
    auto *hint
            = new QLabel(tr("The latest release made from ReleaseDesk of each checked repository "
                            "is followed in the background, and its pipelines notified. "
                            "Releases and watches add repositories here."),
                         watched);
    hint->setWordWrap(true);
    watchedLayout->addWidget(hint);
    watchedLayout->addWidget(m_repositories);
    m_repositories->setAccessibleName(tr("Repositories watched"));
    layout->addWidget(watched);

    auto *notified = new QGroupBox(tr("Notifications for the selected repository"), settingsPage);
    auto *notifiedLayout = new QFormLayout(notified);
    notifiedLayout->addRow(m_notify);
    notifiedLayout->addRow(m_failuresOnly);
    notifiedLayout->addRow(m_releaseTagsOnly);
    notifiedLayout->addRow(m_myRunsOnly, m_login);
    m_login->setPlaceholderText(tr("your forge login"));
    m_login->setAccessibleName(tr("Forge login"));
    layout->addWidget(notified);

    auto *application = new QGroupBox(tr("Application"), settingsPage);
    auto *applicationLayout = new QVBoxLayout(application);
    applicationLayout->addWidget(m_keepWatching);
    applicationLayout->addWidget(m_startAtLogin);
    layout->addWidget(application);

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    outer->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    auto known = store::RunHistory(m_store).repositories();
    if (!known) {
        m_problem->setText(known.error().toString());
        m_problem->setVisible(true);
    } else {
        m_known = *known;
    }
    for (const store::KnownRepository &repository : std::as_const(m_known)) {
        auto *item = new QListWidgetItem(repository.location.describe(), m_repositories);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(repository.pinned ? Qt::Checked : Qt::Unchecked);
        auto settings = store::NotificationLog(m_store).settings(repository.id);
        m_settings.insert(repository.id, settings ? *settings : store::NotifySettings{});
    }
    if (m_known.isEmpty())
        m_repositories->addItem(tr("No repository yet: a release or a watch adds one."));
    connect(m_repositories, &QListWidget::currentRowChanged, this, [this](int row) {
        keepRepository(m_current);
        showRepository(row);
    });
    // A problem shown is about what the dialog showed then.
    connect(m_login, &QLineEdit::textChanged, m_problem, &QLabel::hide);
    for (QCheckBox *box : {m_notify, m_myRunsOnly})
        connect(box, &QCheckBox::toggled, this, [this] { showRepository(m_current); });
    m_repositories->setCurrentRow(m_known.isEmpty() ? -1 : 0);
    showRepository(m_repositories->currentRow());

    m_keepWatching->setChecked(keepWatching());
    m_startAtLogin->setChecked(Autostart::isEnabled());
}

void WatchSettingsDialog::showRepository(int row)
{
    // Toggling the boxes of one repository keeps them; a change of row shows another's.
    const bool valid = row >= 0 && row < m_known.size();
    if (row != m_current && valid) {
        const store::NotifySettings settings = m_settings.value(m_known.at(row).id);
        const QSignalBlocker notifyBlock(m_notify);
        const QSignalBlocker myRunsBlock(m_myRunsOnly);
        m_notify->setChecked(settings.enabled);
        m_failuresOnly->setChecked(settings.failuresOnly);
        m_releaseTagsOnly->setChecked(settings.releaseTagsOnly);
        m_myRunsOnly->setChecked(settings.myRunsOnly);
        m_login->setText(settings.myLogin);
    }
    m_current = valid ? row : -1;
    m_notify->setEnabled(valid);
    for (QWidget *each :
         std::initializer_list<QWidget *>{m_failuresOnly, m_releaseTagsOnly, m_myRunsOnly})
        each->setEnabled(valid && m_notify->isChecked());
    m_login->setEnabled(valid && m_notify->isChecked() && m_myRunsOnly->isChecked());
}

void WatchSettingsDialog::keepRepository(int row)
{
    if (row < 0 || row >= m_known.size())
        return;
    store::NotifySettings &settings = m_settings[m_known.at(row).id];
    settings.enabled = m_notify->isChecked();
    settings.failuresOnly = m_failuresOnly->isChecked();
    settings.releaseTagsOnly = m_releaseTagsOnly->isChecked();
    settings.myRunsOnly = m_myRunsOnly->isChecked();
    settings.myLogin = m_login->text().trimmed();
}

bool WatchSettingsDialog::save()
{
    keepRepository(m_current);
    QStringList problems;
    if (m_myRunsOnly->isChecked() && m_current >= 0 && m_login->text().trimmed().isEmpty()) {
        problems.append(tr("\"My runs only\" needs your forge login: type it beside the option."));
    }
    const store::RunHistory history(m_store);
    const store::NotificationLog log(m_store);
    for (int row = 0; problems.isEmpty() && row < m_known.size(); ++row) {
        const store::KnownRepository &repository = m_known.at(row);
        const bool pinned = m_repositories->item(row)->checkState() == Qt::Checked;
        if (pinned != repository.pinned) {
            if (auto done = history.setPinned(repository.location, pinned); !done)
                problems.append(done.error().toString());
        }
        if (auto done = log.setSettings(repository.id, m_settings.value(repository.id)); !done)
            problems.append(done.error().toString());
    }
    if (problems.isEmpty() && m_startAtLogin->isChecked() != Autostart::isEnabled()) {
        if (auto done = Autostart::setEnabled(m_startAtLogin->isChecked(),
                                              QCoreApplication::applicationFilePath());
            !done)
            problems.append(done.error().toString());
    }
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(u'\n'));
        m_problem->setVisible(true);
        return false;
    }
    setKeepWatching(m_keepWatching->isChecked());
    Q_EMIT keepWatchingChanged(m_keepWatching->isChecked());
    return true;
}

void WatchSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace rd::gui
