// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentband.h"

#include <QCoreApplication>

namespace rd {

QString bandName(DeploymentBand band)
{
    switch (band) {
    case DeploymentBand::OnDemand:
        return QStringLiteral("on-demand");
    case DeploymentBand::Daily:
        return QStringLiteral("daily");
    case DeploymentBand::Weekly:
        return QStringLiteral("weekly");
    case DeploymentBand::Monthly:
        return QStringLiteral("monthly");
    case DeploymentBand::FewerThanMonthly:
        break;
    }
    return QStringLiteral("fewer-than-monthly");
}

QString bandTitle(DeploymentBand band)
{
    switch (band) {
    case DeploymentBand::OnDemand:
        return QCoreApplication::translate("rd::DeploymentBand", "on demand");
    case DeploymentBand::Daily:
        return QCoreApplication::translate("rd::DeploymentBand", "daily");
    case DeploymentBand::Weekly:
        return QCoreApplication::translate("rd::DeploymentBand", "weekly");
    case DeploymentBand::Monthly:
        return QCoreApplication::translate("rd::DeploymentBand", "monthly");
    case DeploymentBand::FewerThanMonthly:
        break;
    }
    return QCoreApplication::translate("rd::DeploymentBand", "fewer than monthly");
}

BandVerdict bandFor(double perWeek)
{
    const auto rule = [](const char *text) {
        return QCoreApplication::translate("rd::DeploymentBand", text);
    };
    if (perWeek > 7)
        return {DeploymentBand::OnDemand,
                rule(QT_TRANSLATE_NOOP("rd::DeploymentBand",
                                       "more than 7 deployments a week (more than one a day)"))};
    if (perWeek >= 1)
        return {DeploymentBand::Daily,
                rule(QT_TRANSLATE_NOOP("rd::DeploymentBand",
                                       "1 to 7 deployments a week (between once a week and "
                                       "once a day)"))};
    if (perWeek >= 12.0 / 52.0)
        return {DeploymentBand::Weekly,
                rule(QT_TRANSLATE_NOOP("rd::DeploymentBand",
                                       "12/52 to 1 deployment a week (between once a month and "
                                       "once a week)"))};
    if (perWeek >= 2.0 / 52.0)
        return {DeploymentBand::Monthly,
                rule(QT_TRANSLATE_NOOP("rd::DeploymentBand",
                                       "2/52 to 12/52 deployments a week (between twice a year "
                                       "and once a month)"))};
    return {DeploymentBand::FewerThanMonthly,
            rule(QT_TRANSLATE_NOOP("rd::DeploymentBand",
                                   "fewer than 2/52 deployments a week (less than twice a "
                                   "year)"))};
}

} // namespace rd
