// SPDX-License-Identifier: GPL-3.0-or-later
#include "donepage.h"
#include "ui_donepage.h"

#include "executepage.h"
#include "pipelinewatch.h"
#include "releasesession.h"
#include "versionpage.h"

#include "project/cipipeline.h"
#include "project/project.h"
#include "releasedraft/releasedraft.h"

#include <QUrl>

namespace rd::gui {

DonePage::DonePage(ReleaseSession *session,
                   const VersionPage *version,
                   const ExecutePage *run,
                   const QString &path,
                   QWidget *parent)
    : GatedPage(parent)
    , m_ui(new Ui::DonePage)
    , m_session(session)
    , m_version(version)
    , m_run(run)
    , m_path(path)
    , m_pipelines(new PipelineWatch(this))
{
    m_ui->setupUi(this);
    m_ui->doneLayout->insertWidget(1, m_pipelines);
    setFinalPage(true);
    setComplete(true);
}

DonePage::~DonePage()
{
    delete m_ui;
}

void DonePage::initializePage()
{
    const QString tag = m_run->runTag().toHtmlEscaped();
    QString text = tr("<h3>Released %1</h3><p>Tag <b>%2</b> was created")
                           .arg(m_run->runVersion().toHtmlEscaped(), tag);
    text += m_run->runRemote().isEmpty() ? tr(" in this clone; nothing was pushed.</p>")
                                         : tr(" and pushed with the branch to <b>%1</b>.</p>")
                                                   .arg(m_run->runRemote().toHtmlEscaped());
    if (!m_run->verified().isEmpty()) {
        text += tr("<p>Every registry has it:</p><ul>");
        for (const QString &line : m_run->verified())
            text += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    if (!m_run->publishProblem().isEmpty())
        text += QStringLiteral("<p style=\"color: #b3261e;\">%1</p>")
                        .arg(m_run->publishProblem().toHtmlEscaped().replace(u'\n',
                                                                             QStringLiteral(
                                                                                     "<br>")));
    const ReleaseDraft *draft = m_session->draft();
    if (const std::optional<Version> version = m_version->version(); draft && version) {
        const QString compare = draft->notesModel(*version).compareUrl;
        if (!compare.isEmpty())
            text += tr("<p><a href=\"%1\">Changes since the last release</a></p>")
                            .arg(compare.toHtmlEscaped());
    }
    text += tr("<p><a href=\"%1\">Open the repository folder</a></p>")
                    .arg(QUrl::fromLocalFile(m_path).toString().toHtmlEscaped());
    // What comes next: a pipeline only where the project configures one.
    const CiPipeline pipeline = findCiPipeline(draft ? draft->project().root() : m_path);
    if (!pipeline.service.isEmpty())
        text += tr("<p>Next: %1 (%2) runs for the tag if it is set up to. The Releases view "
                   "now lists %3, and the next release starts from here.</p>")
                        .arg(pipeline.service.toHtmlEscaped(), pipeline.file.toHtmlEscaped(), tag);
    else if (!m_run->verified().isEmpty())
        text += tr("<p>Next: the Releases view now lists %1, and the next release starts from "
                   "here.</p>")
                        .arg(tag);
    else
        text += tr("<p>Next: this project configures no CI pipeline, so nothing builds or "
                   "publishes the release by itself; do it by hand, or add a pipeline. The "
                   "Releases view now lists %1, and the next release starts from here.</p>")
                        .arg(tag);
    m_ui->doneText->setText(text);
    // A pushed tag's pipelines are followed here, live.
    if (!m_run->runRemote().isEmpty())
        m_pipelines->follow(draft ? draft->project().root() : m_path, m_run->runTag());
}

} // namespace rd::gui
