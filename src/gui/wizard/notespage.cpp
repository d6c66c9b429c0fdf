// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespage.h"
#include "ui_notespage.h"

#include "markdownpreview.h"
#include "releasesession.h"
#include "versionpage.h"

#include "releasedraft/releasedraft.h"

#include <QMessageBox>

namespace rd::gui {

NotesPage::NotesPage(ReleaseSession *session, const VersionPage *version, QWidget *parent)
    : GatedPage(parent)
    , m_ui(new Ui::NotesPage)
    , m_session(session)
    , m_version(version)
{
    m_ui->setupUi(this);
    m_ui->notesSplitter->setSizes({1, 1});
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingNotes)
            m_notesEdited = true;
        m_previewTimer.start();
    });
    connect(&m_previewTimer, &QTimer::timeout, this, &NotesPage::updatePreview);
    connect(m_ui->resetNotes, &QPushButton::clicked, this, [this] {
        m_notesFor.clear();
        m_notesEdited = false;
        initializePage();
    });
}

NotesPage::~NotesPage()
{
    delete m_ui;
}

QString NotesPage::notes() const
{
    return m_ui->notesEdit->toPlainText();
}

bool NotesPage::writesChangelog() const
{
    return m_ui->writeChangelog->isChecked();
}

void NotesPage::showDraft()
{
    const QString changelog = m_session->draft()->changelogFile();
    m_ui->writeChangelog->setText(
            changelog.isEmpty() ? tr("Add the notes to the &changelog")
                                : tr("Add the notes to the &changelog (%1)").arg(changelog));
}

void NotesPage::initializePage()
{
    const std::optional<Version> version = m_version->version();
    if (!version || !m_session->draft())
        return;
    const QString text = version->toString();
    if (m_notesFor != text) {
        const bool replace = !m_notesEdited
                             || QMessageBox::question(this,
                                                      tr("Release Notes"),
                                                      tr("The version changed to %1. Replace "
                                                         "your edited notes with fresh notes "
                                                         "for it?")
                                                              .arg(text))
                                        == QMessageBox::Yes;
        if (replace) {
            auto notes = m_session->draft()->notes(*version);
            if (!notes)
                QMessageBox::warning(this,
                                     tr("Release Notes"),
                                     tr("No notes were written for %1: %2\nWrite them here, or "
                                        "fix the template and start the release again.")
                                             .arg(text, notes.error().toString()));
            m_settingNotes = true;
            m_ui->notesEdit->setPlainText(notes.value_or(QString()));
            m_settingNotes = false;
            m_notesEdited = false;
            updatePreview();
        }
        m_notesFor = text;
    }
    setComplete(true);
}

void NotesPage::updatePreview()
{
    showMarkdown(m_ui->notesPreview, m_ui->notesEdit->toPlainText());
}

} // namespace rd::gui
