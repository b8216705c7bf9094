#pragma once

#include "ExplainOutput.h"
#include "Plan.h"
#include "PlanAnalysis.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shardscope {

// What `shardscope inspect` prints: the figures of a plan as a JSON object (stable keys
// for scripts) or as a short translated report for people.
class PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)

public:
    static QJsonObject toJson(const Plan &plan, const PlanAnalysis &analysis);
    static QString toText(const Plan &plan, const PlanAnalysis &analysis);
    // A whole output: the figures of all its plans together, as for one plan, and when it
    // holds several, each plan's own under "plans" (or a section each); the lines left out
    // under "skipped" (the text summary leaves those to the caller).
    static QJsonObject toJson(const ExplainOutput &output);
    static QString toText(const ExplainOutput &output);
    // What "plan nodes" means wherever a count of them is shown (Plan::planNodeCount()).
    static QString planNodesMeaning();
};

} // namespace shardscope
