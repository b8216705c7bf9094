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
