#include "PlanHeadline.h"

#include "FigureText.h"

namespace shardscope {

QString PlanHeadline::heading(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Local:
        return tr("PostgreSQL plan (no Citus)");
    case PlanKind::Router:
        return tr("Router query");
    case PlanKind::MultiShard:
        return tr("Multi-shard query");
    case PlanKind::Repartition:
        return tr("Repartition join");
    case PlanKind::Subplans:
        return tr("Query with distributed subplans");
    case PlanKind::InsertSelect:
        return tr("INSERT … SELECT");
    }
    return {};
}

QString PlanHeadline::figures(const Plan &plan, const PlanAnalysis &analysis)
{
    QStringList parts;
    if (plan.isDistributed()) {
        const int tasks = int(analysis.taskCount.value_or(analysis.tasksShown));
        QString text = tr("tasks: %1").arg(tasks);
        if (analysis.tasksShown < tasks)
            text += tr(" (%n shown)", nullptr, analysis.tasksShown);
        parts.append(text);
        if (!analysis.workers.empty())
            parts.append(tr("workers: %1").arg(analysis.workers.size()));
        if (analysis.subplans > 0)
            parts.append(tr("distributed subplans: %1").arg(analysis.subplans));
    }
    parts.append(tr("plan nodes: %1").arg(plan.planNodeCount()));
    if (plan.executionTimeMs)
        parts.append(tr("execution %1").arg(FigureText::duration(*plan.executionTimeMs)));
    if (plan.planningTimeMs)
        parts.append(tr("planning %1").arg(FigureText::duration(*plan.planningTimeMs)));
    if (!plan.analyzed)
        parts.append(tr("estimates only (no ANALYZE)"));
    return parts.join(QStringLiteral(" · "));
}

QString PlanHeadline::heading(PlanKind kind, size_t sections)
{
    return sections > 1 ? tr("%n plan(s) in one output", nullptr, int(sections)) : heading(kind);
}

std::vector<PlanSection> PlanHeadline::sections(const ExplainOutput &output)
{
    std::vector<PlanSection> sections;
    if (output.plans.size() < 2)
        return sections;
    int offset = 0;
    for (size_t i = 0; i < output.plans.size(); ++i) {
        const Plan &plan = output.plans[i];
        const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
        sections.push_back({offset + plan.root, tr("%1 · %2").arg(output.title(i), heading(analysis.kind)),
                            figures(plan, analysis)});
        offset += int(plan.nodes.size());
    }
    return sections;
}

QString PlanHeadline::colorModeName(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Worker:
        return tr("coloured by worker");
    case ColorMode::ExclusiveTime:
        return tr("coloured by time in each node");
    case ColorMode::Misestimate:
        return tr("coloured by row misestimate");
    }
    return {};
}

} // namespace shardscope
