// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsload.h"

#include "historystore.h"
#include "metricspage.h"
#include "stopprogress.h"

#include "forge/forgeconnection.h"
#include "history/releasehistory.h"
#include "project/project.h"
#include "store/runhistory.h"
#include "store/store.h"

namespace rd::gui {

namespace {

// The runs the watches recorded in the history database for the repository's forge.
RunsSource storedRuns(const Project &project)
{
    RunsSource found;
    auto location = ForgeConnection::locate(project.repository(),
                                            project.settings().config,
                                            QStringLiteral("origin"));
    if (!location) {
        found.note = location.error().is(errc::forgeUnknown)
                             ? MetricsPage::tr("no GitHub or GitLab forge is known for this "
                                               "repository (a forge: section in "
                                               ".releasedesk.yml, or the remote's address)")
                             : location.error().toString();
        return found;
    }
    store::Store &store = historyStore();
    const store::RunHistory history(store);
    auto id = history.findRepository(*location);
    Result<QList<PipelineRun>> runs = QList<PipelineRun>();
    if (id && *id)
        runs = history.recentRuns(**id, 1000);
    store.releaseThreadConnection();
    if (!id || !runs) {
        found.note = !id ? id.error().toString() : runs.error().toString();
        return found;
    }
    if (runs->isEmpty()) {
        found.note = MetricsPage::tr("no run of %1 is in the history database yet: watch the "
                                     "repository, or fetch its runs")
                             .arg(location->describe());
        return found;
    }
    found.source = MetricsPage::tr("the %n runs of %1 the watches recorded",
                                   nullptr,
                                   int(runs->size()))
                           .arg(location->describe());
    found.runs = std::move(*runs);
    return found;
}

// loadMetrics()'s work; the packages and the health go into `loaded`.
Result<DeliveryMetrics> metricsOf(const QString &root,
                                  const QString &packageName,
                                  MetricsOptions options,
                                  const std::optional<RunsSource> &fetched,
                                  MetricsLoaded &loaded,
                                  const std::atomic_bool &stop)
{
    // A repository per task: git::Repository is used on one thread at a time.
    auto project = Project::open(root);
    if (!project)
        return std::unexpected(project.error());
    auto selection = Package::select(project->settings(), packageName);
    if (!selection)
        return std::unexpected(selection.error());
    loaded.packages = selection->names;
    loaded.package = selection->package.name;
    // A bad deploy-workflows: value takes the failed-deploy rule out, said in its note; the
    // other figures stand.
    auto deploy = deployWorkflowsOf(project->settings().config);
    const RunsSource runs = fetched ? *fetched : storedRuns(*project);
    if (deploy) {
        options.deployWorkflows = *deploy;
    } else {
        options.failedDeployRule = false;
        loaded.health.configProblem = deploy.error().toString();
    }
    options.runs = runs.runs;
    StopProgress progress(stop);
    auto history = ReleaseHistory::open(project->repository(),
                                        project->settings(),
                                        selection->package,
                                        &progress);
    if (!history)
        return std::unexpected(history.error());
    auto metrics = DeliveryMetrics::compute(project->repository(), *history, options, &progress);
    if (!metrics)
        return metrics;
    loaded.health.note = runs.note;
    if (runs.runs) {
        PipelineHealth of = PipelineHealth::of(*runs.runs,
                                               PipelineHealth::defaultBranchOf(
                                                       project->repository()),
                                               &metrics->window);
        if (of.noData.isEmpty()) {
            loaded.health.health = std::move(of);
            loaded.health.source = runs.source;
        } else {
            loaded.health.note = of.noData;
        }
    }
    return metrics;
}

} // namespace

MetricsLoaded loadMetrics(const QString &root,
                          const QString &packageName,
                          MetricsOptions options,
                          const std::optional<RunsSource> &fetched,
                          const std::atomic_bool &stop)
{
    MetricsLoaded loaded{std::unexpected(Error{}), {}, {}, {}};
    loaded.metrics = metricsOf(root, packageName, options, fetched, loaded, stop);
    return loaded;
}

// The newest `limit` runs of the forge, with their jobs.
RunsSource fetchedRuns(const QString &root, int limit, const std::atomic_bool &stop)
{
    RunsSource found;
    auto project = Project::open(root);
    if (!project) {
        found.note = project.error().toString();
        return found;
    }
    auto connection = ForgeConnection::open(project->repository(), project->settings().config, {});
    if (!connection) {
        found.note = connection.error().toString();
        return found;
    }
    (*connection)->client().setCancelFlag(&stop);
    auto runs = (*connection)->forge().runsWithJobs({RunFilter::Kind::Any, {}, limit});
    if (!runs) {
        found.note = runs.error().toString();
        return found;
    }
    found.source = MetricsPage::tr("the newest %n runs fetched from %1", nullptr, int(runs->size()))
                           .arg((*connection)->location().describe());
    found.runs = std::move(*runs);
    return found;
}

} // namespace rd::gui
