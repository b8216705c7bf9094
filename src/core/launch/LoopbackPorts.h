#pragma once

#include <QList>

namespace shardscope {

// TCP ports on 127.0.0.1, for the servers of a local cluster.
class LoopbackPorts
{
public:
    // One nothing listens on right now, and not among taken; 0 when none can be had.
    static int free(const QList<int> &taken = {});
    static bool isFree(int port);
};

} // namespace shardscope
