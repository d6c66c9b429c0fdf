// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgedouble.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

} // namespace

ForgeDouble::ForgeDouble()
    : m_state(qEnvironmentVariable("RELEASEDESK_TEST_FORGE"))
{
    if (m_state.isEmpty())
        return;
    m_url = QUrl(QString::fromUtf8(readFile(m_state + QStringLiteral("/url"))));
    m_tlsUrl = QUrl(QString::fromUtf8(readFile(m_state + QStringLiteral("/tls-url"))));
    if (m_url.isEmpty())
        m_url = QUrl();
}

QString ForgeDouble::skipReason() const
{
    return QStringLiteral("the forge double is not running (RELEASEDESK_TEST_FORGE=%1); run the "
                          "test through ctest, which starts it")
            .arg(m_state);
}

QByteArray ForgeDouble::log() const
{
    return readFile(m_state + QStringLiteral("/server.log"));
}

QJsonObject ForgeDouble::control(const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QUrl url = m_url;
    url.setPath(QStringLiteral("/_control/") + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = path == u"requests" || path == u"stats"
                                   ? manager.get(request)
                                   : manager.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("forge double control %s failed: %s %s",
                 qPrintable(path),
                 qPrintable(reply->errorString()),
                 answer.constData());
    delete reply;
    return QJsonDocument::fromJson(answer).object();
}

QJsonObject ForgeDouble::runSpec(const QString &sha,
                                 const QString &workflow,
                                 const QStringList &states,
                                 const QJsonArray &jobs)
{
    return {{QStringLiteral("workflow"), workflow},
            {QStringLiteral("ref"), QStringLiteral("main")},
            {QStringLiteral("sha"), sha},
            {QStringLiteral("states"), QJsonArray::fromStringList(states)},
            {QStringLiteral("jobs"), jobs}};
}

QJsonObject ForgeDouble::jobSpec(const QString &name, const QStringList &states, int duration)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("states"), QJsonArray::fromStringList(states)},
            {QStringLiteral("duration"), duration}};
}

QStringList ForgeDouble::passing()
{
    return {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("success")};
}

QStringList ForgeDouble::failing()
{
    return {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("failure")};
}

void ForgeDouble::reset()
{
    control(QStringLiteral("reset"));
}

QList<qint64> ForgeDouble::addRuns(const QString &forge,
                                   const QString &project,
                                   const QJsonArray &runs)
{
    const QJsonObject answer = control(QStringLiteral("runs"),
                                       {{QStringLiteral("forge"), forge},
                                        {QStringLiteral("project"), project},
                                        {QStringLiteral("runs"), runs}});
    QList<qint64> ids;
    for (const QJsonValue &id : answer.value(u"ids").toArray())
        ids.append(id.toInteger());
    return ids;
}

void ForgeDouble::advance()
{
    control(QStringLiteral("advance"));
}

void ForgeDouble::fault(const QJsonObject &fault)
{
    control(QStringLiteral("fault"), fault);
}

void ForgeDouble::setRateRemaining(int remaining)
{
    control(QStringLiteral("rate"), {{QStringLiteral("remaining"), remaining}});
}

void ForgeDouble::setUsers(const QJsonObject &tokens)
{
    control(QStringLiteral("users"), {{QStringLiteral("tokens"), tokens}});
}

QJsonObject ForgeDouble::stats()
{
    return control(QStringLiteral("stats"));
}

QJsonArray ForgeDouble::requests()
{
    return control(QStringLiteral("requests")).value(u"requests").toArray();
}

void ForgeDouble::releaseSwitch(const QJsonObject &change)
{
    control(QStringLiteral("release-switch"), change);
}

QJsonArray ForgeDouble::releaseState(const QString &project)
{
    return control(QStringLiteral("release-state"), {{QStringLiteral("project"), project}})
            .value(u"releases")
            .toArray();
}

QJsonObject ForgeDouble::gitlabState(const QString &project)
{
    return control(QStringLiteral("gitlab-state"), {{QStringLiteral("project"), project}});
}
