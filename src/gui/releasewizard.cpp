// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasewizard.h"
#include "ui_releasewizard.h"

#include "credentialdialogprompt.h"
#include "gatedpage.h"
#include "levelstyle.h"
#include "markdownpreview.h"

#include "project/project.h"
#include "release/releaserunner.h"
#include "releasedraft/releasedraft.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QUrl>

namespace rd::gui {

namespace {

QIcon statusIcon(const QWidget *widget, CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return widget->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::Status::Warn:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::Status::Fail:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString stepStateText(Journal::StepState state)
{
    switch (state) {
    case Journal::StepState::Pending:
        return ReleaseWizard::tr("Waiting");
    case Journal::StepState::Running:
        return ReleaseWizard::tr("Running…");
    case Journal::StepState::Done:
        return ReleaseWizard::tr("Done");
    case Journal::StepState::Failed:
        return ReleaseWizard::tr("Failed");
    case Journal::StepState::Undone:
        return ReleaseWizard::tr("Undone");
    }
    return {};
}

QIcon stepStateIcon(const QWidget *widget, Journal::StepState state)
{
    switch (state) {
    case Journal::StepState::Pending:
        return {};
    case Journal::StepState::Running:
        return widget->style()->standardIcon(QStyle::SP_MediaPlay);
    case Journal::StepState::Done:
        return widget->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case Journal::StepState::Failed:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Journal::StepState::Undone:
        return widget->style()->standardIcon(QStyle::SP_ArrowBack);
    }
    return {};
}

} // namespace

ReleaseWizard::ReleaseWizard(const QString &repositoryPath, Mode mode, QWidget *parent)
    : QWizard(parent)
    , m_ui(new Ui::ReleaseWizard)
    , m_session(new ReleaseSession(this))
    , m_prompt(new CredentialDialogPrompt(this))
    , m_path(repositoryPath)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    setButtonText(QWizard::CommitButton, tr("&Release"));
    m_session->setCredentialPrompt(m_prompt);

    m_ui->checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->checks->header()->setStretchLastSection(true);
    m_ui->deciding->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->deciding->header()->setStretchLastSection(true);
    m_ui->progressSteps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->progressSteps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->progressSteps->header()->setStretchLastSection(false);
    QFont big = m_ui->nextVersion->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_ui->nextVersion->setFont(big);
    m_ui->notesSplitter->setSizes({1, 1});
    m_ui->filesSplitter->setSizes({220, 700});
    m_ui->reviewPage->setCommitPage(true);
    m_ui->donePage->setFinalPage(true);
    m_ui->donePage->setComplete(true);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);

    connect(m_session, &ReleaseSession::prepared, this, &ReleaseWizard::onPrepared);
    connect(m_session, &ReleaseSession::preflightFinished, this, &ReleaseWizard::onPreflight);
    connect(m_session, &ReleaseSession::reviewed, this, &ReleaseWizard::onReviewed);
    connect(m_session, &ReleaseSession::runStarted, this, &ReleaseWizard::onRunStarted);
    connect(m_session, &ReleaseSession::stepChanged, this, &ReleaseWizard::onStepChanged);
    connect(m_session, &ReleaseSession::runFinished, this, &ReleaseWizard::onRunFinished);
    connect(m_session, &ReleaseSession::unfinishedFound, this, &ReleaseWizard::onUnfinished);
    connect(m_session, &ReleaseSession::failed, this, &ReleaseWizard::onFailed);
    connect(m_session, &ReleaseSession::logged, this, [this](const QString &line) {
        m_ui->log->appendPlainText(line);
    });
    connect(m_session,
            &ReleaseSession::progressed,
            this,
            [this](qint64 done, qint64 total, const QString &what) {
                m_ui->progressBar->setRange(0, total > 0 ? int(qMin<qint64>(total, 1 << 30)) : 0);
                if (total > 0)
                    m_ui->progressBar->setValue(int(qMin(done, total)));
                m_ui->progressBar->setFormat(what.isEmpty() ? QStringLiteral("%p%") : what);
            });
    connect(m_session, &ReleaseSession::busyChanged, this, [this](bool busy) {
        if (!busy)
            Q_EMIT idle();
    });

