// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcheck.h"

#include "git/references.h"
#include "git/repository.h"

#include <QCoreApplication>

namespace rd {

CheckResult TagCheck::run(PreflightContext &context, Progress *progress)
{
    const QString ref = QStringLiteral("refs/tags/") + context.tagName;
    git::References refs(context.repository);
    auto local = refs.target(ref);
    if (!local)
        return result(CheckResult::Status::Fail, local.error().toString());

    std::optional<git::Oid> onRemote;
    if (!context.remote.isEmpty()) {
        auto heads = context.remoteHeads(progress);
        if (!heads)
            return result(CheckResult::Status::Fail,
                          QCoreApplication::translate("rd::release",
                                                      "Cannot list the tags of %1: %2")
                                  .arg(context.remote, heads.error().toString()));
        for (const git::RemoteHead &head : *heads)
            if (head.name == ref)
                onRemote = head.id;
    }
    if (onRemote)
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release",
                              "The tag %1 already exists on %2: version %3 was released "
                              "already. Choose another version.")
                              .arg(context.tagName, context.remote, context.version.toString()));
    if (*local) {
        CheckResult r
                = result(CheckResult::Status::Fail,
                         QCoreApplication::translate("rd::release",
                                                     "The tag %1 already exists in this clone%2.")
                                 .arg(context.tagName,
                                      context.remote.isEmpty()
                                              ? QString()
                                              : QCoreApplication::translate("rd::release",
                                                                            " (but not on %1)")
                                                        .arg(context.remote)));
        if (!context.remote.isEmpty()) {
            git::Repository *repository = &context.repository;
            const git::Oid id = **local;
            r.fix = CheckResult::Fix{QCoreApplication::translate("rd::release",
                                                                 "Delete the local tag %1")
                                             .arg(context.tagName),
                                     [repository, ref, id](Progress *) {
                                         git::References refs(*repository);
                                         return refs.remove(ref, id);
                                     }};
        }
        return r;
    }
    return result(CheckResult::Status::Pass,
                  context.remote.isEmpty()
                          ? QCoreApplication::translate("rd::release", "%1 does not exist yet.")
                                    .arg(context.tagName)
                          : QCoreApplication::translate("rd::release",
                                                        "%1 exists neither here nor on %2.")
                                    .arg(context.tagName, context.remote));
}

} // namespace rd
