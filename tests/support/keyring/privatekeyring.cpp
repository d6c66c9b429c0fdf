// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatekeyring.h"

#include "credentials/keychainprovider.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace rd::test {

PrivateKeyring::~PrivateKeyring()
{
    stop();
}

bool PrivateKeyring::start(QString *error)
{
    // Its configuration has no service folders: the standard session bus would start another
    // gnome-keyring by D-Bus activation (with the real HOME) if a call came before ours
    // registered.
    const QByteArray busConfig
            = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
              "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
              "<busconfig><type>session</type><listen>unix:tmpdir="
              + m_dir.path().toUtf8()
              + "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                "<allow own=\"*\"/></policy></busconfig>\n";
    const QString busConfigFile = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile config(busConfigFile);
    if (!m_dir.isValid() || !config.open(QIODevice::WriteOnly) || config.write(busConfig) < 0) {
        *error = QStringLiteral("cannot write the bus configuration");
        return false;
    }
    config.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + busConfigFile,
                 QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(10000) || !m_bus.waitForReadyRead(10000)) {
        *error = QStringLiteral(
                "dbus-daemon cannot start (package dbus; scripts/deps installs it)");
        return false;
    }
    m_address = QString::fromUtf8(m_bus.readLine().trimmed());
    if (m_address.isEmpty()) {
        *error = QStringLiteral("dbus-daemon printed no address");
        return false;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
    for (const char *folder : {"home", "data", "run"})
        QDir().mkpath(m_dir.filePath(QString::fromLatin1(folder)));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_keyring.setProcessEnvironment(environment);
    // --unlock reads the login keyring's password from stdin and creates that keyring, which
    // becomes the default collection qtkeychain writes to. Under `timeout`, so a crashed test
    // cannot leave the daemon running for good.
    m_keyring.start(QStringLiteral("timeout"),
                    {QStringLiteral("300"),
                     QStringLiteral("gnome-keyring-daemon"),
                     QStringLiteral("--foreground"),
                     QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000)) {
        *error = QStringLiteral(
                "gnome-keyring-daemon cannot start (package gnome-keyring; scripts/deps installs "
                "it)");
        return false;
    }
    m_keyring.write("test-login-password");
    m_keyring.closeWriteChannel();

    // Wait for the Secret Service to answer.
    KeychainProvider keychain(QStringLiteral("ReleaseDesk-test"), 3000);
    Status ready = fail(u"test", QStringLiteral("not tried"));
    for (int attempt = 0; attempt < 20 && !ready; ++attempt) {
        ready = keychain.store(QStringLiteral("probe://localhost"),
                               QStringLiteral("u"),
                               QStringLiteral("p"));
        if (!ready)
            QTest::qWait(250);
    }
    if (!ready) {
        *error = QStringLiteral("the keyring never answered: ") + ready.error().toString() + u' '
                 + QString::fromUtf8(m_keyring.readAllStandardError());
        return false;
    }
    return true;
}

void PrivateKeyring::stop()
{
    if (m_bus.state() == QProcess::NotRunning && m_keyring.state() == QProcess::NotRunning)
        return;
    // Before the bus goes: a session bus connection that sees it close ends the process.
    KeychainProvider::shutdown();
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished();
        }
    }
}

} // namespace rd::test
