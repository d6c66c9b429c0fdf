// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatedpage.h"

namespace rd::gui {

GatedPage::GatedPage(QWidget *parent)
    : QWizardPage(parent)
{}

void GatedPage::setComplete(bool complete)
{
    if (complete == m_complete)
        return;
    m_complete = complete;
    Q_EMIT completeChanged();
}

} // namespace rd::gui
