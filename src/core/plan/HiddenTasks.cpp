#include "HiddenTasks.h"

#include <algorithm>

namespace shardscope {

std::vector<HiddenTaskGroup> HiddenTasks::of(const Plan &plan, const ShardPlacements &shards)
{
    std::vector<HiddenTaskGroup> groups;
    for (int index : plan.preorder()) {
        const PlanNode &job = plan.nodes[size_t(index)];
        if (job.kind != NodeKind::Job || !job.citus.taskCount)
            continue;
        std::vector<qint64> shownShards;
        int shown = 0;
        for (int child : job.children) {
            const PlanNode &task = plan.nodes[size_t(child)];
            if (task.kind != NodeKind::Task)
                continue;
            ++shown;
            if (task.citus.shardId)
                shownShards.push_back(*task.citus.shardId);
        }
        if (*job.citus.taskCount <= shown)
            continue;
        HiddenTaskGroup group;
        group.job = index;
        group.taskCount = *job.citus.taskCount;
        group.shown = shown;
        group.ghosts.resize(size_t(group.taskCount - shown));
        name(group, shownShards, shards);
        groups.push_back(std::move(group));
    }
    return groups;
}

qint64 HiddenTasks::count(const std::vector<HiddenTaskGroup> &groups)
{
    qint64 total = 0;
    for (const HiddenTaskGroup &group : groups)
        total += qint64(group.ghosts.size());
    return total;
}

void HiddenTasks::name(HiddenTaskGroup &group, const std::vector<qint64> &shownShards, const ShardPlacements &shards)
{
    if (shownShards.empty())
        return;
    const ShardPlacements::Table *table = shards.tableOf(shownShards.front());
    if (!table || table->shards.size() != group.taskCount)
        return;
    std::vector<GhostTask> named;
    for (const ShardPlacements::Shard &shard : table->shards) {
        if (std::find(shownShards.begin(), shownShards.end(), shard.id) == shownShards.end())
            named.push_back({shard.id, shard.worker});
    }
    // A shown task of another table's shard: the count no longer says which are missing.
    if (named.size() == group.ghosts.size())
        group.ghosts = std::move(named);
}

} // namespace shardscope
