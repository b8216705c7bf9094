#pragma once

#include "NodeAddress.h"

#include <QList>
#include <QString>

namespace shardscope {

// A worker as the coordinator knows it: the name and port it was registered with.
struct WorkerNode {
    QString host;
    int port = 0;
    bool reachable = false; // from the coordinator, when last asked

    NodeAddress address() const { return {host, port}; }
};

} // namespace shardscope
