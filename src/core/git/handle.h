// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace git {

// Owns a libgit2 object and frees it with the matching git_*_free function.
template<auto FreeFunction>
struct Deleter
{
    template<typename T>
    void operator()(T *object) const
    {
        FreeFunction(object);
    }
};

template<typename T, auto FreeFunction>
using Handle = std::unique_ptr<T, Deleter<FreeFunction>>;

// Lets a libgit2 out-parameter land in its owner on the line it is filled:
//     git_commit_lookup(out(m_commit), repo, &oid);
// The handle takes the pointer when the full expression ends, even if the call failed.
template<typename H>
class OutParam
{
public:
    explicit OutParam(H &handle)
        : m_handle(handle)
    {}
    ~OutParam() { m_handle.reset(m_raw); }
    OutParam(const OutParam &) = delete;
    OutParam &operator=(const OutParam &) = delete;

    operator typename H::pointer *() { return &m_raw; }

private:
    H &m_handle;
    typename H::pointer m_raw = nullptr;
};

template<typename H>
OutParam<H> out(H &handle)
{
    return OutParam<H>(handle);
}

} // namespace git
