// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd::gui {

// "Using semantic-release's configuration (.releaserc.json)" above the Next Release view, with
// a Details button opening the provenance of every setting and what was not imported. Hidden
// when no other tool's configuration was found.
class ConfigSourceBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigSourceBanner(QWidget *parent = nullptr);

    void showConfig(const ProjectConfig &config);

    // For tests: the sentence shown, and the details dialog (created on demand).
    QString text() const;
    QWidget *openDetails();

private:
    QLabel *m_label;
    QPushButton *m_details;
    ProjectConfig m_config;
};

} // namespace rd::gui
