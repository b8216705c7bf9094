#pragma once

#include <QList>

namespace shardscope {

// TCP ports on the loopback, for the servers of a local cluster and the coordinator Docker
// publishes: free means free on 127.0.0.1 and, where this machine has IPv6, on ::1.
class LoopbackPorts
{
public:
    // One nothing listens on right now, and not among taken; 0 when none can be had.
    static int free(const QList<int> &taken = {});
    static bool isFree(int port);
};

} // namespace shardscope
