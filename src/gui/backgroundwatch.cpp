// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwatch.h"

#include "historystore.h"
#include "watchsession.h"

#include "forge/forgetoken.h"
#include "store/runhistory.h"
#include "store/store.h"

namespace rd::gui {

BackgroundWatch::BackgroundWatch(QObject *parent)
    : QObject(parent)
{}

BackgroundWatch::~BackgroundWatch() = default;

void BackgroundWatch::restart()
{
    m_session.reset();
    m_targets.clear();
    using Found = Result<QList<watch::WatchTarget>>;
    m_find.run(
            this,
            [](const std::atomic_bool &) -> Found {
                store::Store &store = historyStore();
                const store::RunHistory history(store);
                auto repositories = history.repositories();
                if (!repositories) {
                    store.releaseThreadConnection();
                    return fail(repositories.error());
                }
                QList<watch::WatchTarget> targets;
                for (const store::KnownRepository &repository : std::as_const(*repositories)) {
                    if (!repository.pinned)
                        continue;
                    auto releases = history.releases(repository.id);
                    if (!releases || releases->isEmpty())
                        continue;
                    // No git repository here: the environment and the keychain give the token.
                    const ForgeToken token
                            = ForgeToken::find(repository.location,
                                               ForgeToken::standardSources(repository.location,
                                                                           nullptr));
                    targets.append({repository.location,
                                    token.secret,
                                    RunFilter::Kind::Tag,
                                    releases->first().tag});
                }
                store.releaseThreadConnection();
                return targets;
            },
            [this](Found targets) {
                if (!targets) {
                    Q_EMIT problem(targets.error());
                    return;
                }
                m_targets = *targets;
                if (!m_targets.isEmpty()) {
                    m_session = std::make_unique<WatchSession>(historyStore(), m_options);
                    connect(m_session.get(),
                            &WatchSession::runEvent,
                            this,
                            &BackgroundWatch::runEvent);
                    connect(m_session.get(),
                            &WatchSession::problem,
                            this,
                            &BackgroundWatch::problem);
                    for (const watch::WatchTarget &target : std::as_const(m_targets))
                        m_session->addTarget(target);
                    m_session->start();
                }
                Q_EMIT started(int(m_targets.size()));
            });
}

} // namespace rd::gui
