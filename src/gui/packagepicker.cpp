// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagepicker.h"

#include <QComboBox>
#include <QLabel>

namespace rd::gui {

PackagePicker::PackagePicker(QLabel *label, QComboBox *combo, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_combo(combo)
{
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        m_current = m_combo->itemData(index).toString();
        Q_EMIT chosen();
    });
}

QStringList PackagePicker::names() const
{
    QStringList names;
    for (int i = 0; i < m_combo->count(); ++i)
        names.append(m_combo->itemData(i).toString());
    return names;
}

void PackagePicker::show(const QStringList &names, const QString &current)
{
    m_combo->clear();
    for (const QString &name : names)
        m_combo->addItem(name.isEmpty() ? tr("Whole repository") : name, name);
    m_combo->setCurrentIndex(int(names.indexOf(current)));
    const bool monorepo = names.size() > 1;
    m_label->setVisible(monorepo);
    m_combo->setVisible(monorepo);
    m_current = current;
}

void PackagePicker::clear(bool forget)
{
    m_combo->clear();
    m_label->hide();
    m_combo->hide();
    if (forget)
        m_current.clear();
}

bool PackagePicker::select(const QString &name)
{
    const int index = m_combo->findData(name);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    m_current = name;
    Q_EMIT chosen();
    return true;
}

} // namespace rd::gui
