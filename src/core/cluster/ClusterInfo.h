#pragma once

#include "NodeAddress.h"

#include <QList>
#include <QString>

#include <optional>

namespace shardscope {

enum class Reachability { Unknown, Reachable, Unreachable };

struct WorkerInfo {
    NodeAddress address;
    int nodeId = 0;
    int groupId = 0;
    bool active = false; // pg_dist_node.isactive
    bool listedActive = false; // in citus_get_active_worker_nodes(), as the tutorial checks
    bool shouldHaveShards = true;
    qint64 shardCount = 0; // shard placements in its group, reference tables included
    // From the coordinator (citus_check_connection_to_node) and from this machine (a
    // direct connection); the coordinator's view is what queries depend on.
    Reachability fromCoordinator = Reachability::Unknown;
    Reachability fromHere = Reachability::Unknown;
    QString unreachableReason; // what failed, when a check did

    Reachability reachability() const { return fromCoordinator != Reachability::Unknown ? fromCoordinator : fromHere; }
    bool isReachable() const { return reachability() == Reachability::Reachable; }
};

struct DistributedTableInfo {
    QString name; // as regclass prints it: schema-qualified when not on the search_path
    QString type; // distributed, reference, local, as citus_tables says
    QString distributionColumn; // empty when it has none
    int colocationId = 0;
    qint64 shardCount = 0;

    // The SQL that gives type from pg_dist_partition p, in citus_tables' words.
    static QString typeSql();
};

struct ClusterInfo {
    QString citusVersion; // citus_version()
    QString extensionVersion; // "13.2-1"
    NodeAddress coordinator;
    std::optional<int> coordinatorNodeId; // when registered (citus_set_coordinator_host)
    QList<WorkerInfo> workers; // ordered by node id
    QList<DistributedTableInfo> tables; // ordered by name

    int reachableWorkers() const;
    QList<WorkerInfo> unreachableWorkers() const;
    const WorkerInfo *worker(const NodeAddress &address) const;
};

} // namespace shardscope
