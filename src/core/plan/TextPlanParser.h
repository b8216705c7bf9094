#pragma once

#include "Plan.h"
#include "PlanParseError.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace shardscope {

// EXPLAIN (FORMAT TEXT), including the Citus additions (Task, Distributed Subplan,
// MapMergeJob, remote plans). Expects text without psql's table decorations
// (PsqlOutputCleaner removes them). Node types come out as JSON names, so TEXT and
// JSON of one query give the same tree. One output may hold several plans (a statement
// that a rule rewrote into several), one after another.
class TextPlanParser
{
    Q_DECLARE_TR_FUNCTIONS(TextPlanParser)

public:
    static std::optional<std::vector<Plan>> parse(const QByteArray &utf8, PlanParseError *error);
};

} // namespace shardscope
