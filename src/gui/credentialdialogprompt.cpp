// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialdialogprompt.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QThread>

namespace rd::gui {

CredentialDialogPrompt::CredentialDialogPrompt(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{}

std::optional<Credential> CredentialDialogPrompt::ask(const CredentialRequest &request,
                                                      QString *reason)
{
    std::optional<Credential> answer;
    if (QThread::currentThread() == thread())
        answer = askHere(request);
    else
        QMetaObject::invokeMethod(
                this,
                [this, &answer, request] { answer = askHere(request); },
                Qt::BlockingQueuedConnection);
    if (!answer && reason)
        *reason = tr("you cancelled the sign-in");
    return answer;
}

std::optional<Credential> CredentialDialogPrompt::askHere(const CredentialRequest &request)
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Sign In"));
    auto *layout = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("%1 asks who you are to push the release.")
                                     .arg(request.origin().toHtmlEscaped()),
                             &dialog);
    intro->setWordWrap(true);
    layout->addRow(intro);
    auto *user = new QLineEdit(request.username, &dialog);
    layout->addRow(tr("&User name:"), user);
    auto *secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("&Password or token:"), secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    (request.username.isEmpty() ? user : secret)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Credential{user->text(), secret->text(), QStringLiteral("prompt")};
}

} // namespace rd::gui
