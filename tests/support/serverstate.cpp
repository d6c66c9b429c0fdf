// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstate.h"

#include <QFile>

namespace rd::test {

QString serverStateFile(const char *variable, const QString &name)
{
    const QString folder = qEnvironmentVariable(variable);
    if (folder.isEmpty())
        return {};
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace rd::test
