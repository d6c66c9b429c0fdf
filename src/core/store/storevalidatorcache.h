// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/validatorcache.h"

namespace rd::store {

class Store;

// The net layer's validators (ETag, Last-Modified, the body to hand out on a 304) in the
// history database, so an unchanged poll is a 304 also after a restart. Safe to use from any
// thread; a database error is a miss (it costs a full answer, nothing else).
class StoreValidatorCache : public net::ValidatorCache
{
public:
    explicit StoreValidatorCache(const Store &store)
        : m_store(store)
    {}
    std::optional<net::CachedResponse> find(const QString &key) override;
    void store(const QString &key, const net::CachedResponse &response) override;

private:
    const Store &m_store;
};

} // namespace rd::store
