// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releasesession.h"

#include <QWizard>
#include <optional>

namespace rd::gui {

class CredentialDialogPrompt;
class DonePage;
class ExecutePage;
class NotesPage;
class PreflightPage;
class ReviewPage;
class VersionPage;

// The release, page by page (one class each, in wizard/): 1) pre-flight checks with fixes,
// 2) the version and why, with overrides, 3) the notes as editable Markdown beside their
// preview, 4) the review — every file diff and the plan exactly as it will run, 5) the run,
// step by step, with stop, resume and undo, 6) what was released and where. The work happens in
// a ReleaseSession; the wizard hands its results to the pages.
class ReleaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        PreflightPageId,
        VersionPageId,
        NotesPageId,
        ReviewPageId,
        ExecutePageId,
        DonePageId
    };
    enum class Mode {
        New,     // a new release
        Recover, // a release a run left unfinished: resume or undo it
    };

    ReleaseWizard(const QString &repositoryPath, Mode mode, QWidget *parent = nullptr);
    ~ReleaseWizard() override;

    ReleaseSession *session() const { return m_session; }
    // The version the user settled on; empty while it does not resolve.
    std::optional<Version> chosenVersion() const;
    QString notes() const;
    // True once a release finished here (the main window reloads then).
    bool released() const;

    // The pages, for tests.
    PreflightPage *preflightPage() const { return m_preflight; }
    VersionPage *versionPage() const { return m_versionPage; }
    NotesPage *notesPage() const { return m_notes; }
    ReviewPage *reviewPage() const { return m_review; }
    ExecutePage *executePage() const { return m_execute; }
    DonePage *donePage() const { return m_done; }

Q_SIGNALS:
    // Preparing, the checks, a review or a run finished; for tests and the status line.
    void idle();

public:
    void reject() override;

private:
    void onPrepared();
    void onFailed(const Error &error);

    ReleaseSession *m_session;
    CredentialDialogPrompt *m_prompt;
    Mode m_mode;
    PreflightPage *m_preflight;
    VersionPage *m_versionPage;
    NotesPage *m_notes;
    ReviewPage *m_review;
    ExecutePage *m_execute;
    DonePage *m_done;
};

} // namespace rd::gui
