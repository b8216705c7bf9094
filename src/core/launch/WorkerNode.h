#pragma once

#include <QList>
#include <QString>

namespace shardscope {

// A worker as the coordinator knows it: the name and port it was registered with.
struct WorkerNode {
    QString host;
    int port = 0;
    bool reachable = false; // from the coordinator, when last asked

    QString address() const { return host + QLatin1Char(':') + QString::number(port); }
    bool sameAddress(const WorkerNode &other) const { return host == other.host && port == other.port; }
};

} // namespace shardscope