    // Page 1
    connect(m_ui->rerunButton, &QPushButton::clicked, this, [this] {
        gated(PreflightPage)->setComplete(false);
        m_ui->preflightSummary->setText(tr("Running the checks…"));
        m_session->runPreflight(m_preflightVersion);
    });
    connect(m_ui->fixButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->checks->indexOfTopLevelItem(m_ui->checks->currentItem());
        if (row < 0 || row >= m_checks.size() || !m_checks.at(row).fix)
            return;
        gated(PreflightPage)->setComplete(false);
        m_ui->preflightSummary->setText(tr("Applying: %1…").arg(m_checks.at(row).fix->label));
        m_session->applyFix(row);
    });
    connect(m_ui->checks, &QTreeWidget::currentItemChanged, this, &ReleaseWizard::updateFixButton);

    // Page 2
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->computedChoice),
                                    static_cast<QAbstractButton *>(m_ui->majorChoice),
                                    static_cast<QAbstractButton *>(m_ui->minorChoice),
                                    static_cast<QAbstractButton *>(m_ui->patchChoice),
                                    static_cast<QAbstractButton *>(m_ui->customChoice),
                                    static_cast<QAbstractButton *>(m_ui->preRelease)})
        connect(button, &QAbstractButton::toggled, this, &ReleaseWizard::updateVersion);
    connect(m_ui->customChoice, &QAbstractButton::toggled, m_ui->customVersion, [this](bool on) {
        m_ui->customVersion->setEnabled(on);
        if (on)
            m_ui->customVersion->setFocus();
    });
    connect(m_ui->preRelease, &QAbstractButton::toggled, m_ui->channel, &QWidget::setEnabled);
    connect(m_ui->customVersion, &QLineEdit::textChanged, this, &ReleaseWizard::updateVersion);
    connect(m_ui->channel, &QComboBox::currentTextChanged, this, &ReleaseWizard::updateVersion);

    // Page 3
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingNotes)
            m_notesEdited = true;
        m_previewTimer.start();
    });
    connect(&m_previewTimer, &QTimer::timeout, this, &ReleaseWizard::updatePreview);
    connect(m_ui->resetNotes, &QPushButton::clicked, this, [this] {
        m_notesFor.clear();
        m_notesEdited = false;
        initializePage(NotesPage);
    });

    // Page 4
    connect(m_ui->push, &QCheckBox::toggled, this, &ReleaseWizard::requestReview);
    connect(m_ui->files, &QListWidget::currentRowChanged, this, &ReleaseWizard::showEdit);
    connect(m_ui->unified, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->diff->setMode(on ? VersionDiffView::Mode::Unified
                               : VersionDiffView::Mode::SideBySide);
    });

    // Page 5
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        m_ui->executeStatus->setText(tr("Stopping after the step under way…"));
        m_session->cancel();
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_aborting = false;
        setRunButtons(true, false);
        m_ui->executeStatus->setText(tr("Resuming…"));
        m_session->resume();
    });
    connect(m_ui->abortButton, &QPushButton::clicked, this, [this] { undoRelease(false); });

    if (m_mode == Mode::Recover) {
        setStartId(ExecutePage);
        setRunButtons(false, false);
        m_ui->executeStatus->setText(tr("Looking for the stopped release…"));
        m_session->findUnfinished(m_path);
    } else {
        m_ui->preflightSummary->setText(tr("Reading the repository…"));
        m_ui->rerunButton->setEnabled(false);
        m_session->prepare(m_path);
    }
}

ReleaseWizard::~ReleaseWizard()
{
    delete m_session; // joins the release thread while the prompt still exists
    m_session = nullptr;
    delete m_ui;
}

GatedPage *ReleaseWizard::gated(int id) const
{
    return static_cast<GatedPage *>(page(id));
}

QString ReleaseWizard::notes() const
{
    return m_ui->notesEdit->toPlainText();
}

VersionChoice ReleaseWizard::choice() const
{
    VersionChoice choice;
    if (m_ui->majorChoice->isChecked() || m_ui->minorChoice->isChecked()
        || m_ui->patchChoice->isChecked()) {
        choice.kind = VersionChoice::Kind::Bump;
        choice.level = m_ui->majorChoice->isChecked()   ? BumpLevel::Major
                       : m_ui->minorChoice->isChecked() ? BumpLevel::Minor
                                                        : BumpLevel::Patch;
    }
    if (m_ui->preRelease->isChecked())
        choice.channel = m_ui->channel->currentText().trimmed();
    return choice;
}

