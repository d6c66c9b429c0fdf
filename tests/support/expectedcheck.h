// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QTest>

// Verifies that a Result (std::expected<T, rd::Error>) holds a value; otherwise the test fails
// with the error as the product shows it ("source: message"). Every test may use it: the test
// helper puts tests/support on the include path. `result` is evaluated once.
#define RD_VERIFY_OK(result) \
    do { \
        const auto &rdVerifyOkResult = (result); \
        QVERIFY2(bool(rdVerifyOkResult), \
                 qPrintable(rdVerifyOkResult ? QString() : rdVerifyOkResult.error().toString())); \
    } while (false)
