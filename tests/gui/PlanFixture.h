#pragma once

// A fixture plan read and analysed, as the scene and the exporters take it.

#include "Fixtures.h"
#include "PlanAnalysis.h"
#include "PlanReader.h"

struct LoadedPlan {
    shardscope::Plan plan;
    shardscope::PlanAnalysis analysis;
};

inline LoadedPlan loadPlan(const QString &path)
{
    shardscope::PlanParseError error;
    std::optional<shardscope::Plan> plan = shardscope::PlanReader::readFile(path, &error);
    if (!plan)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error.toString()));
    shardscope::PlanAnalysis analysis = shardscope::PlanAnalyzer::analyze(*plan);
    return {std::move(*plan), std::move(analysis)};
}
