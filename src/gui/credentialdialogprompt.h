// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprompt.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace rd::gui {

// Asks for a user name and password (or token) in a dialog when the keychain and git's
// credential helpers have none. ask() is called on the release thread and waits there while
// the dialog runs on the GUI thread.
class CredentialDialogPrompt : public QObject, public CredentialPrompt
{
    Q_OBJECT

public:
    explicit CredentialDialogPrompt(QWidget *parent);
    std::optional<Credential> ask(const CredentialRequest &request, QString *reason) override;

private:
    std::optional<Credential> askHere(const CredentialRequest &request);

    QPointer<QWidget> m_parent;
};

} // namespace rd::gui
