// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorycontroller.h"

#include "workpool.h"

#include "project/project.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rd::gui {

namespace {

// Forwards core progress to the controller's thread through queued signals.
class SignalProgress : public Progress
{
public:
    explicit SignalProgress(RepositoryController *controller)
        : m_controller(controller)
    {}
    void report(qint64 done, qint64, const QString &what) override
    {
        QMetaObject::invokeMethod(
                m_controller.data(),
                [controller = m_controller, what, done] {
                    if (controller)
                        Q_EMIT controller->progressed(what, done);
                },
                Qt::QueuedConnection);
    }

private:
    QPointer<RepositoryController> m_controller;
};

} // namespace

struct RepositoryController::Outcome
{
    Result<NextVersionReport> report = fail(rd::errc::cancelled, QString());
    QString root;
    QString tagPattern;
    ProjectConfig config;
};

RepositoryController::RepositoryController(QObject *parent)
    : QObject(parent)
{}

RepositoryController::~RepositoryController()
{
    cancel();
}

void RepositoryController::open(const QString &path)
{
    m_path = path;
    reload();
}

void RepositoryController::reload()
{
    if (m_path.isEmpty())
        return;
    cancel();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_progress = std::make_shared<SignalProgress>(this);
    Q_EMIT loadingStarted(m_path);

    const QString path = m_path;
    std::shared_ptr<Progress> progress = m_progress;
    QtConcurrent::run(workPool(), [path, progress] {
        auto outcome = std::make_shared<Outcome>();
        auto project = Project::open(path);
        if (!project) {
            outcome->report = std::unexpected(project.error());
            return outcome;
        }
        outcome->root = project->root();
        outcome->tagPattern = project->settings().tagPattern.pattern();
        outcome->config = project->settings().config;
        outcome->report = analyzeNextVersion(project->repository(),
                                             project->settings(),
                                             {},
                                             progress.get());
        return outcome;
    }).then(this, [this, generation](std::shared_ptr<Outcome> outcome) {
        finish(generation, outcome);
    });
}

void RepositoryController::cancel()
{
    if (m_progress)
        m_progress->cancel();
    if (m_loading) {
        ++m_generation; // the running load's result is dropped when it arrives
        m_loading = false;
    }
}

void RepositoryController::finish(quint64 generation, const std::shared_ptr<Outcome> &outcome)
{
    if (generation != m_generation)
        return; // superseded or cancelled
    m_loading = false;
    m_progress.reset();
    if (!outcome->report) {
        Q_EMIT failed(outcome->report.error());
        return;
    }
    m_root = outcome->root;
    m_tagPattern = outcome->tagPattern;
    m_config = outcome->config;
    m_report = std::move(*outcome->report);
    Q_EMIT loaded();
}

} // namespace rd::gui
