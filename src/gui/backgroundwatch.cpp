// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwatch.h"

#include "historystore.h"
#include "watchsession.h"
#include "watchsettingsdialog.h"

#include "forge/forgetoken.h"
#include "store/runhistory.h"
#include "store/store.h"
#include "watch/watchplan.h"

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
    const watch::WatchScope scope = WatchSettingsDialog::watchScope();
    m_find.run(
            this,
            [scope](const std::atomic_bool &) -> Found {
                store::Store &store = historyStore();
                watch::WatchPlanOptions options;
                options.scope = scope;
                // No git repository here: the environment and the keychain give the tokens.
                auto targets = watch::plannedTargets(
                        store::RunHistory(store), options, [](const ForgeLocation &location) {
                            return ForgeToken::find(location,
                                                    ForgeToken::standardSources(location, nullptr))
                                    .secret;
                        });
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
