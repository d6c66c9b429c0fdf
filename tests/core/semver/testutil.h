// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"
#include "util/error.h"

#include <QTest>

namespace rd {
// Lets QCOMPARE print versions.
inline char *toString(const Version &version)
{
    return QTest::toString(version.toString());
}
} // namespace rd

// The error message of a failed result, or nothing. QVERIFY2 evaluates its message even when the
// check passes, and error() on a successful std::expected is undefined.
template<typename T>
QString errorText(const rd::Result<T> &result)
{
    return result ? QString() : result.error().message;
}
