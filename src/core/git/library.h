// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace git {

// libgit2's global state: one guard in each main() (and each test's initTestCase()).
class Library
{
public:
    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;
};

} // namespace git
