// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every GUI test (releasedesk_add_test ... GUI): the test starts with the
// translations the application installs for the user's language (English under the tests'
// LC_ALL=C.UTF-8, with its plural forms), so what a test reads and photographs is what the
// application shows: "5 commits", not the source text "5 commit(s)".
#include "core.h"

#include <QCoreApplication>

namespace {

void installApplicationTranslations()
{
    rd::installTranslations();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installApplicationTranslations)
