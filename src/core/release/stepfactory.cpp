// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepfactory.h"

#include "release/commitstep.h"
#include "release/pushstep.h"
#include "release/tagstep.h"
#include "release/writefilestep.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace rd {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, StepFactory::Creator> creators;

    Registry()
    {
        // Registered here rather than by static objects in each step's file: a static library
        // drops object files nothing refers to, and their registrations with them.
        creators.insert(WriteFileStep::kindName.toString(), &WriteFileStep::fromJson);
        creators.insert(CommitStep::kindName.toString(), &CommitStep::fromJson);
        creators.insert(TagStep::kindName.toString(), &TagStep::fromJson);
        creators.insert(PushStep::kindName.toString(), &PushStep::fromJson);
    }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void StepFactory::registerKind(const QString &kind, Creator creator)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.creators.insert(kind, std::move(creator));
}

Result<std::unique_ptr<ReleaseStep>> StepFactory::create(const QJsonObject &step)
{
    const QString kind = step.value(QLatin1String("kind")).toString();
    Creator creator;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        creator = r.creators.value(kind);
    }
    if (!creator)
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::release",
                            "The plan has a step of unknown kind \"%1\"; it was written "
                            "by a newer ReleaseDesk.")
                            .arg(kind));
    auto created = creator(step.value(QLatin1String("data")).toObject());
    if (created && (*created)->id() != step.value(QLatin1String("id")).toString())
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::release",
                            "The plan's step \"%1\" does not rebuild to the same step.")
                            .arg(step.value(QLatin1String("id")).toString()));
    return created;
}

} // namespace rd
