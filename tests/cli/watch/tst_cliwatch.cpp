// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgedouble.h"
#include "notifyrecorder.h"
#include "scratchrepository.h"

#include "git/library.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using rd::test::ScratchRepository;

namespace {

const QString token = QStringLiteral("ghp_WatchTestTokenNeverPrinted7");

// releasedesk-cli watch running in the background; its output read as it comes.
class Watch
{
public:
    Watch(const QString &directory,
          const QProcessEnvironment &environment,
          const QStringList &arguments)
    {
        m_process.setWorkingDirectory(directory);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(RELEASEDESK_CLI),
                        QStringList{QStringLiteral("watch")} + arguments);
    }
    ~Watch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QByteArray out()
    {
        m_out += m_process.readAllStandardOutput();
        return m_out;
    }
    QByteArray err()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }
    // The JSON lines printed so far.
    QList<QJsonObject> events()
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out().split('\n')) {
            if (!line.trimmed().isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }
    QStringList kinds()
    {
        QStringList names;
        for (const QJsonObject &event : events())
            names.append(event.value(u"event").toString());
        return names;
    }
    int count(const QString &kind) { return int(kinds().count(kind)); }
    // The exit status; -1 when it did not end in `timeoutMs`.
    int finish(int timeoutMs = 30000)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        out();
        err();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    void terminate()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace

class TestCliWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void tagPassesAndNotifiesOncePerChange();
    void aFailedJobExitsFiveWithItsLink();
    void timeoutExitsSix();
    void textLinesWithoutJson();
    void restartMidWatchSendsNoDuplicate();
    void usageErrors();

private:
    QJsonObject run(const QString &ref,
                    const QStringList &states,
                    const QString &workflow = QStringLiteral("CI")) const;
    QProcessEnvironment environment() const;
    std::unique_ptr<Watch> watch(const QStringList &arguments)
    {
        return std::make_unique<Watch>(m_scratch->path(), environment(), arguments);
    }

    git::Library m_library;
    ForgeDouble m_double;
    NotifyRecorder m_recorder;
    std::unique_ptr<ScratchRepository> m_scratch;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_head;
    QList<QByteArray> m_outputs;
};

void TestCliWatch::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    QVERIFY2(m_recorder.isValid(), qPrintable(m_recorder.skipReason()));
    QVERIFY(QFile::exists(QStringLiteral(RELEASEDESK_CLI)));
}

void TestCliWatch::init()
{
    m_double.reset();
    m_recorder.mark();
    m_data = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<ScratchRepository>();
    m_scratch->commit(QStringLiteral("feat: first"),
                      {{QStringLiteral(".releasedesk.yml"),
                        QStringLiteral("forge:\n  type: github\n  api: %1\n  project: octo/app\n")
                                .arg(m_double.url().toString())
                                .toUtf8()}});
    m_head = m_scratch->head().toString();
}

void TestCliWatch::cleanupTestCase()
{
    for (const QByteArray &output : std::as_const(m_outputs))
        QVERIFY2(!output.contains(token.toUtf8()), output.constData());
    QVERIFY2(!m_double.log().contains("SCHEMA MISMATCH"), m_double.log().constData());
}

QProcessEnvironment TestCliWatch::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GITHUB_TOKEN"), token);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_data->filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_recorder.address());
    return environment;
}

QJsonObject TestCliWatch::run(const QString &ref,
                              const QStringList &states,
                              const QString &workflow) const
{
    QJsonObject spec = ForgeDouble::runSpec(m_head,
                                            workflow,
                                            states,
                                            {ForgeDouble::jobSpec(QStringLiteral("build"),
                                                                  ForgeDouble::passing(),
                                                                  40),
                                             ForgeDouble::jobSpec(QStringLiteral("test"),
                                                                  states,
                                                                  20)});
    spec.insert(QStringLiteral("ref"), ref);
    return spec;
}

