#pragma once

#include "Plan.h"
#include "ShardPlacements.h"

#include <optional>
#include <vector>

namespace shardscope {

// A task that ran but that the plan does not show ("Tasks Shown: One of 32"): drawn as a
// faint ghost of a task. Its shard and worker are known only from the cluster's shards.
struct GhostTask {
    std::optional<qint64> shardId;
    NodeAddress worker; // empty when not known
};

// The tasks of one job that EXPLAIN left out: Task Count minus the tasks shown.
struct HiddenTaskGroup {
    int job = -1; // the Job node of Plan::nodes
    qint64 taskCount = 0;
    int shown = 0;
    std::vector<GhostTask> ghosts; // taskCount - shown of them

    bool named() const { return !ghosts.empty() && ghosts.front().shardId.has_value(); }
};

// The jobs of a plan that ran more tasks than the plan shows (citus.explain_all_tasks off,
// Citus' default), each with a ghost per task not shown. Given the cluster's shards, the
// ghosts are named after the shards the shown tasks did not read, with their workers, when
// that is certain: the job ran one task per shard of the table its shown task reads (Task
// Count equals that table's shard count). Otherwise (a job whose shards were pruned, a
// repartition, a plan from another cluster) they stay unnamed.
class HiddenTasks
{
public:
    static std::vector<HiddenTaskGroup> of(const Plan &plan, const ShardPlacements &shards = {});
    // Ghosts of every job together.
    static qint64 count(const std::vector<HiddenTaskGroup> &groups);

private:
    static void name(HiddenTaskGroup &group, const std::vector<qint64> &shownShards, const ShardPlacements &shards);
};

} // namespace shardscope
