#pragma once

#include "Plan.h"

#include <QString>

#include <optional>
#include <vector>

namespace shardscope {

enum class PlanKind { Local, Router, MultiShard, Repartition, Subplans, InsertSelect };

// "local", "router", "multi-shard", "repartition", "subplans", "insert-select".
QString planKindName(PlanKind kind);

enum class Misestimate { None, Under, Over };

struct NodeMetrics {
    // Time spent in the node and below it, all loops, in ms (per process for parallel nodes).
    std::optional<double> inclusiveMs;
    // Time spent in the node itself: inclusive minus its children's.
    std::optional<double> exclusiveMs;
    // max(actual, estimate) / min(actual, estimate) rows per loop; >= 1.
    std::optional<double> misestimateFactor;
    // Under: the planner expected fewer rows than came; Over: more.
    Misestimate misestimate = Misestimate::None;
    // The row estimate is Citus' fixed figure, not the planner's: a Citus Custom Scan
    // always reports one (100,000 rows, or 0 for a router query), and nodes above it that
    // pass it on unchanged repeat it. No misestimate is measured against it.
    bool citusFixedEstimate = false;
};

struct WorkerTotals {
    NodeAddress worker;
    int tasks = 0;
    int nodes = 0; // plan nodes inside its tasks' remote plans
    std::optional<double> rows; // actual rows x loops of each task's remote plan root
    std::optional<double> timeMs; // each task's remote Execution Time
};

struct PlanAnalysis {
    std::vector<NodeMetrics> nodes; // indexed like Plan::nodes
    // Plan nodes (as Plan::planNodeCount() counts them) that ran on the coordinator; the
    // rest ran on the workers: planNodeCount() == coordinatorNodes + the workers' nodes.
    int coordinatorNodes = 0;
    int slowestNode = -1; // largest exclusive time
    std::vector<int> criticalPath; // root to leaf, following the most expensive child
    std::vector<WorkerTotals> workers; // ordered by address
    PlanKind kind = PlanKind::Local;
    std::optional<qint64> taskCount; // sum of the jobs' Task Count
    int tasksShown = 0; // Task nodes in the document
    int subplans = 0; // Distributed Subplan nodes
};

class PlanAnalyzer
{
public:
    static PlanAnalysis analyze(const Plan &plan);
};

} // namespace shardscope
