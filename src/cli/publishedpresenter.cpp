// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedpresenter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rd::cli {

QJsonArray toJson(const PublishedReport &report)
{
    QJsonArray entries;
    for (const PublishedEntry &entry : report.entries) {
        QJsonObject object{
                {QStringLiteral("registry"), entry.target.typeId()},
                {QStringLiteral("package"),
                 entry.package ? entry.package->target.package : entry.target.package},
                {QStringLiteral("origin"), entry.target.origin},
        };
        if (entry.package) {
            const PublishedPackage &package = *entry.package;
            object.insert(QStringLiteral("exists"), package.exists);
            object.insert(QStringLiteral("latest"),
                          package.latest.isEmpty() ? QJsonValue() : QJsonValue(package.latest));
            object.insert(QStringLiteral("latest_date"),
                          package.latestDate.isValid()
                                  ? QJsonValue(package.latestDate.toString(Qt::ISODate))
                                  : QJsonValue());
            object.insert(QStringLiteral("versions_count"), int(package.versionsCount()));
            object.insert(QStringLiteral("url"), package.url.toString(QUrl::RemoveUserInfo));
            if (!package.digest.isEmpty())
                object.insert(QStringLiteral("digest"), package.digest);
            if (!package.notes.isEmpty())
                object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(package.notes));
        } else {
            object.insert(QStringLiteral("latest"), QJsonValue());
            object.insert(QStringLiteral("versions_count"), QJsonValue());
            object.insert(QStringLiteral("url"), entry.target.url.toString(QUrl::RemoveUserInfo));
            object.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), entry.error->code},
                                      {QStringLiteral("message"), entry.error->message}});
        }
        QJsonArray findings;
        for (const PublishedFinding &finding : entry.findings)
            findings.append(
                    QJsonObject{{QStringLiteral("rule"), PublishedFinding::kindId(finding.kind)},
                                {QStringLiteral("message"), finding.message}});
        object.insert(QStringLiteral("findings"), findings);
        entries.append(object);
    }
    return entries;
}

void printPublished(QTextStream &out, const PublishedReport &report)
{
    if (report.entries.isEmpty())
        return;
    out << '\n' << QCoreApplication::translate("PublishedPresenter", "Published:") << '\n';
    for (const PublishedEntry &entry : report.entries) {
        QString state;
        if (entry.error)
            state = QCoreApplication::translate("PublishedPresenter", "not read: %1")
                            .arg(entry.error->message);
        else if (!entry.package->exists || entry.package->latest.isEmpty())
            state = entry.package->notes.join(QStringLiteral("; "));
        else
            state = QCoreApplication::translate("PublishedPresenter", "%1 (%2), versions: %3")
                            .arg(entry.package->latest,
                                 entry.package->latestDate.isValid()
                                         ? entry.package->latestDate.toString(u"yyyy-MM-dd")
                                         : QCoreApplication::translate("PublishedPresenter",
                                                                       "date unknown"))
                            .arg(entry.package->versionsCount());
        out << QStringLiteral("  %1  %2\n").arg(entry.target.describe(), -28).arg(state);
        for (const PublishedFinding &finding : entry.findings)
            out << QStringLiteral("    ✗ %1\n").arg(finding.message);
    }
}

} // namespace rd::cli
