// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz entry point for the --since/--until dates of `releasedesk-cli metrics` and the
// Metrics view (metrics/metricswindow.h).
#include "fuzztargets.h"

#include "metrics/metricswindow.h"

namespace rd::fuzz {

QString metricsdate(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto since = MetricsWindow::parseBound(text, MetricsWindow::Bound::Since, u"--since");
    const auto until = MetricsWindow::parseBound(text, MetricsWindow::Bound::Until, u"--until");
    if (bool(since) != bool(until))
        return QStringLiteral("read as a start but not as an end, or the reverse: %1").arg(text);
    if (!since) {
        if (since.error().source != u"--since" || since.error().message.isEmpty())
            return QStringLiteral("an error that does not name the option: %1").arg(text);
        return {};
    }
    if (!since->isValid() || since->timeSpec() != Qt::UTC || !until->isValid())
        return QStringLiteral("an invalid or non-UTC time from %1").arg(text);
    if (*until < *since)
        return QStringLiteral("the end of %1 lies before its start").arg(text);
    // What was read writes back as an ISO time that reads as the same instant.
    const QString iso = since->toString(Qt::ISODateWithMs);
    const auto again = MetricsWindow::parseBound(iso, MetricsWindow::Bound::Since, u"--since");
    if (!again || *again != *since)
        return QStringLiteral("%1 read as %2, which does not read back").arg(text, iso);
    return {};
}

} // namespace rd::fuzz
