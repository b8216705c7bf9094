#pragma once

#include <QString>

namespace shardscope {

// One PostgreSQL server of a local cluster and whether it runs.
struct ServerState {
    QString name; // coordinator, worker1...
    int port = 0;
    bool running = false;
};

} // namespace shardscope
