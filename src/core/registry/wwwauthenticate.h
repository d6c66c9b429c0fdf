// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace rd {

// One challenge of a WWW-Authenticate header (RFC 7235): its scheme and parameters, e.g.
//   Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull"
// A header may hold several challenges ("Basic realm=x, Bearer realm=y"). Parameter names are
// lower-cased (they are case-insensitive); quoted values are unescaped.
struct AuthChallenge
{
    QString scheme; // as sent ("Bearer"); compare case-insensitively
    QMap<QString, QString> params;
    QString token68; // the rare "Scheme token68" form

    bool isScheme(QStringView name) const { return scheme.compare(name, Qt::CaseInsensitive) == 0; }
    QString param(const QString &name) const { return params.value(name); }

    // Every challenge in the header's value. Malformed parts end the parse: what was read
    // before them is kept, nothing is invented (never throws, never reads past the end).
    static QList<AuthChallenge> parse(QByteArrayView header);
};

} // namespace rd
