#pragma once

#include "ColorMode.h"
#include "LegendItem.h"
#include "Plan.h"
#include "PlanAnalysis.h"
#include "WorkerPalette.h"

#include <QColor>
#include <QCoreApplication>

#include <optional>
#include <vector>

namespace shardscope {

// The colours of a plan's nodes in one colour mode: the fill the mode gives each node,
// and the accent (its worker's colour, the coordinator's grey) that frames and borders
// keep in every mode so one always sees where a node ran.
class NodeColoring
{
    Q_DECLARE_TR_FUNCTIONS(NodeColoring)

public:
    // workers: the colours of the plan's workers (WorkerPalette::forPlan).
    NodeColoring(const Plan &plan, const PlanAnalysis &analysis, ColorMode mode, const WorkerPalette &workers);

    QColor fill(int node) const { return m_fill[size_t(node)]; }
    QColor accent(int node) const { return m_accent[size_t(node)]; }
    // The key to the fill colours when they are not the workers'.
    std::optional<LegendItem::Scale> scale() const { return m_scale; }

private:
    void colorByTime(const Plan &plan, const PlanAnalysis &analysis);
    void colorByMisestimate(const Plan &plan, const PlanAnalysis &analysis);

    std::vector<QColor> m_fill;
    std::vector<QColor> m_accent;
    std::optional<LegendItem::Scale> m_scale;
};

} // namespace shardscope
