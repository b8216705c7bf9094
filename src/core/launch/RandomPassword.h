#pragma once

#include <QString>

namespace shardscope {

// Passwords for the clusters ShardScope creates.
class RandomPassword
{
public:
    static constexpr int defaultLength = 32;

    // Letters and digits from the system's secure source: nothing to quote in .env files,
    // pass files, connection strings or shells.
    static QString generate(int length = defaultLength);
};

} // namespace shardscope
