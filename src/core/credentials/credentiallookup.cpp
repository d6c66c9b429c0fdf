// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentiallookup.h"

namespace rd {

CredentialLookup CredentialLookup::find(const CredentialRequest &request,
                                        const QList<std::shared_ptr<CredentialProvider>> &sources)
{
    CredentialLookup lookup;
    for (const auto &source : sources) {
        auto found = source->fill(request);
        if (!found) {
            // A source that fails is reported, never fatal: the next one may have a token.
            lookup.notes.append(source->name() + QStringLiteral(": ") + found.error().message);
            continue;
        }
        if (*found && !(*found)->secret.isEmpty()) {
            lookup.credential = **found;
            lookup.source = source;
            lookup.sourceText = (*found)->provider.isEmpty() ? source->name() : (*found)->provider;
            break;
        }
    }
    return lookup;
}

} // namespace rd
