#include "NodeFigures.h"

#include "CitusValueText.h"
#include "Milliseconds.h"

#include <QLocale>

#include <cmath>

namespace shardscope {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

void add(std::vector<NodeFigures::Row> &rows, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        rows.push_back({name, value});
}

} // namespace

std::vector<NodeFigures::Row> NodeFigures::of(const Plan &plan, const PlanAnalysis &analysis, int node)
{
    std::vector<Row> rows;
    const PlanNode &planNode = plan.nodes[size_t(node)];
    const NodeMetrics metrics = size_t(node) < analysis.nodes.size() ? analysis.nodes[size_t(node)] : NodeMetrics();
    if (planNode.neverExecuted)
        add(rows, tr("Executed"), tr("never: the executor did not need this part"));
    addTimes(rows, planNode, metrics);
    addRows(rows, planNode, metrics);
    addCitus(rows, planNode);
    if (planNode.startupCost && planNode.totalCost)
        add(rows, tr("Estimated cost"),
            tr("%1 to first row, %2 in total").arg(number(*planNode.startupCost), number(*planNode.totalCost)));
    return rows;
}

QString NodeFigures::where(const Plan &plan, int node)
{
    const CitusInfo &citus = plan.nodes[size_t(node)].citus;
    if (citus.worker.isEmpty())
        return plan.isDistributed() ? tr("the coordinator") : QString();
    if (!citus.shardId)
        return tr("worker %1").arg(citus.worker.toString());
    return tr("worker %1 · shard %2").arg(citus.worker.toString()).arg(*citus.shardId);
}

void NodeFigures::addTimes(std::vector<Row> &rows, const PlanNode &node, const NodeMetrics &metrics)
{
    if (metrics.exclusiveMs)
        add(rows, tr("Time in this node"), Milliseconds::text(*metrics.exclusiveMs));
    if (metrics.inclusiveMs)
        add(rows, tr("Time with its children"), Milliseconds::text(*metrics.inclusiveMs));
    if (node.kind == NodeKind::Task || node.kind == NodeKind::DistributedSubplan) {
        if (node.citus.executionTimeMs)
            add(rows, tr("Execution time"), Milliseconds::text(*node.citus.executionTimeMs));
        if (node.citus.planningTimeMs)
            add(rows, tr("Planning time"), Milliseconds::text(*node.citus.planningTimeMs));
    }
}

void NodeFigures::addRows(std::vector<Row> &rows, const PlanNode &node, const NodeMetrics &metrics)
{
    const double loops = node.actualLoops.value_or(1);
    if (node.actualRows && node.planRows) {
        add(rows, tr("Rows"),
            tr("%1 actual, %2 estimated (per loop)").arg(number(*node.actualRows), number(*node.planRows)));
    } else if (node.actualRows) {
        add(rows, tr("Rows"), tr("%1 actual (per loop)").arg(number(*node.actualRows)));
    } else if (node.planRows) {
        add(rows, tr("Rows"), tr("%1 estimated").arg(number(*node.planRows)));
    }
    if (node.actualLoops && loops != 1) {
        add(rows, tr("Loops"), number(loops));
        if (node.actualRows)
            add(rows, tr("Rows in all loops"), number(*node.actualRows * loops));
    }
    if (metrics.citusFixedEstimate) {
        add(rows, tr("Row estimate"),
            tr("Citus' fixed figure, not the planner's: Citus' Custom Scan tells PostgreSQL the same row count "
               "for any query (100,000, or 0 for a router query), and a node above it may pass that figure on. "
               "A gap between it and the actual rows is no misestimate."));
        return;
    }
    if (!metrics.misestimateFactor)
        return;
    const QString factor = QLocale().toString(*metrics.misestimateFactor, 'f', 1);
    switch (metrics.misestimate) {
    case Misestimate::Under:
        add(rows, tr("Row estimate"), tr("%1× too low: more rows came than planned").arg(factor));
        break;
    case Misestimate::Over:
        add(rows, tr("Row estimate"), tr("%1× too high: fewer rows came than planned").arg(factor));
        break;
    case Misestimate::None:
        add(rows, tr("Row estimate"), tr("right"));
        break;
    }
}

void NodeFigures::addCitus(std::vector<Row> &rows, const PlanNode &node)
{
    const CitusInfo &citus = node.citus;
    if (node.kind == NodeKind::Task || node.kind == NodeKind::Job)
        add(rows, tr("Data received"), citus.tupleDataReceived);
    if (node.kind == NodeKind::Job) {
        if (citus.taskCount)
            add(rows, tr("Tasks"), QLocale().toString(*citus.taskCount));
        add(rows, tr("Tasks shown"), CitusValueText::tasksShown(citus.tasksShown));
    }
    if (node.kind == NodeKind::DistributedSubplan) {
        add(rows, tr("Subplan"), citus.subplanId);
        if (citus.subplanDurationMs)
            add(rows, tr("Subplan duration"), Milliseconds::text(*citus.subplanDurationMs));
        add(rows, tr("Intermediate result"), citus.intermediateDataSize);
        add(rows, tr("Result"), CitusValueText::resultDestination(citus.resultDestination));
    }
    if (node.kind == NodeKind::MapMergeJob) {
        if (citus.mapTaskCount)
            add(rows, tr("Map tasks"), QLocale().toString(*citus.mapTaskCount));
        if (citus.mergeTaskCount)
            add(rows, tr("Merge tasks"), QLocale().toString(*citus.mergeTaskCount));
    }
    add(rows, tr("Error"), citus.error);
}

} // namespace shardscope
