// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatedpage.h"
#include "releasesession.h"

namespace Ui {
class ReviewPage;
}

namespace rd::gui {

class NotesPage;
class VersionPage;

// Page 4: every file diff (unified or side by side), the plan exactly as the runner executes
// it, and the checks again for the chosen version. The wizard's commit page: complete when the
// plan may run.
class ReviewPage : public GatedPage
{
    Q_OBJECT

public:
    ReviewPage(ReleaseSession *session,
               const VersionPage *version,
               const NotesPage *notes,
               QWidget *parent = nullptr);
    ~ReviewPage() override;

    Ui::ReviewPage *ui() const { return m_ui; }
    const ReleaseReview &review() const { return m_review; }

    // Where the prepared draft pushes, named on the push check box.
    void showDraft();
    void initializePage() override;
    void showReview(const ReleaseReview &review);

private:
    void requestReview();
    void showEdit(int row);
    // The Artifacts tab: Build Artifacts Now (Cancel while it runs), then the files built.
    void buildArtifacts();
    void showArtifacts(const std::optional<Prebuilt> &prebuilt);
    void showPlanText();
    void setBuilding(bool building);
    // The reviewed plan may run: allowed, planned, and built first when asked to.
    bool mayRelease() const;

    Ui::ReviewPage *m_ui;
    ReleaseSession *m_session;
    const VersionPage *m_version;
    const NotesPage *m_notes;
    ReleaseReview m_review;
    bool m_building = false;
};

} // namespace rd::gui
