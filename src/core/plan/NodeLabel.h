#pragma once

#include "PlanNode.h"

#include <QCoreApplication>
#include <QString>

namespace shardscope {

// How a node is named on screen and in reports, the same whatever format it came from:
// "Hash Left Join", "Parallel Seq Scan", "Citus Adaptive", "Task".
class NodeLabel
{
    Q_DECLARE_TR_FUNCTIONS(NodeLabel)

public:
    static QString title(const PlanNode &node);
    // "activity_log" / "activity_log_pkey" with the shard suffix removed, or the alias,
    // CTE or function the node reads; empty when it reads nothing by name.
    static QString object(const PlanNode &node);
    // Title plus object: "Index Scan on activity_log".
    static QString describe(const PlanNode &node);
};

} // namespace shardscope
