#include "NodeColoring.h"

#include "ColorScale.h"
#include "FigureText.h"

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr int scaleStops = 9;

} // namespace

NodeColoring::NodeColoring(const Plan &plan, const PlanAnalysis &analysis, ColorMode mode,
                           const WorkerPalette &workers)
{
    m_accent.reserve(plan.nodes.size());
    for (const PlanNode &node : plan.nodes)
        m_accent.push_back(workers.color(node.citus.worker));
    switch (mode) {
    case ColorMode::Worker:
        m_fill = m_accent;
        break;
    case ColorMode::ExclusiveTime:
        colorByTime(plan, analysis);
        break;
    case ColorMode::Misestimate:
        colorByMisestimate(plan, analysis);
        break;
    }
}

void NodeColoring::colorByTime(const Plan &plan, const PlanAnalysis &analysis)
{
    double slowest = 0;
    for (const NodeMetrics &metrics : analysis.nodes)
        slowest = std::max(slowest, metrics.exclusiveMs.value_or(0));
    m_fill.assign(plan.nodes.size(), ColorScale::missing());
    for (size_t i = 0; i < plan.nodes.size() && i < analysis.nodes.size(); ++i) {
        const auto &exclusive = analysis.nodes[i].exclusiveMs;
        if (exclusive && plan.nodes[i].isPlanNode())
            m_fill[i] = ColorScale::heat(slowest > 0 ? *exclusive / slowest : 0);
    }
    LegendItem::Scale scale;
    scale.title = tr("Time in the node itself");
    for (int i = 0; i < scaleStops; ++i)
        scale.stops.push_back(ColorScale::heat(double(i) / (scaleStops - 1)));
    scale.left = FigureText::duration(0);
    scale.right = FigureText::duration(slowest);
    m_scale = scale;
}

void NodeColoring::colorByMisestimate(const Plan &plan, const PlanAnalysis &analysis)
{
    m_fill.assign(plan.nodes.size(), ColorScale::missing());
    for (size_t i = 0; i < plan.nodes.size() && i < analysis.nodes.size(); ++i) {
        const NodeMetrics &metrics = analysis.nodes[i];
        if (metrics.misestimateFactor && plan.nodes[i].isPlanNode())
            m_fill[i] = ColorScale::misestimate(metrics.misestimate, *metrics.misestimateFactor);
    }
    LegendItem::Scale scale;
    scale.title = tr("Rows: planner's estimate against actual");
    // From "estimated 1000x too many" through "right" to "1000x too few".
    const int half = scaleStops / 2;
    for (int i = -half; i <= half; ++i) {
        const double factor = std::pow(10.0, ColorScale::misestimateDecades * std::abs(i) / half);
        scale.stops.push_back(ColorScale::misestimate(i < 0 ? Misestimate::Over : i > 0 ? Misestimate::Under
                                                                                      : Misestimate::None,
                                                      factor));
    }
    const QString extreme = FigureText::factor(std::pow(10.0, ColorScale::misestimateDecades));
    scale.left = tr("%1 too high").arg(extreme);
    scale.right = tr("%1 too low").arg(extreme);
    m_scale = scale;
}

} // namespace shardscope
