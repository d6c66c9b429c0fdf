// SPDX-License-Identifier: GPL-3.0-or-later
#include "writefilestep.h"

#include "git/objectstore.h"
#include "git/patch.h"
#include "git/repository.h"
#include "release/jsonbytes.h"
#include "release/stepcontext.h"
#include "util/fileio.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rd {

WriteFileStep::WriteFileStep(FileChange change)
    : m_change(std::move(change))
{}

Result<std::unique_ptr<ReleaseStep>> WriteFileStep::fromJson(const QJsonObject &data)
{
    FileChange change;
    change.path = data.value(QLatin1String("path")).toString();
    change.before = JsonBytes::decode(data.value(QLatin1String("before")));
    const auto after = JsonBytes::decode(data.value(QLatin1String("after")));
    if (change.path.isEmpty() || !after)
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::release",
                                                "A write-file step lacks its path or content."));
    change.after = *after;
    auto step = std::make_unique<WriteFileStep>(std::move(change));
    // The hashes are stored too: a journal whose bytes do not match them was tampered with.
    if (data.value(QLatin1String("afterSha256")).toString() != step->afterHash()
        || data.value(QLatin1String("beforeSha256")).toString() != step->beforeHash())
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::release", "The journal's content for %1 does not match its hash.")
                            .arg(step->change().path));
    return std::unique_ptr<ReleaseStep>(std::move(step));
}

QString WriteFileStep::beforeHash() const
{
    return m_change.before ? JsonBytes::sha256(*m_change.before) : QString();
}

QString WriteFileStep::afterHash() const
{
    return JsonBytes::sha256(m_change.after);
}

QString WriteFileStep::title() const
{
    return (m_change.before ? QCoreApplication::translate("rd::release", "Update %1")
                            : QCoreApplication::translate("rd::release", "Create %1"))
            .arg(m_change.path);
}

QString WriteFileStep::details() const
{
    auto diff = git::Patch::unified(m_change.path, m_change.before, m_change.after);
    return diff ? *diff : diff.error().toString();
}

QJsonObject WriteFileStep::toJson() const
{
    return QJsonObject{{QStringLiteral("path"), m_change.path},
                       {QStringLiteral("beforeSha256"), beforeHash()},
                       {QStringLiteral("afterSha256"), afterHash()},
                       {QStringLiteral("afterBlob"),
                        git::ObjectStore::hashBlob(m_change.after).toString()},
                       {QStringLiteral("before"), JsonBytes::encode(m_change.before)},
                       {QStringLiteral("after"), JsonBytes::encode(m_change.after)}};
}

QString WriteFileStep::absolutePath(const StepContext &context) const
{
    return QDir(context.repository.workdir()).filePath(m_change.path);
}

Result<std::optional<QByteArray>> WriteFileStep::current(const StepContext &context) const
{
    const QString path = absolutePath(context);
    if (!QFileInfo::exists(path))
        return std::optional<QByteArray>();
    auto bytes = readFile(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return std::optional<QByteArray>(*bytes);
}

Result<std::optional<QJsonObject>> WriteFileStep::checkDone(StepContext &context) const
{
    auto bytes = current(context);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (*bytes && JsonBytes::sha256(**bytes) == afterHash())
        return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("sha256"), afterHash()}});
    return std::optional<QJsonObject>();
}

Result<QJsonObject> WriteFileStep::execute(StepContext &context)
{
    auto bytes = current(context);
    if (!bytes)
        return std::unexpected(bytes.error());
    const bool matches = m_change.before ? (*bytes && JsonBytes::sha256(**bytes) == beforeHash())
                                         : !*bytes;
    if (!matches)
        return fail(errc::fileChanged,
                    QCoreApplication::translate(
                            "rd::release",
                            "The file changed after the release was planned, so it was "
                            "not overwritten. Review the release again to include the "
                            "current content."),
                    m_change.path);
    const QString path = absolutePath(context);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto written = writeFileAtomically(path, m_change.after); !written)
        return std::unexpected(written.error());
    return QJsonObject{{QStringLiteral("sha256"), afterHash()}};
}

Status WriteFileStep::undoLocal(StepContext &context, const QJsonObject &)
{
    auto bytes = current(context);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QString hash = *bytes ? JsonBytes::sha256(**bytes) : QString();
    if (hash == beforeHash())
        return {}; // never written, or already restored
    if (hash != afterHash()) {
        // Edited since (or never written because it had been edited): the user's bytes win.
        if (context.progress)
            context.progress->log(
                    QCoreApplication::translate("rd::release",
                                                "Left %1 as it is: it was edited after the "
                                                "release planned or wrote it.")
                            .arg(m_change.path));
        return {};
    }
    const QString path = absolutePath(context);
    if (!m_change.before) {
        if (!QFile::remove(path))
            return fail(errc::io,
                        QCoreApplication::translate("rd::release",
                                                    "Cannot remove the file the release created."),
                        m_change.path);
        return {};
    }
    return writeFileAtomically(path, *m_change.before);
}

} // namespace rd
