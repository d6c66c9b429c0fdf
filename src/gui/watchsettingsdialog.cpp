// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchsettingsdialog.h"

#include "activitylist.h"
#include "autostart.h"

#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rd::gui {

namespace {

const QString keepWatchingKey = QStringLiteral("watch/keepWatching");
const QString scopeKey = QStringLiteral("watch/scope");

// What the dialog shows, read on a worker thread.
struct Loaded
{
    QList<store::KnownRepository> known;
    QHash<qint64, store::NotifySettings> settings;
    QStringList problems;
    Result<QList<store::StateChange>> changes;
};

Loaded readStore(const store::Store &store)
{
    Loaded loaded;
    auto known = store::RunHistory(store).repositories();
    if (!known) {
        loaded.problems.append(known.error().toString());
    } else {
        loaded.known = *known;
        const store::NotificationLog log(store);
        for (const store::KnownRepository &repository : std::as_const(loaded.known)) {
            auto settings = log.settings(repository.id);
            loaded.settings.insert(repository.id, settings ? *settings : store::NotifySettings{});
        }
    }
    loaded.changes = ActivityList::read(store);
    store.releaseThreadConnection(); // the pool's thread may end before the next task
    return loaded;
}

// One repository's part of a save.
struct RepositoryWrite
{
    store::KnownRepository repository;
    bool pinned = false;
    store::NotifySettings settings;
};

QStringList writeStore(const store::Store &store,
                       const QList<RepositoryWrite> &writes,
                       std::optional<bool> startAtLogin)
{
    QStringList problems;
    const store::RunHistory history(store);
    const store::NotificationLog log(store);
    for (const RepositoryWrite &write : writes) {
        if (write.pinned != write.repository.pinned) {
            if (auto done = history.setPinned(write.repository.location, write.pinned); !done)
                problems.append(done.error().toString());
        }
        if (auto done = log.setSettings(write.repository.id, write.settings); !done)
            problems.append(done.error().toString());
    }
    store.releaseThreadConnection();
    if (problems.isEmpty() && startAtLogin) {
        if (auto done = Autostart::setEnabled(*startAtLogin,
                                              QCoreApplication::applicationFilePath());
            !done)
            problems.append(done.error().toString());
    }
    return problems;
}

} // namespace

bool WatchSettingsDialog::keepWatching()
{
    return QSettings().value(keepWatchingKey, false).toBool();
}

void WatchSettingsDialog::setKeepWatching(bool keep)
{
    QSettings().setValue(keepWatchingKey, keep);
}

watch::WatchScope WatchSettingsDialog::watchScope()
{
    return watch::watchScopeFromName(QSettings().value(scopeKey).toString());
}

void WatchSettingsDialog::setWatchScope(watch::WatchScope scope)
{
    QSettings().setValue(scopeKey, watch::watchScopeName(scope));
}

WatchSettingsDialog::WatchSettingsDialog(const store::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_scope(new QComboBox(this))
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
    // What the watches saw, from this session and the earlier ones (filled once read).
    tabs->addTab(m_activity, tr("Activity"));

    auto *watched = new QGroupBox(tr("Repositories watched"), settingsPage);
    auto *watchedLayout = new QVBoxLayout(watched);
    auto *hint = new QLabel(tr("Of each watched repository, the pipelines of its default "
                               "branch, its latest release tag and the latest release made from "
                               "ReleaseDesk are followed in the background and notified. "
                               "Opening a repository adds it here; a release or a watch "
                               "from ReleaseDesk checks it."),
                            watched);
    hint->setWordWrap(true);
    watchedLayout->addWidget(hint);
    auto *scopeLine = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Watch:"), watched);
    scopeLabel->setBuddy(m_scope);
    m_scope->addItem(tr("The checked repositories"), int(watch::WatchScope::Pinned));
    m_scope->addItem(tr("The checked repositories and all opened in the last 30 days"),
                     int(watch::WatchScope::Recent));
    m_scope->setCurrentIndex(m_scope->findData(int(watchScope())));
    scopeLine->addWidget(scopeLabel);
    scopeLine->addWidget(m_scope, 1);
    watchedLayout->addLayout(scopeLine);
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
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    m_repositories->addItem(tr("Reading the history database…"));
    m_repositories->setEnabled(false);
    m_ok->setEnabled(false);
    connect(m_repositories, &QListWidget::currentRowChanged, this, [this](int row) {
        keepRepository(m_current);
        showRepository(row);
    });
    // A problem shown is about what the dialog showed then.
    connect(m_login, &QLineEdit::textChanged, m_problem, &QLabel::hide);
    for (QCheckBox *box : {m_notify, m_myRunsOnly})
        connect(box, &QCheckBox::toggled, this, [this] { showRepository(m_current); });
    showRepository(-1);

    m_keepWatching->setChecked(keepWatching());
    m_startAtLogin->setChecked(Autostart::isEnabled());
    m_load.run(
            this,
            [store = &m_store](const std::atomic_bool &) { return readStore(*store); },
            [this](Loaded loaded) {
                m_activity->showChanges(loaded.changes);
                if (m_activity->count() == 0)
                    m_activity->addItem(
                            tr("Nothing seen yet: a watch's runs and their changes come here."));
                showLoaded(loaded.known, loaded.settings, loaded.problems);
            });
}

