// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QComboBox;
class QLabel;

namespace rd::gui {

// The package choice of a view over a monorepo: a combo box (with its label) that lists the
// repository ("" shown as "Whole repository") and the packages of .releasedesk.yml, hidden when
// there are none, and the chosen package, kept across reloads of one project.
class PackagePicker : public QObject
{
    Q_OBJECT

public:
    PackagePicker(QLabel *label, QComboBox *combo, QObject *parent);

    // The package to load; "" for the repository.
    const QString &current() const { return m_current; }
    QStringList names() const;
    // After a load: the names offered and the package that was loaded.
    void show(const QStringList &names, const QString &current);
    // No project: nothing offered, and the choice forgotten when `forget`.
    void clear(bool forget);
    // Picks an offered package as the user would (chosen() follows); false when not offered.
    bool select(const QString &name);

Q_SIGNALS:
    // The user picked another package: the view reloads.
    void chosen();

private:
    QLabel *m_label;
    QComboBox *m_combo;
    QString m_current;
};

} // namespace rd::gui
