// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "projectview.h"

#include "changelog/changelogrelease.h"
#include "changelog/changelogsettings.h"
#include "semver/bump.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace Ui {
class ChangelogPage;
}

namespace rd::gui {

class PackagePicker;

// "Changelog": the notes of the next release as they will read (rendered Markdown, or its
// source), in the project's style or another, beside the commits they are made of; below, the
// commits left out, each with the reason (the classifier's words).
class ChangelogPage : public ProjectView
{
    Q_OBJECT

public:
    explicit ChangelogPage(QWidget *parent = nullptr);
    ~ChangelogPage() override;

    void setProject(const QString &root) override;
    void clearProject() override;

    // For tests and the window: what the user sees.
    bool isLoading() const { return m_task.isRunning(); }
    QString markdown() const;
    QString previewText() const;
    QString titleText() const;
    int includedCount() const;
    QStringList leftOutReasons() const;
    void setFormat(ChangelogFormat format);
    QStringList packages() const;
    void selectPackage(const QString &name);

private:
    void reload();
    void render();

    Ui::ChangelogPage *m_ui;
    QString m_root;
    PackagePicker *m_packages;
    std::optional<ChangelogRelease> m_release;
    ChangelogSettings m_settings;
    QHash<QString, QPair<BumpLevel, bool>> m_levels; // commit id → (level, breaking)
    LatestTask m_task;
};

} // namespace rd::gui
