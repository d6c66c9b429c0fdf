// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd::test {

// A file a test server's start script wrote into its state folder, which CTest names in the
// environment variable `variable` (RELEASEDESK_TEST_VERDACCIO, ...): "url", "package", ...
// Trimmed; empty when the server is not running.
QString serverStateFile(const char *variable, const QString &name);

} // namespace rd::test

namespace rd::test {

// `npm view <spec> <field>` against the registry at `url` with the credentials in `npmrc`,
// run in `home` (the real npm client reads back what a test published); empty on failure.
QString npmView(const QString &home,
                const QString &url,
                const QString &npmrc,
                const QString &spec,
                const QString &field);

} // namespace rd::test
