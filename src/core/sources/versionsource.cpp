// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionsource.h"

namespace rd {

QString VersionSource::id() const
{
    if (role == SourceRole::Tag)
        return QStringLiteral("tag");
    return key.isEmpty() ? path : path + u'#' + key;
}

bool isPlaceholderVersion(QStringView text)
{
    return text == u"0.0.0-development" || text == u"0.0.0-semantic-release";
}

QString toString(SourceRole role)
{
    switch (role) {
    case SourceRole::Project:
        return QStringLiteral("project");
    case SourceRole::App:
        return QStringLiteral("app");
    case SourceRole::Chart:
        return QStringLiteral("chart");
    case SourceRole::Changelog:
        return QStringLiteral("changelog");
    case SourceRole::Tag:
        return QStringLiteral("tag");
    }
    return {};
}

} // namespace rd
