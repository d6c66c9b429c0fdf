// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace rd::test {

// A D-Bus session bus of the test's own with gnome-keyring on it, its login keyring created and
// unlocked, so the user's real keychain is never touched. start() also points this process's
// DBUS_SESSION_BUS_ADDRESS at it, so the processes the test starts use it too. stop() (or the
// destructor) ends both daemons, after KeychainProvider::shutdown().
class PrivateKeyring
{
public:
    PrivateKeyring() = default;
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    // True once the Secret Service answers; otherwise `error` says what did not start.
    bool start(QString *error);
    void stop();
    QString busAddress() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

} // namespace rd::test