void WatchSettingsDialog::showLoaded(const QList<store::KnownRepository> &known,
                                     const QHash<qint64, store::NotifySettings> &settings,
                                     const QStringList &problems)
{
    m_known = known;
    m_settings = settings;
    const QSignalBlocker blocker(m_repositories);
    m_repositories->clear();
    m_repositories->setEnabled(true);
    for (const store::KnownRepository &repository : std::as_const(m_known)) {
        auto *item = new QListWidgetItem(repository.location.describe(), m_repositories);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        QStringList known;
        if (!repository.defaultBranch.isEmpty())
            known.append(tr("default branch %1").arg(repository.defaultBranch));
        if (!repository.latestTag.isEmpty())
            known.append(tr("latest release tag %1").arg(repository.latestTag));
        if (repository.openedAt.isValid())
            known.append(tr("last opened %1")
                                 .arg(QLocale().toString(repository.openedAt.toLocalTime(),
                                                         QLocale::ShortFormat)));
        item->setToolTip(known.isEmpty() ? tr("Never opened here: only releases made from "
                                              "ReleaseDesk are followed")
                                         : known.join(QStringLiteral(", ")));
        item->setCheckState(repository.pinned ? Qt::Checked : Qt::Unchecked);
    }
    if (m_known.isEmpty())
        m_repositories->addItem(tr("No repository yet: opening one adds it."));
    m_current = -1;
    m_repositories->setCurrentRow(m_known.isEmpty() ? -1 : 0);
    showRepository(m_repositories->currentRow());
    showProblems(problems);
    m_ok->setEnabled(true);
    Q_EMIT loaded();
}

void WatchSettingsDialog::showProblems(const QStringList &problems)
{
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
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
    if (isBusy())
        return false;
    keepRepository(m_current);
    if (m_myRunsOnly->isChecked() && m_current >= 0 && m_login->text().trimmed().isEmpty()) {
        showProblems({tr("\"My runs only\" needs your forge login: type it beside the option.")});
        return false;
    }
    QList<RepositoryWrite> writes;
    for (int row = 0; row < m_known.size(); ++row) {
        const store::KnownRepository &repository = m_known.at(row);
        writes.append({repository,
                       m_repositories->item(row)->checkState() == Qt::Checked,
                       m_settings.value(repository.id)});
    }
    const bool startAtLogin = m_startAtLogin->isChecked();
    const std::optional<bool> autostart = startAtLogin != Autostart::isEnabled()
                                                  ? std::optional<bool>(startAtLogin)
                                                  : std::nullopt;
    const bool keep = m_keepWatching->isChecked();
    const auto scope = watch::WatchScope(m_scope->currentData().toInt());
    m_ok->setEnabled(false);
    m_save.run(
            this,
            [store = &m_store, writes, autostart](const std::atomic_bool &) {
                return writeStore(*store, writes, autostart);
            },
            [this, keep, scope](const QStringList &problems) {
                m_ok->setEnabled(true);
                const bool ok = problems.isEmpty();
                showProblems(problems);
                if (ok) {
                    // What was read is now what is stored: a second save writes from here.
                    for (int row = 0; row < m_known.size(); ++row)
                        m_known[row].pinned = m_repositories->item(row)->checkState()
                                              == Qt::Checked;
                    setKeepWatching(keep);
                    setWatchScope(scope);
                    Q_EMIT keepWatchingChanged(keep);
                }
                Q_EMIT saved(ok);
                if (ok && m_acceptWhenSaved)
                    QDialog::accept();
                m_acceptWhenSaved = false;
            });
    return true;
}

void WatchSettingsDialog::accept()
{
    m_acceptWhenSaved = save();
}

} // namespace rd::gui
