// SPDX-License-Identifier: GPL-3.0-or-later
#include "credential.h"

#include <QRegularExpression>
#include <QUrl>

namespace rd {

CredentialRequest CredentialRequest::fromUrl(const QString &url)
{
    CredentialRequest request;
    // scp-like syntax: [user@]host:path, which git treats as ssh.
    static const QRegularExpression scpLike(QStringLiteral("^(?:([^@/]+)@)?([^:/]+):(?!//)(.*)$"));
    if (!url.contains(QLatin1String("://"))) {
        const auto match = scpLike.match(url);
        if (match.hasMatch()) {
            request.protocol = QStringLiteral("ssh");
            request.username = match.captured(1);
            request.host = match.captured(2);
            request.path = match.captured(3);
            return request;
        }
    }
    const QUrl parsed(url);
    request.protocol = parsed.scheme().toLower();
    if (request.protocol == u"git+ssh" || request.protocol == u"ssh+git")
        request.protocol = QStringLiteral("ssh");
    request.host = parsed.host();
    if (parsed.port() > 0)
        request.host += u':' + QString::number(parsed.port());
    request.username = parsed.userName();
    request.path = parsed.path();
    if (request.path.startsWith(u'/'))
        request.path.remove(0, 1);
    return request;
}

} // namespace rd
