#include "PlanNode.h"

namespace shardscope {

QString PlanNode::property(const QString &key) const
{
    for (const auto &property : properties) {
        if (property.key == key)
            return property.value;
    }
    return {};
}

QString nodeKindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Plan:
        return QStringLiteral("Plan");
    case NodeKind::DistributedSubplan:
        return QStringLiteral("Distributed Subplan");
    case NodeKind::Job:
        return QStringLiteral("Job");
    case NodeKind::Task:
        return QStringLiteral("Task");
    case NodeKind::MapMergeJob:
        return QStringLiteral("MapMergeJob");
    }
    return {};
}

} // namespace shardscope
