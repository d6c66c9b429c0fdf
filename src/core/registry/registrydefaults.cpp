// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrydefaults.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace rd::RegistryDefaults {

namespace {

// The first line a program prints, or empty when it is missing, fails or takes too long.
QString firstLineOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return {};
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).section(u'\n', 0, 0).trimmed();
}

// An http(s) address with a host, else an empty one.
QUrl address(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty())
        return {};
    return url;
}

} // namespace

QString overrideVariable(RegistryTarget::Type type)
{
    switch (type) {
    case RegistryTarget::Type::Npm:
        return QStringLiteral("RELEASEDESK_REGISTRY_URL_NPM");
    case RegistryTarget::Type::PyPI:
        return QStringLiteral("RELEASEDESK_REGISTRY_URL_PYPI");
    case RegistryTarget::Type::Crates:
        return QStringLiteral("RELEASEDESK_REGISTRY_URL_CRATES");
    default:
        return {};
    }
}

QUrl url(RegistryTarget::Type type)
{
    const QString variable = overrideVariable(type);
    if (variable.isEmpty())
        return {}; // OCI: the image names its registry; forge releases: the forge's API
    if (const QByteArray overridden = qgetenv(qPrintable(variable)); !overridden.isEmpty())
        return address(QString::fromUtf8(overridden));
    // ReleaseDesk writes no registry's address of its own: the ecosystem's tool knows its
    // registry, with the user's mirror when one is configured.
    switch (type) {
    case RegistryTarget::Type::Npm:
        return address(firstLineOf(QStringLiteral("npm"),
                                   {QStringLiteral("config"),
                                    QStringLiteral("get"),
                                    QStringLiteral("registry")}));
    case RegistryTarget::Type::PyPI:
        // pip's own record of the index it was made for; its JSON API lives on the same host.
        return address(firstLineOf(QStringLiteral("python3"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("from pip._internal.models.index import PyPI; "
                                                   "print(PyPI.url)")}));
    default:
        return {}; // cargo has no command that prints its registry: url: in .releasedesk.yml
    }
}

QUrl twineUploadUrl()
{
    const QString twine = QStandardPaths::findExecutable(QStringLiteral("twine"));
    QFile script(twine);
    if (twine.isEmpty() || !script.open(QIODevice::ReadOnly))
        return {};
    // "#!/usr/bin/python3": the interpreter twine is installed for, which can import it.
    const QByteArray shebang = script.readLine(4096).trimmed();
    if (!shebang.startsWith("#!"))
        return {};
    QStringList command = QString::fromUtf8(shebang.mid(2)).split(u' ', Qt::SkipEmptyParts);
    if (command.isEmpty())
        return {};
    const QString interpreter = command.takeFirst();
    return address(firstLineOf(interpreter,
                               command << QStringLiteral("-c")
                                       << QStringLiteral("from twine.utils import "
                                                         "DEFAULT_REPOSITORY; "
                                                         "print(DEFAULT_REPOSITORY)")));
}

} // namespace rd::RegistryDefaults
