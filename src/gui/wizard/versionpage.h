// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatedpage.h"

#include "releasedraft/versionchoice.h"
#include "semver/version.h"

#include <optional>

namespace Ui {
class VersionPage;
}

namespace rd::gui {

class ReleaseSession;

// Page 2: the computed version with the rules that made it and the deciding commits; a
// major/minor/patch bump, a pre-release channel or a version of one's own instead. Complete
// while the choice resolves to a version.
class VersionPage : public GatedPage
{
    Q_OBJECT

public:
    explicit VersionPage(ReleaseSession *session, QWidget *parent = nullptr);
    ~VersionPage() override;

    Ui::VersionPage *ui() const { return m_ui; }
    // The version settled on; empty while the choice does not resolve.
    std::optional<Version> version() const { return m_version; }

    // The facts of the prepared draft (they do not change during the wizard), then the version.
    void showDraft();

private:
    void updateVersion();
    VersionChoice choice() const;

    Ui::VersionPage *m_ui;
    ReleaseSession *m_session;
    std::optional<Version> m_version;
};

} // namespace rd::gui