void ReleaseWizard::onPrepared()
{
    const ReleaseDraft *draft = m_session->draft();
    const NextVersionReport &report = draft->report();
    auto next = draft->resolve({});
    if (next)
        m_preflightVersion = next->version;
    else if (report.lastRelease)
        m_preflightVersion = report.lastRelease->version;
    else
        m_preflightVersion = draft->settings().initialVersion;
    m_ui->rerunButton->setEnabled(true);
    m_ui->preflightSummary->setText(tr("Running the checks…"));
    m_session->runPreflight(m_preflightVersion);

    // The version page's facts do not change during the wizard.
    const QString since = report.lastRelease
                                  ? tr("The last release is <b>%1</b> (tag %2); %n commit(s) "
                                       "since.",
                                       nullptr,
                                       int(report.commits.size()))
                                            .arg(report.lastRelease->version.toString(),
                                                 report.lastRelease->name.toHtmlEscaped())
                                  : tr("There is no release yet: this is the first one (%n "
                                       "commit(s)).",
                                       nullptr,
                                       int(report.commits.size()));
    m_ui->currentVersion->setText(since);
    const Version base = report.lastRelease ? report.lastRelease->version : Version();
    if (base.major() == 0)
        m_ui->zeroMajor->setText(
                draft->settings().zeroMajor.breakingBumpsMajor
                        ? tr("0.x policy: a breaking change bumps the major number "
                             "(zero-major.breaking-bumps-major is on).")
                        : tr("0.x policy: a breaking change bumps the minor number while the "
                             "version is below 1.0.0 (set zero-major.breaking-bumps-major in "
                             ".releasedesk.yml to change it)."));
    m_ui->deciding->clear();
    for (qsizetype index : report.deciding) {
        const AnalyzedCommit &commit = report.commits.at(index);
        auto *item = new QTreeWidgetItem(m_ui->deciding,
                                         {commit.id.toString().left(7),
                                          levelText(commit.classification.level,
                                                    commit.classification.breaking),
                                          commit.header(),
                                          commit.classification.reason});
        item->setForeground(1, levelColor(commit.classification.level));
    }
    const QString changelog = draft->changelogFile();
    m_ui->writeChangelog->setText(
            changelog.isEmpty() ? tr("Add the notes to the &changelog")
                                : tr("Add the notes to the &changelog (%1)").arg(changelog));
    const QString &remote = m_session->pushRemote();
    m_ui->push->setText(remote.isEmpty() ? tr("P&ush the branch and the tag")
                                         : tr("P&ush the branch and the tag to %1").arg(remote));
    m_ui->push->setChecked(draft->releaseSettings().push);
    updateVersion();
}

void ReleaseWizard::onPreflight(const QList<CheckResult> &checks, bool allowed)
{
    m_checks = checks;
    m_ui->checks->clear();
    int failed = 0;
    int warned = 0;
    for (const CheckResult &check : checks) {
        auto *item = new QTreeWidgetItem(m_ui->checks, {check.title, check.message});
        item->setIcon(0, statusIcon(this, check.status));
        item->setToolTip(1, check.message);
        if (check.fix)
            item->setText(1,
                          check.message + QStringLiteral("\n")
                                  + tr("Fix: %1").arg(check.fix->label));
        failed += check.status == CheckResult::Status::Fail;
        warned += check.status == CheckResult::Status::Warn;
    }
    m_ui->preflightSummary->setText(
            failed   ? tr("%n check(s) failed: the release cannot start yet.", nullptr, failed)
            : warned ? tr("Ready, with %n warning(s) to read.", nullptr, warned)
                     : tr("All checks passed."));
    // The first problem is selected, so Apply Fix works from the keyboard at once.
    for (int i = 0; i < checks.size(); ++i) {
        if (checks.at(i).status != CheckResult::Status::Pass) {
            m_ui->checks->setCurrentItem(m_ui->checks->topLevelItem(i));
            break;
        }
    }
    updateFixButton();
    gated(PreflightPage)->setComplete(allowed);
}

