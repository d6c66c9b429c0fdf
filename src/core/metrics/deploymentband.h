// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd {

// The DORA deployment-frequency bands.
enum class DeploymentBand { OnDemand, Daily, Weekly, Monthly, FewerThanMonthly };

// "on-demand", "daily", "weekly", "monthly", "fewer-than-monthly": stable, for JSON and CSV.
QString bandName(DeploymentBand band);
// The band's name for people ("on demand", ...), translated.
QString bandTitle(DeploymentBand band);

// The band of a rate of deployments per week, by the average rate over the window:
//   on demand           more than 7 a week (more than one a day)
//   daily               1 to 7 a week (between once a week and once a day)
//   weekly              12/52 to 1 a week (between once a month and once a week)
//   monthly             2/52 to 12/52 a week (between twice a year and once a month)
//   fewer than monthly  below (less than twice a year)
struct BandVerdict
{
    DeploymentBand band = DeploymentBand::FewerThanMonthly;
    QString rule; // the threshold that decided it, in words
};
BandVerdict bandFor(double perWeek);

} // namespace rd
