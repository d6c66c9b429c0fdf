// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatedpage.h"

#include <QTimer>

namespace Ui {
class NotesPage;
}

namespace rd::gui {

class ReleaseSession;
class VersionPage;

// Page 3: the notes generated for the chosen version as editable Markdown beside their preview,
// and whether they go into the changelog. Notes edited by hand are kept unless the version
// changes and the user agrees to replace them.
class NotesPage : public GatedPage
{
    Q_OBJECT

public:
    NotesPage(ReleaseSession *session, const VersionPage *version, QWidget *parent = nullptr);
    ~NotesPage() override;

    Ui::NotesPage *ui() const { return m_ui; }
    QString notes() const;
    bool writesChangelog() const;

    // The changelog file of the prepared draft, named on its check box.
    void showDraft();
    void initializePage() override;

private:
    void updatePreview();

    Ui::NotesPage *m_ui;
    ReleaseSession *m_session;
    const VersionPage *m_version;
    QString m_notesFor; // the version the notes were generated for
    bool m_notesEdited = false;
    bool m_settingNotes = false;
    QTimer m_previewTimer;
};

} // namespace rd::gui
