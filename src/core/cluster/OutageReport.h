#pragma once

#include "ClusterInfo.h"
#include "ErrorDiagnosis.h"
#include "ShardMap.h"
#include "ShardRowCounts.h"

#include <QList>

#include <optional>

namespace shardscope {

// The tutorial's query for one user, run as the learner runs it: which shard and worker
// hold the user's rows, and what came back.
struct UserQuery {
    int userId = 0;
    QString statement;
    qint64 shardId = 0;
    NodeAddress worker;
    std::optional<qint64> rows; // rows returned, when it worked
    std::optional<ErrorDiagnosis> error; // why not, when it failed

    bool ok() const { return !error; }
};

// What a cluster looks like with a worker lost (or not): each worker as Citus lists it and
// whether it answers, the tutorial's queries for some users, and the table's shards with
// the rows of those whose worker could count them.
struct OutageReport {
    QList<WorkerInfo> workers; // in node id order
    QList<UserQuery> users; // in the order asked
    ShardMapTable table;

    // Workers that do not answer, though Citus may still list them as active.
    QList<NodeAddress> unreachableWorkers() const;
    QList<int> failingUsers() const;
    ShardRowCounts counts() const { return ShardRowCounts::of(table); }
    // Every worker answers and every user's query worked.
    bool healthy() const { return unreachableWorkers().isEmpty() && failingUsers().isEmpty(); }
};

} // namespace shardscope
