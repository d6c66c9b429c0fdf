// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace rd::gui {

// A wizard page whose Next/Finish button the wizard opens and closes (checks done, a version
// that parses, a plan that may run), instead of through mandatory fields.
class GatedPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit GatedPage(QWidget *parent = nullptr);
    bool isComplete() const override { return m_complete; }
    void setComplete(bool complete);

private:
    bool m_complete = false;
};

} // namespace rd::gui
