// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/progress.h"

#include <QTextStream>

#include <csignal>

namespace rd::cli {

// Progress of the checks and the runner as lines on stderr; stdout keeps the result.
class StderrProgress : public Progress
{
public:
    explicit StderrProgress(QTextStream &err)
        : m_err(err)
    {}
    void log(const QString &line) override { m_err << "  " << line << Qt::endl; }

private:
    QTextStream &m_err;
};

// While a release runs, Ctrl+C asks the runner to stop at the next step boundary instead of
// killing it in the middle of one. A second Ctrl+C kills (SA_RESETHAND): the journal still
// lets --resume or --abort recover.
class InterruptGuard
{
public:
    explicit InterruptGuard(Progress *progress);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    struct sigaction m_previous = {};
};

} // namespace rd::cli