void ReleaseWizard::updateFixButton()
{
    const int row = m_ui->checks->indexOfTopLevelItem(m_ui->checks->currentItem());
    const bool fixable = row >= 0 && row < m_checks.size() && m_checks.at(row).fix.has_value();
    m_ui->fixButton->setEnabled(fixable && !m_session->isBusy());
    m_ui->fixButton->setToolTip(fixable ? m_checks.at(row).fix->label : QString());
}

void ReleaseWizard::updateVersion()
{
    const ReleaseDraft *draft = m_session->draft();
    if (!draft)
        return;
    Result<NextVersion> next = fail(errc::invalidChoice, tr("Type a version."));
    if (m_ui->customChoice->isChecked()) {
        auto custom = VersionChoice::fromOptions(m_ui->customVersion->text(), {}, {});
        if (m_ui->customVersion->text().trimmed().isEmpty())
            next = fail(errc::invalidChoice, tr("Type the version to release."));
        else if (custom)
            next = draft->resolve(*custom);
        else
            next = std::unexpected(custom.error());
    } else {
        next = draft->resolve(choice());
    }
    auto computed = draft->resolve({});
    m_ui->computedChoice->setText(
            computed ? tr("&Computed from the commits: %1").arg(computed->version.toString())
                     : tr("&Computed from the commits: nothing to release"));
    if (next) {
        m_version = next->version;
        m_ui->nextVersion->setText(
                tr("%1  (tag %2)").arg(next->version.toString(), draft->tagName(next->version)));
        QStringList lines;
        for (const QString &step : next->steps)
            lines.append(QStringLiteral("• ") + step.toHtmlEscaped());
        m_ui->reasons->setText(lines.join(QStringLiteral("<br>")));
        m_ui->reasons->setStyleSheet({});
    } else {
        m_version.reset();
        m_ui->nextVersion->setText(tr("No version"));
        m_ui->reasons->setText(next.error().message.toHtmlEscaped());
        m_ui->reasons->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    gated(VersionPage)->setComplete(m_version.has_value());
}

void ReleaseWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == NotesPage && m_version && m_session->draft()) {
        const QString version = m_version->toString();
        if (m_notesFor != version) {
            const bool replace = !m_notesEdited
                                 || QMessageBox::question(this,
                                                          tr("Release Notes"),
                                                          tr("The version changed to %1. Replace "
                                                             "your edited notes with fresh notes "
                                                             "for it?")
                                                                  .arg(version))
                                            == QMessageBox::Yes;
            if (replace) {
                m_settingNotes = true;
                m_ui->notesEdit->setPlainText(m_session->draft()->notes(*m_version));
                m_settingNotes = false;
                m_notesEdited = false;
                updatePreview();
            }
            m_notesFor = version;
        }
        gated(NotesPage)->setComplete(true);
    } else if (id == ReviewPage) {
        requestReview();
    } else if (id == ExecutePage && m_mode == Mode::New) {
        m_runVersion = m_version ? m_version->toString() : QString();
        m_runTag = m_review.tag;
        m_runRemote = m_review.remote;
        m_ui->log->clear();
        setRunButtons(true, false);
        m_ui->executeStatus->setText(tr("Releasing %1…").arg(m_runVersion));
        m_session->execute();
    } else if (id == DonePage) {
        QString text = tr("<h3>Released %1</h3><p>Tag <b>%2</b> was created")
                               .arg(m_runVersion.toHtmlEscaped(), m_runTag.toHtmlEscaped());
        text += m_runRemote.isEmpty() ? tr(" in this clone; nothing was pushed.</p>")
                                      : tr(" and pushed with the branch to <b>%1</b>.</p>")
                                                .arg(m_runRemote.toHtmlEscaped());
        if (const ReleaseDraft *draft = m_session->draft(); draft && m_version) {
            const QString compare = draft->notesModel(*m_version).compareUrl;
            if (!compare.isEmpty())
                text += tr("<p><a href=\"%1\">Changes since the last release</a></p>")
                                .arg(compare.toHtmlEscaped());
        }
        text += tr("<p><a href=\"%1\">Open the repository folder</a></p>")
                        .arg(QUrl::fromLocalFile(m_path).toString().toHtmlEscaped());
        text += tr("<p>Next: the tag's CI pipeline builds the release. The Releases view now "
                   "lists %1, and the next release starts from here.</p>")
                        .arg(m_runTag.toHtmlEscaped());
        m_ui->doneText->setText(text);
    }
}

