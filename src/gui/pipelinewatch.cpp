// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinewatch.h"

#include "activitylist.h"
#include "historystore.h"
#include "watchsession.h"

#include "forge/forgeconnection.h"
#include "forge/forgetoken.h"
#include "project/project.h"
#include "store/runhistory.h"
#include "store/store.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd::gui {

PipelineWatch::PipelineWatch(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_activity(new ActivityList(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(m_activity);
    m_activity->setMinimumHeight(120);
    setVisible(false);
}

PipelineWatch::~PipelineWatch() = default;

QString PipelineWatch::statusText() const
{
    return m_status->text();
}

void PipelineWatch::follow(const QString &path, const QString &tag)
{
    setVisible(true);
    m_status->setText(tr("Looking for the forge of this repository…"));
    using Found = Result<watch::WatchTarget>;
    m_locate.run(
            this,
            [path, tag](const std::atomic_bool &) -> Found {
                auto project = Project::open(path);
                if (!project)
                    return fail(project.error());
                auto location = ForgeConnection::locate(project->repository(),
                                                        project->settings().config,
                                                        QStringLiteral("origin"));
                if (!location)
                    return fail(location.error());
                const ForgeToken token
                        = ForgeToken::find(*location,
                                           ForgeToken::standardSources(*location,
                                                                       &project->repository()));
                // A release made from ReleaseDesk: its commits are watched, and it is history.
                store::Store &store = historyStore();
                store::RunHistory history(store);
                auto commit = project->repository().resolveCommit(tag);
                if (auto repository = history.repositoryId(*location); repository && commit)
                    (void) history.recordRelease(*repository,
                                                 {tag,
                                                  commit->toString(),
                                                  QDateTime::currentDateTimeUtc()});
                store.releaseThreadConnection();
                return watch::WatchTarget{*location, token.secret, RunFilter::Kind::Tag, tag};
            },
            [this, tag](Found target) {
                // No forge behind the remote (a plain git server): no CI to follow.
                if (!target && target.error().is(errc::forgeUnknown)) {
                    setVisible(false);
                    return;
                }
                if (!target) {
                    m_status->setText(tr("The pipelines of %1 are not followed: %2")
                                              .arg(tag, target.error().toString()));
                    return;
                }
                m_status->setText(tr("Following the pipelines of %1 on %2…")
                                          .arg(tag, target->location.describe()));
                m_session = std::make_unique<WatchSession>(historyStore(), m_options);
                connect(m_session.get(), &WatchSession::runEvent, this, &PipelineWatch::onEvent);
                connect(m_session.get(), &WatchSession::problem, this, [this](const Error &error) {
                    m_status->setText(tr("%1 (the watch goes on)").arg(error.toString()));
                });
                m_session->addTarget(*target);
                m_session->start();
            });
}

void PipelineWatch::onEvent(const notify::RunEvent &event)
{
    m_activity->addEvent(event);
    if (event.kind == notify::RunEvent::Kind::AllFinished) {
        m_status->setText(event.summary() + u'\n' + event.body());
        Q_EMIT finished(event);
    }
}

} // namespace rd::gui
