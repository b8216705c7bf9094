#include "CitusAttribution.h"

#include "CitusNaming.h"

namespace shardscope {

namespace {

void attributeShard(PlanNode &node)
{
    const QString &relation = node.relationName.isEmpty() ? node.indexName : node.relationName;
    if (relation.isEmpty())
        return;
    if (const auto shard = CitusNaming::splitShardName(relation)) {
        node.citus.shardId = shard->shardId;
        if (!node.relationName.isEmpty())
            node.tableName = shard->table;
    }
}

std::optional<qint64> firstShardBelow(const Plan &plan, const PlanNode &task)
{
    std::vector<int> stack(task.children.rbegin(), task.children.rend());
    while (!stack.empty()) {
        const auto &node = plan.nodes[size_t(stack.back())];
        stack.pop_back();
        if (node.citus.shardId)
            return node.citus.shardId;
        stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
    }
    return CitusNaming::shardIdInQuery(task.citus.query);
}

} // namespace

void CitusAttribution::apply(Plan &plan)
{
    // Parents come before their children in the array, so one forward pass
    // hands the worker down the whole remote plan.
    for (auto &node : plan.nodes) {
        if (node.kind != NodeKind::Task && node.parent >= 0) {
            const auto &parent = plan.nodes[size_t(node.parent)];
            if (!parent.citus.worker.isEmpty()) {
                node.citus.worker = parent.citus.worker;
                node.citus.database = parent.citus.database;
            }
        }
        if (node.isPlanNode()) {
            if (node.citus.worker.isEmpty())
                node.tableName = node.relationName;
            else
                attributeShard(node);
        }
    }
    // A task's shard: the first shard its remote plan reads, else the one its query names.
    for (auto &node : plan.nodes) {
        if (node.kind == NodeKind::Task)
            node.citus.shardId = firstShardBelow(plan, node);
    }
}

} // namespace shardscope
