#pragma once

#include "ColorMode.h"
#include "ExplainOutput.h"
#include "Plan.h"
#include "PlanAnalysis.h"
#include "PlanSection.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace shardscope {

// The words above a plan drawing: its kind as a heading ("Router query"), then its
// figures ("1 task on 1 worker · execution 8.32 ms · planning 1.24 ms").
class PlanHeadline
{
    Q_DECLARE_TR_FUNCTIONS(PlanHeadline)

public:
    static QString heading(PlanKind kind);
    static QString figures(const Plan &plan, const PlanAnalysis &analysis);
    static QString colorModeName(ColorMode mode);
    // The heading of a document of sections (several plans): "2 plans in one output", or
    // the kind of its only plan.
    static QString heading(PlanKind kind, size_t sections);
    // A section per plan of an output that holds several, rooted where
    // ExplainOutput::merged() puts each plan; none for a single plan.
    static std::vector<PlanSection> sections(const ExplainOutput &output);
};

} // namespace shardscope
