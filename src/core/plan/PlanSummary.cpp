#include "PlanSummary.h"

#include "Milliseconds.h"
#include "NodeLabel.h"
#include "PlanHeader.h"

#include <QJsonArray>
#include <QStringList>

namespace shardscope {

namespace {

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QString milliseconds(const std::optional<double> &value)
{
    return value ? Milliseconds::text(*value) : PlanSummary::tr("unknown");
}

} // namespace

QJsonObject PlanSummary::toJson(const Plan &plan, const PlanAnalysis &analysis)
{
    QJsonArray workers;
    for (const auto &worker : analysis.workers) {
        workers.append(QJsonObject{
            {QStringLiteral("worker"), worker.worker.toString()},
            {QStringLiteral("tasks"), worker.tasks},
            {QStringLiteral("nodes"), worker.nodes},
            {QStringLiteral("rows"), orNull(worker.rows)},
            {QStringLiteral("time_ms"), orNull(worker.timeMs)},
        });
    }
    const PlanHeader header = PlanHeader::of(plan);
    return QJsonObject{
        {QStringLiteral("format"), planFormatName(plan.format)},
        {QStringLiteral("analyzed"), plan.analyzed},
        {QStringLiteral("planning_ms"), orNull(plan.planningTimeMs)},
        {QStringLiteral("execution_ms"), orNull(plan.executionTimeMs)},
        {QStringLiteral("planning_memory_kb"), orNull(header.planningMemoryUsedKb)},
        {QStringLiteral("serialization_ms"), orNull(header.serializationMs)},
        {QStringLiteral("serialization_kb"), orNull(header.serializationOutputKb)},
        {QStringLiteral("jit_ms"), orNull(header.jitTotalMs)},
        {QStringLiteral("wal_bytes"), orNull(header.wal.bytes)},
        {QStringLiteral("nodes"), plan.planNodeCount()},
        {QStringLiteral("coordinator_nodes"), analysis.coordinatorNodes},
        {QStringLiteral("distributed"), plan.isDistributed()},
        {QStringLiteral("kind"), planKindName(analysis.kind)},
        {QStringLiteral("task_count"), orNull(analysis.taskCount)},
        {QStringLiteral("tasks_shown"), analysis.tasksShown},
        {QStringLiteral("subplans"), analysis.subplans},
        {QStringLiteral("workers"), workers},
    };
}

QJsonObject PlanSummary::toJson(const ExplainOutput &output)
{
    if (output.plans.size() == 1 && output.skipped.empty())
        return toJson(output.plans.front(), PlanAnalyzer::analyze(output.plans.front()));
    const Plan all = ExplainOutput(output).merged();
    QJsonObject json = toJson(all, PlanAnalyzer::analyze(all));
    if (output.plans.size() > 1) {
        QJsonArray plans;
        for (size_t i = 0; i < output.plans.size(); ++i) {
            QJsonObject plan = toJson(output.plans[i], PlanAnalyzer::analyze(output.plans[i]));
            plan.insert(QStringLiteral("title"), output.title(i));
            plans.append(plan);
        }
        json.insert(QStringLiteral("plans"), plans);
    }
    if (!output.skipped.empty()) {
        QJsonArray skipped;
        for (const SkippedLine &line : output.skipped) {
            skipped.append(QJsonObject{
                {QStringLiteral("line"), line.line},
                {QStringLiteral("kind"), skippedKindName(line.kind)},
                {QStringLiteral("text"), line.text},
            });
        }
        json.insert(QStringLiteral("skipped"), skipped);
    }
    return json;
}

QString PlanSummary::toText(const ExplainOutput &output)
{
    if (output.plans.size() == 1)
        return toText(output.plans.front(), PlanAnalyzer::analyze(output.plans.front()));
    QStringList sections;
    for (size_t i = 0; i < output.plans.size(); ++i) {
        sections << output.title(i) + QLatin1Char('\n')
                + toText(output.plans[i], PlanAnalyzer::analyze(output.plans[i]));
    }
    return sections.join(QLatin1Char('\n'));
}

QString PlanSummary::planNodesMeaning()
{
    return tr("Plan nodes are the steps PostgreSQL planned (Aggregate, Sort, Custom Scan, Seq Scan…), on the "
              "coordinator and in the plan of each task shown on its worker. Citus' jobs, tasks, subplans and "
              "MapMergeJobs are counted as tasks and subplans, not as plan nodes. The coordinator's plan nodes "
              "and the workers' add up to the plan nodes in the heading.");
}

QString PlanSummary::toText(const Plan &plan, const PlanAnalysis &analysis)
{
    QStringList lines;
    lines << tr("Format: %1%2")
                 .arg(planFormatName(plan.format).toUpper(),
                      plan.analyzed ? tr(" (EXPLAIN ANALYZE)") : tr(" (estimates only)"));
    lines << tr("Planning time: %1").arg(milliseconds(plan.planningTimeMs));
    lines << tr("Execution time: %1").arg(milliseconds(plan.executionTimeMs));
    if (plan.isDistributed()) {
        lines << tr("Plan nodes: %1 (coordinator: %2, workers: %3)")
                     .arg(plan.planNodeCount())
                     .arg(analysis.coordinatorNodes)
                     .arg(plan.planNodeCount() - analysis.coordinatorNodes);
        lines << tr("Distributed query: %1").arg(planKindName(analysis.kind));
        lines << tr("Tasks: %1 shown of %2")
                     .arg(analysis.tasksShown)
                     .arg(analysis.taskCount ? QString::number(*analysis.taskCount) : tr("unknown"));
        lines << tr("Distributed subplans: %1").arg(analysis.subplans);
    } else {
        lines << tr("Plan nodes: %1").arg(plan.planNodeCount());
        lines << tr("Not distributed: PostgreSQL ran it alone");
    }
    if (analysis.slowestNode >= 0) {
        const auto &node = plan.nodes[size_t(analysis.slowestNode)];
        QString where = node.citus.worker.isEmpty() ? tr("coordinator") : node.citus.worker.toString();
        lines << tr("Slowest node: %1 (%2), %3 of its own")
                     .arg(NodeLabel::describe(node), where,
                          milliseconds(analysis.nodes[size_t(analysis.slowestNode)].exclusiveMs));
    }
    if (!analysis.workers.empty()) {
        lines << tr("Workers:");
        for (const auto &worker : analysis.workers) {
            // Each count with its own plural: "1 plan node", "1 row".
            const QString rows = worker.rows ? tr("%Ln row(s)", nullptr, qRound(*worker.rows)) : tr("rows unknown");
            lines << tr("  %1: %2, %3, %4, %5")
                         .arg(worker.worker.toString(), tr("%Ln task(s)", nullptr, worker.tasks),
                              tr("%Ln plan node(s)", nullptr, worker.nodes), rows, milliseconds(worker.timeMs));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace shardscope
