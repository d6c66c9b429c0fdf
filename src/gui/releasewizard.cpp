// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasewizard.h"

#include "credentialdialogprompt.h"
#include "wizard/donepage.h"
#include "wizard/executepage.h"
#include "wizard/notespage.h"
#include "wizard/preflightpage.h"
#include "wizard/reviewpage.h"
#include "wizard/versionpage.h"

#include "releasedraft/releasedraft.h"

#include <QMessageBox>
#include <QPushButton>

namespace rd::gui {

ReleaseWizard::ReleaseWizard(const QString &repositoryPath, Mode mode, QWidget *parent)
    : QWizard(parent)
    , m_session(new ReleaseSession(this))
    , m_prompt(new CredentialDialogPrompt(this))
    , m_mode(mode)
    , m_preflight(new PreflightPage(m_session, this))
    , m_versionPage(new VersionPage(m_session, this))
    , m_notes(new NotesPage(m_session, m_versionPage, this))
    , m_review(new ReviewPage(m_session, m_versionPage, m_notes, this))
    , m_execute(new ExecutePage(m_session, m_versionPage, m_review, repositoryPath, this))
    , m_done(new DonePage(m_session, m_versionPage, m_execute, repositoryPath, this))
{
    setWindowTitle(tr("Release"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    resize(980, 680);
    setPage(PreflightPageId, m_preflight);
    setPage(VersionPageId, m_versionPage);
    setPage(NotesPageId, m_notes);
    setPage(ReviewPageId, m_review);
    setPage(ExecutePageId, m_execute);
    setPage(DonePageId, m_done);
    setWindowModality(Qt::WindowModal);
    setButtonText(QWizard::CommitButton, tr("&Release"));
    // Qt ships no Swedish translation of its own buttons; the wizard names them itself.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    m_session->setCredentialPrompt(m_prompt);

    connect(m_session, &ReleaseSession::prepared, this, &ReleaseWizard::onPrepared);
    connect(m_session, &ReleaseSession::preflightFinished, m_preflight, &PreflightPage::showChecks);
    connect(m_session, &ReleaseSession::reviewed, m_review, &ReviewPage::showReview);
    connect(m_session, &ReleaseSession::failed, this, &ReleaseWizard::onFailed);
    connect(m_session, &ReleaseSession::busyChanged, this, [this](bool busy) {
        if (!busy)
            Q_EMIT idle();
    });
    connect(m_execute, &ExecutePage::releaseFinished, this, &ReleaseWizard::idle);

    if (m_mode == Mode::Recover) {
        setStartId(ExecutePageId);
        m_execute->recover(repositoryPath);
    } else {
        m_preflight->showPreparing();
        m_session->prepare(repositoryPath);
    }
}

ReleaseWizard::~ReleaseWizard()
{
    delete m_session; // joins the release thread while the prompt still exists
    m_session = nullptr;
}

std::optional<Version> ReleaseWizard::chosenVersion() const
{
    return m_versionPage->version();
}

QString ReleaseWizard::notes() const
{
    return m_notes->notes();
}

bool ReleaseWizard::released() const
{
    return m_execute->released();
}

void ReleaseWizard::onPrepared()
{
    const ReleaseDraft *draft = m_session->draft();
    m_preflight->checkDraft(*draft);
    m_notes->showDraft();
    m_review->showDraft();
    m_versionPage->showDraft();
}

void ReleaseWizard::onFailed(const Error &error)
{
    if (currentId() == PreflightPageId || m_mode == Mode::New)
        m_preflight->showFailure(error, m_session->draft() != nullptr);
    if (currentId() == ExecutePageId)
        m_execute->showFailure(error);
}

void ReleaseWizard::reject()
{
    if (m_execute->isRunning()) {
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