void TestCliWatch::tagPassesAndNotifiesOncePerChange()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run(QStringLiteral("v1.4.0"), ForgeDouble::passing()),
                      run(QStringLiteral("v1.4.0"),
                          ForgeDouble::passing(),
                          QStringLiteral("Lint"))});
    auto cli = watch({QStringLiteral("--tag"),
                      QStringLiteral("v1.4.0"),
                      QStringLiteral("--json"),
                      QStringLiteral("--notify"),
                      QStringLiteral("--interval"),
                      QStringLiteral("1s")});
    QTRY_VERIFY_WITH_TIMEOUT(cli->count(QStringLiteral("started")) == 2, 20000);
    m_double.advance();
    m_double.advance();
    QCOMPARE(cli->finish(), 0);
    m_outputs << cli->out() << cli->err();
    QCOMPARE(cli->kinds(),
             QStringList({QStringLiteral("started"),
                          QStringLiteral("started"),
                          QStringLiteral("succeeded"),
                          QStringLiteral("succeeded"),
                          QStringLiteral("all-finished")}));
    const QJsonObject all = cli->events().last();
    QCOMPARE(all.value(u"passed").toInt(), 2);
    QCOMPARE(all.value(u"failed").toInt(), 0);
    QCOMPARE(all.value(u"runs").toArray().size(), 2);
    // From the first run's start to the last one's finish: jobs of 40 and 20 s each.
    const int seconds = all.value(u"duration_s").toInt();
    QVERIFY2(seconds >= 60 && seconds <= 80, qPrintable(QString::number(seconds)));
    QCOMPARE(all.value(u"summary").toString(),
             QStringLiteral("v1.4.0: 2 pipelines passed in 1 min %1 s").arg(seconds - 60));
    QCOMPARE(cli->events().first().value(u"run").toObject().value(u"state").toString(),
             QStringLiteral("queued"));

    QVERIFY2(m_recorder.waitForAnswers(5), m_recorder.text().constData());
    const QList<RecordedNotify> calls = m_recorder.calls();
    QCOMPARE(calls.size(), 5);
    QCOMPARE(calls.at(4).summary, all.value(u"summary").toString());
    QCOMPARE(calls.at(4).body, QStringLiteral("octo/app"));
    QCOMPARE(calls.at(2).replacesId, *calls.at(0).returnedId);

    // Watching again after the fact: the result at once, no notification again.
    auto again = watch({QStringLiteral("--tag"),
                        QStringLiteral("v1.4.0"),
                        QStringLiteral("--json"),
                        QStringLiteral("--notify"),
                        QStringLiteral("--interval"),
                        QStringLiteral("1s")});
    QCOMPARE(again->finish(), 0);
    QCOMPARE(again->kinds(), QStringList({QStringLiteral("all-finished")}));
    QTest::qWait(300);
    QCOMPARE(m_recorder.calls().size(), 5);
}

void TestCliWatch::aFailedJobExitsFiveWithItsLink()
{
    const qint64 id = m_double.addRuns(QStringLiteral("github"),
                                       QStringLiteral("octo/app"),
                                       {run(QStringLiteral("main"), ForgeDouble::failing())})
                              .first();
    auto cli = watch({QStringLiteral("--json"),
                      QStringLiteral("--notify"),
                      QStringLiteral("--interval"),
                      QStringLiteral("1s")}); // HEAD's commit
    QTRY_VERIFY_WITH_TIMEOUT(cli->count(QStringLiteral("started")) == 1, 20000);
    m_double.advance();
    m_double.advance();
    QCOMPARE(cli->finish(), 5);
    m_outputs << cli->out() << cli->err();
    QCOMPARE(cli->kinds(),
             QStringList({QStringLiteral("started"),
                          QStringLiteral("failed"),
                          QStringLiteral("all-finished")}));
    const QJsonObject failed = cli->events().at(1);
    const QString jobUrl = m_double.url().toString()
                           + QStringLiteral("/octo/app/actions/runs/%1/job/%2").arg(id).arg(id + 2);
    QCOMPARE(failed.value(u"failed_job").toObject().value(u"name").toString(),
             QStringLiteral("test"));
    QCOMPARE(failed.value(u"failed_job").toObject().value(u"url").toString(), jobUrl);
    QCOMPARE(cli->events().last().value(u"failed").toInt(), 1);
    QVERIFY(cli->events().last().value(u"body").toString().contains(jobUrl));

    QVERIFY(m_recorder.waitForAnswers(3));
    const QList<RecordedNotify> calls = m_recorder.calls();
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(1).summary, QStringLiteral("CI failed on main"));
    QCOMPARE(calls.at(1).urgency, 2);
    QCOMPARE(calls.at(1).icon, QStringLiteral("dialog-error"));
    QCOMPARE(calls.at(1).actions,
             QStringList({QStringLiteral("open"),
                          QStringLiteral("Open run"),
                          QStringLiteral("show"),
                          QStringLiteral("Show")}));
    QCOMPARE(calls.at(2).summary,
             QStringLiteral("%1: 1 of 1 pipeline failed").arg(m_head.left(12)));
    QVERIFY(calls.at(2).body.contains(jobUrl));
}

