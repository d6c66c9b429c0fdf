// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd {

// One setting of the effective configuration, as `releasedesk-cli config` lists it.
struct ConfigLeaf
{
    QString keyPath;  // "types.feat.section", "sources.extra[0].file"
    QString value;    // a scalar's text; a list of scalars in flow style: [main, next]
    QString location; // ".releasedesk.yml:3", ".releaserc.json:12"
    bool imported = false;
};

// Every scalar (and list of scalars) under `root`, in document order.
QList<ConfigLeaf> configLeaves(const ConfigValue &root);

// `root` as .releasedesk.yml text; an imported value carries a comment naming its origin
// ("# .releaserc.json:12"), so the written file still says where each setting came from.
QByteArray configToYaml(const ConfigValue &root);

} // namespace rd
