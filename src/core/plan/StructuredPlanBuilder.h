#pragma once

#include "Plan.h"
#include "PlanParseError.h"
#include "StructuredTree.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace shardscope {

// Turns the JSON / YAML / XML document tree into a Plan: plan nodes from "Plan" and
// "Plans", Citus nodes from "Distributed Query" (Subplans, Job, Tasks, Dependent Jobs)
// and their remote plans. Walks with its own stack: depth is no danger.
class StructuredPlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StructuredPlanBuilder)

public:
    // One plan per query of the document (several when a rule rewrote the statement).
    static std::optional<std::vector<Plan>> build(const StructuredTree &tree, PlanFormat format,
                                                  PlanParseError *error);
};

} // namespace shardscope
