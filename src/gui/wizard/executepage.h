// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatedpage.h"

#include "release/journal.h"

#include "util/error.h"

#include <memory>

namespace Ui {
class ExecutePage;
}

namespace rd::notify {
class DesktopNotifier;
}

namespace rd::gui {

class ReleaseSession;
class ReviewPage;
class VersionPage;

// Page 5: the run of the reviewed plan, step by step with its log. Stop leaves a journal;
// Resume finishes exactly the reviewed steps, Undo Release takes back what the run did (and
// asks before touching a remote). Also where a release a run left unfinished is recovered.
class ExecutePage : public GatedPage
{
    Q_OBJECT

public:
    ExecutePage(ReleaseSession *session,
                const VersionPage *version,
                const ReviewPage *review,
                const QString &repositoryPath,
                QWidget *parent = nullptr);
    ~ExecutePage() override;

    Ui::ExecutePage *ui() const { return m_ui; }
    bool isRunning() const { return m_running; }
    // True once a release finished here.
    bool released() const { return m_released; }
    const QString &runVersion() const { return m_runVersion; }
    const QString &runTag() const { return m_runTag; }
    const QString &runRemote() const { return m_runRemote; }
    // What the registries were verified to have after publishing; empty: nothing published.
    const QStringList &verified() const { return m_verified; }
    // The release was made but its publishing could not start (the reason, else empty).
    const QString &publishProblem() const { return m_publishProblem; }

    // Starts on a release a run left unfinished in the repository at `path`.
    void recover(const QString &path);
    // Runs the reviewed plan.
    void initializePage() override;
    bool validatePage() override;
    void showFailure(const Error &error);

Q_SIGNALS:
    void releaseFinished();

private:
    void onRunStarted(const QStringList &steps);
    void onStepChanged(int index, Journal::StepState state);
    void onRunFinished(bool ok, const Error &error);
    void onUnfinished(const Journal &journal);
    void undoRelease(bool confirmRemote);
    void setRunButtons(bool running, bool stopped);
    void setCancelEnabled(bool enabled);
    // Tells the desktop how the run ended (the window may be behind others by then).
    void announce(bool released, const QString &problem);

    Ui::ExecutePage *m_ui;
    ReleaseSession *m_session;
    const VersionPage *m_version;
    const ReviewPage *m_review;
    QString m_path;
    bool m_recovering = false;
    QString m_runVersion;
    QString m_runTag;
    QString m_runRemote;
    QStringList m_verified;
    QString m_publishProblem;
    bool m_running = false;
    bool m_released = false;
    bool m_aborting = false;
    std::unique_ptr<notify::DesktopNotifier> m_notifier;
};

} // namespace rd::gui
