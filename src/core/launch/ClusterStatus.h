#pragma once

#include "ClusterEndpoint.h"
#include "ServerState.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace shardscope {

// What status() found: the coordinator (dsn empty when it does not run), the workers it
// has registered, the servers of a local cluster, and what keeps the cluster from being
// usable, if anything.
struct ClusterStatus {
    ClusterEndpoint coordinator;
    QList<ServerState> servers; // local clusters only
    QString problem;            // translated; empty when every worker is registered and reachable

    bool isReady() const { return problem.isEmpty(); }
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::ClusterStatus)
