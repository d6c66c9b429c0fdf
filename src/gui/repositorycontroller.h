// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"
#include "history/nextversionreport.h"
#include "util/error.h"
#include "util/progress.h"

#include <QObject>
#include <QString>

#include <memory>

namespace rd::gui {

// The repository the window shows, loaded off the GUI thread. open()/reload() start a load in a
// worker (its own git::Repository there); a newer load or cancel() makes older results drop.
class RepositoryController : public QObject
{
    Q_OBJECT

public:
    explicit RepositoryController(QObject *parent = nullptr);
    ~RepositoryController() override;

    const QString &path() const { return m_path; }
    bool isLoading() const { return m_loading; }
    // The last good analysis; empty until one has loaded.
    const std::optional<NextVersionReport> &report() const { return m_report; }
    // The folder the analysis is about (the work tree), once loaded.
    const QString &root() const { return m_root; }
    const QString &tagPattern() const { return m_tagPattern; }
    // The effective configuration, with what was imported from other release tools.
    const ProjectConfig &config() const { return m_config; }

    void open(const QString &path);
    void reload();
    void cancel();

Q_SIGNALS:
    void loadingStarted(const QString &path);
    void progressed(const QString &what, qint64 done);
    void loaded();
    void failed(const rd::Error &error);

private:
    struct Outcome;
    void finish(quint64 generation, const std::shared_ptr<Outcome> &outcome);

    QString m_path;
    QString m_root;
    QString m_tagPattern;
    ProjectConfig m_config;
    bool m_loading = false;
    quint64 m_generation = 0;
    std::shared_ptr<Progress> m_progress;
    std::optional<NextVersionReport> m_report;
};

} // namespace rd::gui
