// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "projectview.h"

#include "changelog/changelogrelease.h"
#include "changelog/changelogsettings.h"

#include <memory>
#include <optional>

class QTextDocument;

namespace Ui {
class ChangelogPage;
}

namespace rd::gui {

class PackagePicker;
class NotesRowsModel;

// "Changelog": the notes of the next release as they will read (rendered Markdown, or its
// source), in the project's style or another, beside the commits they are made of; below, the
// commits left out, each with the reason (the classifier's words).
//
// On a long unreleased history the notes have thousands of entries: their documents and rows
// are made on the thread pool and handed over whole, so the GUI thread only lays out what is
// shown (QTextDocument lays out in small steps, the lists are views over models).
class ChangelogPage : public ProjectView
{
    Q_OBJECT

public:
    explicit ChangelogPage(QWidget *parent = nullptr);
    ~ChangelogPage() override;

    void setProject(const QString &root) override;
    void clearProject() override;

    // For tests and the window: what the user sees.
    bool isLoading() const { return m_task.isRunning() || m_render.isRunning(); }
    QString markdown() const;
    QString previewText() const;
    QString titleText() const;
    int includedCount() const;            // entries, not counting the sections' titles
    QStringList includedSections() const; // the titles over the entries, with their counts
    QStringList leftOutReasons() const;
    void setFormat(ChangelogFormat format);
    QStringList packages() const;
    void selectPackage(const QString &name);

    // The notes' Markdown and its two documents (preview and source), made off the GUI thread.
    struct Rendered;

private:
    void reload();
    void render();
    void showRendered(Rendered rendered);
    void fitColumns();

    Ui::ChangelogPage *m_ui;
    QString m_root;
    PackagePicker *m_packages;
    NotesRowsModel *m_included;
    NotesRowsModel *m_leftOut;
    std::optional<ChangelogRelease> m_release;
    ChangelogSettings m_settings;
    QString m_markdown;
    // The documents shown; deleted (later, on the GUI thread) when replaced.
    std::shared_ptr<QTextDocument> m_previewDocument;
    std::shared_ptr<QTextDocument> m_sourceDocument;
    LatestTask m_task;
    LatestTask m_render;
};

} // namespace rd::gui