void TestCliWatch::timeoutExitsSix()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run(QStringLiteral("v9.0.0"), ForgeDouble::passing())});
    auto cli = watch({QStringLiteral("--tag"),
                      QStringLiteral("v9.0.0"),
                      QStringLiteral("--json"),
                      QStringLiteral("--timeout"),
                      QStringLiteral("3s"),
                      QStringLiteral("--interval"),
                      QStringLiteral("1s")});
    QCOMPARE(cli->finish(), 6);
    m_outputs << cli->out() << cli->err();
    QCOMPARE(cli->kinds(), QStringList({QStringLiteral("started"), QStringLiteral("timeout")}));
    QVERIFY(cli->events()
                    .last()
                    .value(u"message")
                    .toString()
                    .contains(QStringLiteral("tag v9.0.0")));
}

void TestCliWatch::textLinesWithoutJson()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run(QStringLiteral("v1.5.0"),
                          {QStringLiteral("queued"),
                           QStringLiteral("running"),
                           QStringLiteral("cancelled")})});
    auto cli = watch({QStringLiteral("--tag"),
                      QStringLiteral("v1.5.0"),
                      QStringLiteral("--interval"),
                      QStringLiteral("1s")});
    QTRY_VERIFY_WITH_TIMEOUT(cli->out().contains("started"), 20000);
    m_double.advance();
    m_double.advance();
    QCOMPARE(cli->finish(), 5);
    m_outputs << cli->out() << cli->err();
    const QList<QByteArray> lines = cli->out().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains("started       CI started on v1.5.0 (octo/app "),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).contains("cancelled     CI cancelled on v1.5.0"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains("all-finished  v1.5.0: 1 of 1 pipeline failed"),
             lines.at(2).constData());
}

void TestCliWatch::restartMidWatchSendsNoDuplicate()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {run(QStringLiteral("v2.0.0"), ForgeDouble::passing())});
    const QStringList arguments{QStringLiteral("--tag"),
                                QStringLiteral("v2.0.0"),
                                QStringLiteral("--json"),
                                QStringLiteral("--notify"),
                                QStringLiteral("--interval"),
                                QStringLiteral("1s")};
    {
        auto first = watch(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(first->count(QStringLiteral("started")) == 1, 20000);
        QVERIFY(m_recorder.waitForAnswers(1));
        m_double.advance(); // running
        QTest::qWait(1500);
        first->terminate(); // the user closes the terminal mid-watch
    }
    auto second = watch(arguments);
    QTest::qWait(1500);
    m_double.advance();
    QCOMPARE(second->finish(), 0);
    m_outputs << second->out() << second->err();
    QCOMPARE(second->kinds(),
             QStringList({QStringLiteral("succeeded"), QStringLiteral("all-finished")}));
    QVERIFY(m_recorder.waitForAnswers(3));
    QTest::qWait(300);
    const QList<RecordedNotify> calls = m_recorder.calls();
    QStringList summaries;
    for (const RecordedNotify &call : calls)
        summaries.append(call.summary);
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0), QStringLiteral("CI started on v2.0.0"));
    QCOMPARE(summaries.at(1), QStringLiteral("CI passed on v2.0.0"));
    QCOMPARE(calls.at(1).replacesId, *calls.at(0).returnedId);
    QVERIFY(calls.at(0).sender != calls.at(1).sender); // two processes
}

void TestCliWatch::usageErrors()
{
    auto badTimeout = watch({QStringLiteral("--timeout"), QStringLiteral("soon")});
    QCOMPARE(badTimeout->finish(), 2);
    QVERIFY2(badTimeout->err().contains(
                     "--timeout takes a duration such as 90s, 15m or 1h30m, not \"soon\""),
             badTimeout->err().constData());
    auto both = watch({QStringLiteral("--ref"),
                       QStringLiteral("main"),
                       QStringLiteral("--tag"),
                       QStringLiteral("v1")});
    QCOMPARE(both->finish(), 2);
    QVERIFY(both->err().contains("give only one of --ref, --sha and --tag"));
    auto badInterval = watch({QStringLiteral("--interval"), QStringLiteral("0s")});
    QCOMPARE(badInterval->finish(), 2);
    QVERIFY(badInterval->err().contains("--interval takes a duration"));
}

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cliwatch.moc"
