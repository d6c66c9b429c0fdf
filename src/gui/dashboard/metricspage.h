// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "metricsload.h"
#include "projectview.h"

#include "metrics/deliverymetrics.h"
#include "metrics/metricsseries.h"
#include "metrics/pipelinehealth.h"

#include <QDate>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QPushButton;

namespace rd::gui {

class PackagePicker;

// "Metrics": the DORA keys of the repository (or a package) over a window, computed off the
// GUI thread from its tags and commits, as charts with each definition beside its figure.
// Hovering a bar or point shows its value and count; clicking it opens the releases, commits
// or failures behind it. Exports the charts as PNG and the deployments as CSV.
class MetricsPage : public ProjectView
{
    Q_OBJECT

public:
    enum class Chart { Deployments, LeadTime, FailureRate, Restore, Pipelines };

    explicit MetricsPage(QWidget *parent = nullptr);
    ~MetricsPage() override;

    void setProject(const QString &root) override;
    void clearProject() override;

    // The window: the last `days` days up to HEAD's commit date (0: the whole history), or
    // from `since` to `until` (both included). Both reload.
    void setLastDays(int days);
    void setWindow(const QDate &since, const QDate &until);

    // For tests and the window: what the user sees.
    bool isLoading() const { return m_task.isRunning(); }
    const DeliveryMetrics *metrics() const { return m_metrics.get(); }
    QString figureText(Chart chart) const;
    QString messageText() const;
    QString pipelineText() const; // the pipeline health's figure
    // Pipeline health per workflow: from the runs the watches recorded in the history database
    // for this repository's forge (read with the metrics), or from the newest runs fetched from
    // the forge by fetchRuns(). Null when there are none.
    const PipelineHealth *pipelineHealth() const
    {
        return m_health.health ? &*m_health.health : nullptr;
    }
    // "Fetch CI Runs": the newest `limit` runs of the forge with their jobs, off the GUI thread;
    // the metrics are then computed again with them (pipeline health, the failed-deploy rule).
    void fetchRuns(int limit = 100);
    bool isFetching() const { return m_fetch.isRunning(); }
    QChartView *chartView(Chart chart) const;
    // The points of a chart (bars, or points of the series), what hovering one shows, and the
    // rows the dialog opened by a click on it lists.
    int pointCount(Chart chart) const;
    QString hoverText(Chart chart, int index) const;
    QList<QStringList> itemsAt(Chart chart, int index) const;
    // Opens the dialog of the items behind a point, as a click does.
    void openItems(Chart chart, int index);
    QDialog *itemsDialog() const { return m_dialog; }
    // Writes the charts as a PNG image, the deployments as CSV (a file is written whole or not
    // at all).
    Status exportPng(const QString &path) const;
    Status exportCsv(const QString &path) const;

private:
    void reload();
    void display(std::unique_ptr<DeliveryMetrics> metrics);
    void showEmpty(const QString &message);
    void fillDeployments();
    void fillLeadTime();
    void fillFailureRate();
    void fillRestore();
    void fillPipelines();
    void applyTheme();
    void hovered(Chart chart, int index, bool state);
    void chooseExport(bool png);
    void windowChosen(int row);
    // Deployments with lead times, failures restored: the points of the line and scatter charts.
    QList<qsizetype> leadPoints() const;
    QList<qsizetype> restorePoints() const;

    QString m_root;
    PackagePicker *m_packages;
    QComboBox *m_window;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QLabel *m_packageLabel;
    QComboBox *m_package;
    QPushButton *m_exportPng;
    QPushButton *m_exportCsv;
    QLabel *m_message;
    QWidget *m_content;
    QList<QLabel *> m_figures;   // by Chart
    QList<QChartView *> m_views; // by Chart
    QPushButton *m_fetchRuns;
    // Runs fetched from the forge (Fetch CI Runs): used instead of the recorded ones until
    // another repository is opened.
    std::optional<RunsSource> m_fetched;
    HealthLoaded m_health;  // as the last load found it
    QString m_fetchProblem; // why the last Fetch CI Runs fetched nothing
    QDialog *m_dialog = nullptr;
    std::unique_ptr<DeliveryMetrics> m_metrics;
    QList<MetricsBucket> m_buckets;
    int m_bucketDays = 7;
    // busyChanged() with whether a load or a fetch still runs.
    void announceBusy();

    LatestTask m_task;
    LatestTask m_fetch;
};

} // namespace rd::gui
