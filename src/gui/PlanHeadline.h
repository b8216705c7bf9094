#pragma once

#include "ColorMode.h"
#include "Plan.h"
#include "PlanAnalysis.h"

#include <QCoreApplication>
#include <QStringList>

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
};

} // namespace shardscope
