#pragma once

// The tasks a plan shows, each as the shard it read and the worker that ran it: to compare
// the tasks of two runs of a query, or a plan's ghost tasks with the tasks they stand for.

#include "Plan.h"

#include <QPair>
#include <QSet>

using ShardOnWorker = QPair<qint64, QString>;

inline QSet<ShardOnWorker> taskPlacements(const shardscope::Plan &plan)
{
    QSet<ShardOnWorker> tasks;
    for (const shardscope::PlanNode &node : plan.nodes) {
        if (node.kind == shardscope::NodeKind::Task)
            tasks.insert({node.citus.shardId.value_or(0), node.citus.worker.toString()});
    }
    return tasks;
}