void ReleaseWizard::updatePreview()
{
    showMarkdown(m_ui->notesPreview, m_ui->notesEdit->toPlainText());
}

void ReleaseWizard::requestReview()
{
    if (currentId() != ReviewPage || !m_version)
        return;
    gated(ReviewPage)->setComplete(false);
    m_ui->reviewStatus->setText(
            tr("Checking and planning the release of %1…").arg(m_version->toString()));
    m_ui->files->clear();
    m_ui->steps->clear();
    m_ui->planText->clear();
    m_ui->diff->clear();
    m_session->review(*m_version,
                      notes(),
                      m_ui->writeChangelog->isChecked(),
                      m_ui->push->isChecked());
}

void ReleaseWizard::onReviewed(const ReleaseReview &review)
{
    m_review = review;
    m_ui->files->clear();
    for (const FileEdit &edit : review.edits)
        m_ui->files->addItem(edit.path);
    m_ui->steps->clear();
    const QStringList steps = planStepTitles(review.plan);
    int number = 0;
    for (const QString &title : steps)
        m_ui->steps->addItem(QStringLiteral("%1. %2").arg(++number).arg(title));
    m_ui->planText->setPlainText(review.planText);
    if (!review.edits.isEmpty())
        m_ui->files->setCurrentRow(0);

    QStringList problems;
    if (review.hasError)
        problems.append(review.error.toString());
    for (const CheckResult &check : review.checks)
        if (check.status == CheckResult::Status::Fail)
            problems.append(QStringLiteral("%1: %2").arg(check.title, check.message));
    if (!problems.isEmpty()) {
        m_ui->reviewStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_ui->reviewStatus->setText(
                tr("The release cannot run: %1").arg(problems.join(QStringLiteral(" · "))));
    } else {
        m_ui->reviewStatus->setStyleSheet({});
        m_ui->reviewStatus->setText(
                tr("%n step(s), %1 file(s) changed, tag %2%3. Press Release to run them.",
                   nullptr,
                   int(steps.size()))
                        .arg(review.edits.size())
                        .arg(review.tag,
                             review.remote.isEmpty() ? tr(", no push")
                                                     : tr(", pushed to %1").arg(review.remote)));
    }
    gated(ReviewPage)->setComplete(review.allowed && !review.hasError);
}

void ReleaseWizard::showEdit(int row)
{
    if (row < 0 || row >= m_review.edits.size()) {
        m_ui->diff->clear();
        return;
    }
    m_ui->diff->setEdit(m_review.edits.at(row));
}

bool ReleaseWizard::validateCurrentPage()
{
    if (currentId() == ExecutePage && m_running)
        return false;
    return QWizard::validateCurrentPage();
}

void ReleaseWizard::setRunButtons(bool running, bool stopped)
{
    m_running = running;
    m_ui->stopButton->setEnabled(running);
    m_ui->resumeButton->setVisible(stopped);
    m_ui->abortButton->setVisible(stopped);
    m_ui->resumeButton->setEnabled(stopped);
    m_ui->abortButton->setEnabled(stopped);
    button(QWizard::CancelButton)->setEnabled(!running);
}

