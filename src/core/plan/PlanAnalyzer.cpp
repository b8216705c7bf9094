#include "PlanAnalysis.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace shardscope {

QString planKindName(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Local:
        return QStringLiteral("local");
    case PlanKind::Router:
        return QStringLiteral("router");
    case PlanKind::MultiShard:
        return QStringLiteral("multi-shard");
    case PlanKind::Repartition:
        return QStringLiteral("repartition");
    case PlanKind::Subplans:
        return QStringLiteral("subplans");
    case PlanKind::InsertSelect:
        return QStringLiteral("insert-select");
    }
    return {};
}

namespace {

using Time = std::optional<double>;

const PlanNode &nodeAt(const Plan &plan, int index)
{
    return plan.nodes[size_t(index)];
}

bool isCitusCustomScan(const PlanNode &node)
{
    return node.nodeType == QLatin1String("Custom Scan")
        && node.customPlanProvider.startsWith(QLatin1String("Citus"));
}

bool isCitusInsertSelectScan(const PlanNode &node)
{
    return isCitusCustomScan(node)
        && node.customPlanProvider == QLatin1String("Citus INSERT ... SELECT");
}

bool isGather(const PlanNode &node)
{
    return node.nodeType == QLatin1String("Gather")
        || node.nodeType == QLatin1String("Gather Merge");
}

bool isInitPlanOrSubPlan(const PlanNode &node)
{
    return node.parentRelationship == QLatin1String("InitPlan")
        || node.parentRelationship == QLatin1String("SubPlan");
}

bool isCteInitPlan(const PlanNode &node)
{
    return node.isPlanNode() && node.parentRelationship == QLatin1String("InitPlan")
        && node.subplanName.startsWith(QLatin1String("CTE "));
}

QString cteName(const PlanNode &cteInitPlan)
{
    return cteInitPlan.subplanName.mid(4);
}

// The plan a task ran on its worker, or -1 when EXPLAIN did not show it.
int remoteRoot(const Plan &plan, const PlanNode &task)
{
    for (const int child : task.children) {
        if (nodeAt(plan, child).isPlanNode())
            return child;
    }
    return -1;
}

// How many processes shared a node's loops: a Gather's launched workers plus its leader
// for everything under it. InitPlans and SubPlans run in one process, and a task's
// remote plan is a separate statement on another server.
double processCount(const Plan &plan, size_t index, const std::vector<double> &processes)
{
    const PlanNode &node = plan.nodes[index];
    if (node.parent < 0 || !node.isPlanNode() || isInitPlanOrSubPlan(node))
        return 1.0;
    const PlanNode &parent = nodeAt(plan, node.parent);
    if (!parent.isPlanNode())
        return 1.0;
    if (isGather(parent))
        return 1.0 + parent.workersLaunched.value_or(parent.workersPlanned.value_or(0));
    return processes[size_t(node.parent)];
}

Time inclusiveTime(const PlanNode &node, double processes)
{
    switch (node.kind) {
    case NodeKind::Task:
        return node.citus.executionTimeMs;
    case NodeKind::DistributedSubplan:
        return node.citus.subplanDurationMs;
    case NodeKind::Job:
    case NodeKind::MapMergeJob:
        return std::nullopt;
    case NodeKind::Plan:
        break;
    }
    if (node.neverExecuted)
        return 0.0;
    if (!node.actualTotalTime)
        return std::nullopt;
    return *node.actualTotalTime * node.actualLoops.value_or(1.0) / processes;
}

Time exclusiveTime(const Plan &plan, int index, const std::vector<NodeMetrics> &metrics)
{
    const PlanNode &node = nodeAt(plan, index);
    const Time inclusive = metrics[size_t(index)].inclusiveMs;
    if (!node.isPlanNode() || !inclusive)
        return inclusive;
    if (node.neverExecuted)
        return 0.0;
    double children = 0;
    for (const int child : node.children) {
        // A Citus scan's tasks ran on other servers, in parallel, and its subplans ran
        // before it: neither is time on this node's clock. A CTE is charged to its scan.
        const PlanNode &childNode = nodeAt(plan, child);
        if (childNode.isPlanNode() && !isCteInitPlan(childNode))
            children += metrics[size_t(child)].inclusiveMs.value_or(0.0);
    }
    return std::max(0.0, *inclusive - children);
}

// CTEs visible at a point of the walk. A CTE is visible in the subtree of the node it
// hangs from; an inner one of the same name hides an outer one, and each task's
// remote plan has its own CTEs.
class CteScopes
{
public:
    // Brings the CTEs hung from the node into scope; false when it has none.
    bool enter(const Plan &plan, const PlanNode &node)
    {
        bool any = false;
        for (const int child : node.children) {
            if (isCteInitPlan(nodeAt(plan, child))) {
                m_byName[cteName(nodeAt(plan, child))].push_back({child, false});
                any = true;
            }
        }
        return any;
    }

