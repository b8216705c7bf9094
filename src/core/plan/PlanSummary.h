#pragma once

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
};

} // namespace shardscope
