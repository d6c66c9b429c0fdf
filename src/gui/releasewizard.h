// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releasedraft/versionchoice.h"
#include "releasesession.h"
#include "semver/bump.h"

#include <QTimer>
#include <QWizard>
#include <optional>

namespace Ui {
class ReleaseWizard;
}

namespace rd::gui {

class CredentialDialogPrompt;
class GatedPage;

// The release, page by page: 1) pre-flight checks with fixes, 2) the version and why, with
// overrides, 3) the notes as editable Markdown beside their preview, 4) the review — every
// file diff and the plan exactly as it will run, 5) the run, step by step, with stop, resume
// and undo, 6) what was released and where. The work happens in a ReleaseSession.
class ReleaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PreflightPage, VersionPage, NotesPage, ReviewPage, ExecutePage, DonePage };
    enum class Mode {
        New,     // a new release
        Recover, // a release a run left unfinished: resume or undo it
    };

    ReleaseWizard(const QString &repositoryPath, Mode mode, QWidget *parent = nullptr);
    ~ReleaseWizard() override;

    ReleaseSession *session() const { return m_session; }
    // The version the user settled on; empty while it does not resolve.
    std::optional<Version> chosenVersion() const { return m_version; }
    QString notes() const;
    // True once a release finished here (the main window reloads then).
    bool released() const { return m_released; }

    // For tests: the widgets of the pages.
    Ui::ReleaseWizard *ui() const { return m_ui; }

Q_SIGNALS:
    // Preparing, the checks, a review or a run finished; for tests and the status line.
    void idle();

public:
    void reject() override;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void onPrepared();
    void onPreflight(const QList<CheckResult> &checks, bool allowed);
    void onReviewed(const ReleaseReview &review);
    void onRunStarted(const QStringList &steps);
    void onStepChanged(int index, Journal::StepState state);
    void onRunFinished(bool ok, const Error &error);
    void onUnfinished(const Journal &journal);
    void onFailed(const Error &error);
    void updateVersion();
    void updatePreview();
    void updateFixButton();
    void requestReview();
    void showEdit(int row);
    void undoRelease(bool confirmRemote);
    VersionChoice choice() const;
    GatedPage *gated(int id) const;
    void setRunButtons(bool running, bool stopped);

    Ui::ReleaseWizard *m_ui;
    ReleaseSession *m_session;
    CredentialDialogPrompt *m_prompt;
    QString m_path;
    Mode m_mode;
    std::optional<Version> m_version;
    Version m_preflightVersion;
    QString m_notesFor; // the version the notes were generated for
    bool m_notesEdited = false;
    bool m_settingNotes = false;
    QList<CheckResult> m_checks;
    ReleaseReview m_review;
    QString m_runVersion;
    QString m_runTag;
    QString m_runRemote;
    bool m_running = false;
    bool m_released = false;
    bool m_aborting = false;
    QTimer m_previewTimer;
};

} // namespace rd::gui