    void leave(const Plan &plan, const PlanNode &node)
    {
        for (const int child : node.children) {
            if (isCteInitPlan(nodeAt(plan, child)))
                m_byName[cteName(nodeAt(plan, child))].pop_back();
        }
    }

    // The CTE the scan reads if no scan read it before, else -1.
    int firstReadBy(const PlanNode &scan)
    {
        auto &scopes = m_byName[scan.cteName];
        if (scopes.empty() || scopes.back().read)
            return -1;
        scopes.back().read = true;
        return scopes.back().cte;
    }

private:
    struct InScope {
        int cte;
        bool read;
    };
    QHash<QString, std::vector<InScope>> m_byName; // innermost last
};

// The CTE Scan that first reads a CTE is the one that ran it (CTEs are evaluated on
// demand), so the CTE's time comes off that scan, not off the CTE's parent.
void chargeCtesToScans(const Plan &plan, std::vector<NodeMetrics> &metrics)
{
    CteScopes scopes;
    std::vector<std::pair<int, bool>> stack; // node, leaving it
    const std::vector<int> roots = plan.roots();
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.push_back({*it, false});
    while (!stack.empty()) {
        const auto [index, leaving] = stack.back();
        stack.pop_back();
        const PlanNode &node = nodeAt(plan, index);
        if (leaving) {
            scopes.leave(plan, node);
            continue;
        }
        // Before the scan test: a CTE Scan can be the node its own CTE hangs from.
        if (scopes.enter(plan, node))
            stack.push_back({index, true});
        const int cte = node.nodeType == QLatin1String("CTE Scan") ? scopes.firstReadBy(node) : -1;
        auto &exclusive = metrics[size_t(index)].exclusiveMs;
        if (cte >= 0 && exclusive && metrics[size_t(cte)].inclusiveMs)
            exclusive = std::max(0.0, *exclusive - *metrics[size_t(cte)].inclusiveMs);
        for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
            stack.push_back({*it, false});
    }
}

void computeTimes(const Plan &plan, std::vector<NodeMetrics> &metrics)
{
    // Parents come before their children in the array: a forward pass knows each
    // parent's process count before its children need it.
    std::vector<double> processes(plan.nodes.size(), 1.0);
    for (size_t index = 0; index < plan.nodes.size(); ++index) {
        processes[index] = processCount(plan, index, processes);
        metrics[index].inclusiveMs = inclusiveTime(plan.nodes[index], processes[index]);
    }
    bool hasCtes = false;
    for (size_t index = 0; index < plan.nodes.size(); ++index) {
        metrics[index].exclusiveMs = exclusiveTime(plan, int(index), metrics);
        hasCtes = hasCtes || isCteInitPlan(plan.nodes[index]);
    }
    if (hasCtes)
        chargeCtesToScans(plan, metrics);
}

// Citus tells the planner a fixed row count for its scan whatever the query (100,000, or
// 0 for a router query or a modification), and a node above it that passes that count on
// unchanged (a Sort, a Materialize) only repeats it: neither is the planner's estimate.
// Children come after their parents in the array: walking backwards settles every child
// before its parent asks.
std::vector<bool> citusFixedEstimates(const Plan &plan)
{
    std::vector<bool> fixed(plan.nodes.size(), false);
    for (size_t index = plan.nodes.size(); index-- > 0;) {
        const PlanNode &node = plan.nodes[index];
        if (!node.isPlanNode() || !node.planRows)
            continue;
        fixed[index] = isCitusCustomScan(node)
            || std::any_of(node.children.begin(), node.children.end(), [&](int child) {
                   return fixed[size_t(child)] && nodeAt(plan, child).planRows == node.planRows;
               });
    }
    return fixed;
}

void computeMisestimate(const PlanNode &node, NodeMetrics &metrics)
{
    if (!node.isPlanNode() || node.neverExecuted || !node.actualRows || !node.planRows
        || metrics.citusFixedEstimate)
        return;
    // A zero on either side would make the ratio meaningless; one row is the floor.
    const double actual = std::max(*node.actualRows, 1.0);
    const double planned = std::max(*node.planRows, 1.0);
    metrics.misestimateFactor = std::max(actual, planned) / std::min(actual, planned);
    if (actual > planned)
        metrics.misestimate = Misestimate::Under;
    else if (actual < planned)
        metrics.misestimate = Misestimate::Over;
}

int slowestNode(const Plan &plan, const std::vector<NodeMetrics> &metrics)
{
    int slowest = -1;
    plan.forEachPreorder([&](int index) {
        const Time exclusive = metrics[size_t(index)].exclusiveMs;
        if (!nodeAt(plan, index).isPlanNode() || !exclusive)
            return;
        if (slowest < 0 || *exclusive > *metrics[size_t(slowest)].exclusiveMs)
            slowest = index;
    });
    return slowest;
}

// Time that decides which way the critical path goes: a node's inclusive time, and for
// a job (which has none of its own) its slowest task, since its tasks run side by side.
std::vector<Time> pathWeights(const Plan &plan, const std::vector<NodeMetrics> &metrics)
{
    std::vector<Time> weights(plan.nodes.size());
    // Children come after their parents in the array: walking backwards finishes every
    // child before its job needs it.
    for (size_t index = plan.nodes.size(); index-- > 0;) {
        const PlanNode &node = plan.nodes[index];
        if (node.kind != NodeKind::Job && node.kind != NodeKind::MapMergeJob) {
            weights[index] = metrics[index].inclusiveMs;
            continue;
        }
        for (const int child : node.children) {
            const Time weight = weights[size_t(child)];
            if (weight && (!weights[index] || *weight > *weights[index]))
                weights[index] = weight;
        }
    }
    return weights;
}

int heaviestChild(const PlanNode &node, const std::vector<Time> &weights)
{
    int heaviest = -1;
    for (const int child : node.children) {
        const Time weight = weights[size_t(child)];
        if (weight && (heaviest < 0 || *weight > *weights[size_t(heaviest)]))
            heaviest = child;
    }
    return heaviest;
}

std::vector<int> criticalPath(const Plan &plan, const std::vector<NodeMetrics> &metrics)
{
    std::vector<int> path;
    if (plan.isEmpty() || !metrics[size_t(plan.root)].inclusiveMs)
        return path;
    const std::vector<Time> weights = pathWeights(plan, metrics);
    for (int at = plan.root; at >= 0; at = heaviestChild(nodeAt(plan, at), weights))
        path.push_back(at);
    return path;
}

void addTask(WorkerTotals &totals, const Plan &plan, const PlanNode &task)
{
    ++totals.tasks;
    if (task.citus.executionTimeMs)
        totals.timeMs = totals.timeMs.value_or(0.0) + *task.citus.executionTimeMs;
    const int root = remoteRoot(plan, task);
    if (root < 0 || !nodeAt(plan, root).actualRows)
        return;
    const PlanNode &remote = nodeAt(plan, root);
    totals.rows = totals.rows.value_or(0.0) + *remote.actualRows * remote.actualLoops.value_or(1.0);
}

std::vector<WorkerTotals> workerTotals(const Plan &plan)
{
    QHash<NodeAddress, WorkerTotals> byWorker;
    // A task comes before the nodes of its remote plan, so its worker is known by then.
    for (const PlanNode &node : plan.nodes) {
        const NodeAddress &worker = node.citus.worker;
        if (worker.isEmpty())
            continue;
        if (node.kind == NodeKind::Task) {
            WorkerTotals &totals = byWorker[worker];
            totals.worker = worker;
            addTask(totals, plan, node);
        } else if (node.isPlanNode()) {
            const auto found = byWorker.find(worker);
            if (found != byWorker.end())
                ++found->nodes;
        }
    }
    std::vector<WorkerTotals> workers(byWorker.cbegin(), byWorker.cend());
    std::sort(workers.begin(), workers.end(),
              [](const WorkerTotals &a, const WorkerTotals &b) { return a.worker < b.worker; });
    return workers;
}

// "Reads a relation": some scan feeds the insert, not just a Result or a VALUES list.
bool insertsFromAScan(const Plan &plan, int modifyTable)
{
    std::vector<int> stack(nodeAt(plan, modifyTable).children);
    while (!stack.empty()) {
        const PlanNode &node = nodeAt(plan, stack.back());
        stack.pop_back();
        if (node.nodeType.endsWith(QLatin1String(" Scan"))
            && node.nodeType != QLatin1String("Values Scan"))
            return true;
        stack.insert(stack.end(), node.children.begin(), node.children.end());
    }
    return false;
}

// A colocated INSERT ... SELECT is pushed down whole: only its tasks show what it is.
bool isPushedDownInsertSelect(const Plan &plan, const PlanNode &task)
{
    const int root = remoteRoot(plan, task);
    if (root < 0)
        return false;
    const PlanNode &remote = nodeAt(plan, root);
    return remote.nodeType == QLatin1String("ModifyTable")
        && remote.operation == QLatin1String("Insert") && insertsFromAScan(plan, root);
}

PlanKind planKind(const Plan &plan)
{
    bool repartition = false;
    bool subplans = false;
    bool multiShard = false;
    bool distributed = false;
    for (const PlanNode &node : plan.nodes) {
        if (isCitusInsertSelectScan(node)
            || (node.kind == NodeKind::Task && isPushedDownInsertSelect(plan, node)))
            return PlanKind::InsertSelect;
        repartition = repartition || node.kind == NodeKind::MapMergeJob;
        subplans = subplans || node.kind == NodeKind::DistributedSubplan;
        multiShard = multiShard
            || (node.kind == NodeKind::Job && node.citus.taskCount.value_or(0) > 1);
        distributed = distributed || node.kind == NodeKind::Job || isCitusCustomScan(node);
    }
    if (repartition)
        return PlanKind::Repartition;
    if (subplans)
        return PlanKind::Subplans;
    if (multiShard)
        return PlanKind::MultiShard;
    return distributed ? PlanKind::Router : PlanKind::Local;
}

void countCitusNodes(const Plan &plan, PlanAnalysis &analysis)
{
    for (const PlanNode &node : plan.nodes) {
        switch (node.kind) {
        case NodeKind::Job:
            if (node.citus.taskCount)
                analysis.taskCount = analysis.taskCount.value_or(0) + *node.citus.taskCount;
            break;
        case NodeKind::Task:
            ++analysis.tasksShown;
            break;
        case NodeKind::DistributedSubplan:
            ++analysis.subplans;
            break;
        case NodeKind::Plan:
        case NodeKind::MapMergeJob:
            break;
        }
    }
}

} // namespace

PlanAnalysis PlanAnalyzer::analyze(const Plan &plan)
{
    PlanAnalysis analysis;
    analysis.nodes.resize(plan.nodes.size());
    computeTimes(plan, analysis.nodes);
    const std::vector<bool> fixedEstimates = citusFixedEstimates(plan);
    for (size_t index = 0; index < plan.nodes.size(); ++index) {
        analysis.nodes[index].citusFixedEstimate = fixedEstimates[index];
        computeMisestimate(plan.nodes[index], analysis.nodes[index]);
    }
    analysis.slowestNode = slowestNode(plan, analysis.nodes);
    analysis.criticalPath = criticalPath(plan, analysis.nodes);
    analysis.workers = workerTotals(plan);
    analysis.coordinatorNodes = int(std::count_if(plan.nodes.begin(), plan.nodes.end(), [](const PlanNode &node) {
        return node.isPlanNode() && node.citus.worker.isEmpty();
    }));
    analysis.kind = planKind(plan);
    countCitusNodes(plan, analysis);
    return analysis;
}

} // namespace shardscope
