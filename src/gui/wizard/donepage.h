// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatedpage.h"

namespace Ui {
class DonePage;
}

namespace rd::gui {

class ExecutePage;
class PipelineWatch;
class ReleaseSession;
class VersionPage;

// Page 6: what was released where, the links, and what comes next (a CI pipeline only where
// the project configures one).
class DonePage : public GatedPage
{
    Q_OBJECT

public:
    DonePage(ReleaseSession *session,
             const VersionPage *version,
             const ExecutePage *run,
             const QString &path,
             QWidget *parent = nullptr);
    ~DonePage() override;

    Ui::DonePage *ui() const { return m_ui; }
    PipelineWatch *pipelines() const { return m_pipelines; }
    void initializePage() override;

private:
    Ui::DonePage *m_ui;
    ReleaseSession *m_session;
    const VersionPage *m_version;
    const ExecutePage *m_run;
    QString m_path;
    PipelineWatch *m_pipelines;
};

} // namespace rd::gui