void ReleaseWizard::onRunStarted(const QStringList &steps)
{
    m_ui->progressSteps->clear();
    for (const QString &title : steps)
        new QTreeWidgetItem(m_ui->progressSteps,
                            {title, stepStateText(Journal::StepState::Pending)});
    m_ui->progressBar->setRange(0, int(steps.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(QStringLiteral("%v/%m"));
}

void ReleaseWizard::onStepChanged(int index, Journal::StepState state)
{
    QTreeWidgetItem *item = m_ui->progressSteps->topLevelItem(index);
    if (!item)
        return;
    item->setText(1, stepStateText(state));
    item->setIcon(0, stepStateIcon(this, state));
    m_ui->progressSteps->scrollToItem(item);
    int done = 0;
    for (int i = 0; i < m_ui->progressSteps->topLevelItemCount(); ++i)
        done += m_ui->progressSteps->topLevelItem(i)->text(1)
                == stepStateText(Journal::StepState::Done);
    m_ui->progressBar->setRange(0, m_ui->progressSteps->topLevelItemCount());
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setFormat(QStringLiteral("%v/%m"));
}

void ReleaseWizard::onRunFinished(bool ok, const Error &error)
{
    if (m_aborting) {
        m_aborting = false;
        if (!ok && error.code == errc::remoteConfirm) {
            // Asked without blocking: the run's signals keep arriving meanwhile.
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        tr("Undo on the Remote?"),
                                        tr("%1\n\nUndo it on the remote too? Others may already "
                                           "have fetched it.")
                                                .arg(error.message),
                                        QMessageBox::Yes | QMessageBox::No,
                                        this);
            box->setDefaultButton(QMessageBox::No);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this, box] {
                if (box->result() == QMessageBox::Yes) {
                    undoRelease(true);
                } else {
                    setRunButtons(false, true);
                    m_ui->executeStatus->setText(tr("Nothing was undone."));
                }
            });
            box->open();
            return;
        }
        setRunButtons(false, !ok);
        m_ui->executeStatus->setText(ok ? tr("The release was undone. You can close this window.")
                                        : tr("Not undone: %1").arg(error.toString()));
        if (ok) {
            m_ui->resumeButton->setVisible(false);
            m_ui->abortButton->setVisible(false);
        }
        return;
    }
    if (ok) {
        m_released = true;
        setRunButtons(false, false);
        m_ui->executeStatus->setText(tr("Released %1.").arg(m_runVersion));
        m_ui->executeStatus->setStyleSheet({});
        gated(ExecutePage)->setComplete(true);
        Q_EMIT idle();
        return;
    }
    setRunButtons(false, true);
    m_ui->executeStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->executeStatus->setText(
            error.code == errc::cancelled
                    ? tr("Stopped. Resume to finish the release, or undo what it did.")
                    : tr("%1\nResume once the cause is fixed, or undo what the release did.")
                              .arg(error.toString()));
}

void ReleaseWizard::undoRelease(bool confirmRemote)
{
    m_aborting = true;
    setRunButtons(true, false);
    m_ui->stopButton->setEnabled(false);
    m_ui->executeStatus->setStyleSheet({});
    m_ui->executeStatus->setText(tr("Undoing the release…"));
    m_session->abort(confirmRemote);
}

void ReleaseWizard::onUnfinished(const Journal &journal)
{
    m_runVersion = journal.plan.value(QLatin1String("version")).toString();
    m_runTag = journal.plan.value(QLatin1String("tag")).toString();
    const QStringList titles = planStepTitles(journal.plan);
    const QJsonArray steps = journal.plan.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &step : steps) {
        const QJsonObject object = step.toObject();
        if (object.value(QLatin1String("kind")).toString() == u"push")
            m_runRemote = object.value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("remote"))
                                  .toString();
    }
    onRunStarted(titles);
    for (int i = 0; i < journal.steps.size(); ++i) {
        const Journal::Step &step = journal.steps.at(i);
        onStepChanged(i, step.state);
        if (step.state == Journal::StepState::Failed && i < titles.size())
            m_ui->log->appendPlainText(tr("%1 failed: %2").arg(titles.at(i), step.errorMessage));
    }
    setRunButtons(false, true);
    m_ui->executeStatus->setText(
            tr("The release of %1 (tag %2) stopped on %3. Resume it to "
               "finish exactly the reviewed steps, or undo it.")
                    .arg(m_runVersion,
                         m_runTag,
                         QLocale().toString(QDateTime::fromString(journal.updated, Qt::ISODate)
                                                    .toLocalTime(),
                                            QLocale::ShortFormat)));
}

void ReleaseWizard::onFailed(const Error &error)
{
    if (currentId() == PreflightPage || m_mode == Mode::New) {
        m_ui->preflightSummary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_ui->preflightSummary->setText(error.toString());
        m_ui->rerunButton->setEnabled(!m_session->draft() ? false : true);
    }
    if (currentId() == ExecutePage)
        m_ui->executeStatus->setText(error.toString());
}

void ReleaseWizard::reject()
{
    if (m_running) {
        if (QMessageBox::question(this,
                                  tr("Stop the Release?"),
                                  tr("Stop after the step under way? You can resume or undo the "
                                     "release later; ReleaseDesk offers it when you open this "
                                     "repository."))
            == QMessageBox::Yes)
            m_session->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace rd::gui
