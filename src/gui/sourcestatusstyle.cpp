// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestatusstyle.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>

namespace rd::gui {

QString statusText(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Agrees:
        return QCoreApplication::translate("rd::gui::SourceStatus", "agrees");
    case SourceStatus::Behind:
        return QCoreApplication::translate("rd::gui::SourceStatus", "behind");
    case SourceStatus::Ahead:
        return QCoreApplication::translate("rd::gui::SourceStatus", "ahead");
    case SourceStatus::Unparseable:
        return QCoreApplication::translate("rd::gui::SourceStatus", "unparseable");
    case SourceStatus::Dynamic:
        return QCoreApplication::translate("rd::gui::SourceStatus", "dynamic");
    case SourceStatus::Missing:
        return QCoreApplication::translate("rd::gui::SourceStatus", "missing");
    }
    return {};
}

QString statusDescription(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Agrees:
        return QCoreApplication::translate("rd::gui::SourceStatus", "Says the reference version.");
    case SourceStatus::Behind:
        return QCoreApplication::translate("rd::gui::SourceStatus",
                                           "Older than the reference version.");
    case SourceStatus::Ahead:
        return QCoreApplication::translate("rd::gui::SourceStatus",
                                           "Newer than the reference version.");
    case SourceStatus::Unparseable:
        return QCoreApplication::translate("rd::gui::SourceStatus",
                                           "Not a version in the file's scheme.");
    case SourceStatus::Dynamic:
        return QCoreApplication::translate("rd::gui::SourceStatus",
                                           "Computed elsewhere when the project builds.");
    case SourceStatus::Missing:
        return QCoreApplication::translate("rd::gui::SourceStatus",
                                           "A configured source whose file or key is absent.");
    }
    return {};
}

QColor statusColor(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Agrees:
        return QColor(0x2e, 0x7d, 0x32);
    case SourceStatus::Behind:
        return QColor(0xc6, 0x28, 0x28);
    case SourceStatus::Ahead:
        return QColor(0xe6, 0x51, 0x00);
    case SourceStatus::Unparseable:
        return QColor(0x6a, 0x1b, 0x9a);
    case SourceStatus::Dynamic:
        return QColor(0x54, 0x6e, 0x7a);
    case SourceStatus::Missing:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

QColor statusBackground(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Agrees:
        return {};
    case SourceStatus::Behind:
        return QColor(0xfd, 0xe0, 0xe0);
    case SourceStatus::Ahead:
        return QColor(0xff, 0xe9, 0xd2);
    case SourceStatus::Unparseable:
        return QColor(0xf0, 0xe2, 0xf7);
    case SourceStatus::Dynamic:
        return QColor(0xe8, 0xee, 0xf1);
    case SourceStatus::Missing:
        return QColor(0xee, 0xee, 0xee);
    }
    return {};
}

QWidget *createStatusLegend(QWidget *parent)
{
    auto *legend = new QWidget(parent);
    legend->setObjectName(QStringLiteral("statusLegend"));
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    for (SourceStatus status : {SourceStatus::Agrees,
                                SourceStatus::Behind,
                                SourceStatus::Ahead,
                                SourceStatus::Unparseable,
                                SourceStatus::Dynamic,
                                SourceStatus::Missing}) {
        const QColor background = statusBackground(status).isValid() ? statusBackground(status)
                                                                     : QColor(Qt::white);
        auto *chip = new QLabel(statusText(status), legend);
        chip->setToolTip(statusDescription(status));
        chip->setStyleSheet(
                QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %2;"
                               " border-radius: 3px; padding: 1px 6px; }")
                        .arg(background.name(), statusColor(status).name()));
        layout->addWidget(chip);
    }
    layout->addStretch(1);
    return legend;
}

} // namespace rd::gui
