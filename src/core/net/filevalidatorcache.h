// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/validatorcache.h"

#include <QMutex>

namespace rd::net {

// Validators on disk, one small JSON file per key (named by the key's SHA-256) in a folder, so
// an unchanged poll is a 304 also after a restart. Writes are atomic; an unreadable entry is a
// miss. Safe to share between threads.
class FileValidatorCache : public ValidatorCache
{
public:
    explicit FileValidatorCache(QString directory);
    // <generic cache location>/releasedesk/http
    static QString defaultDirectory();

    std::optional<CachedResponse> find(const QString &key) override;
    void store(const QString &key, const CachedResponse &response) override;

private:
    QString pathFor(const QString &key) const;
    QString m_directory;
    QMutex m_mutex;
};

} // namespace rd::net
