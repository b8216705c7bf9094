#pragma once

#include "PlanParseError.h"
#include "StructuredTree.h"

#include <QCoreApplication>

namespace shardscope {

// EXPLAIN (FORMAT XML) -> StructuredTree. Element names become the JSON keys
// ("Node-Type" -> "Node Type"); list elements (Plans, Tasks, Output, ...) become arrays;
// Citus's nested worker <explain> documents stay nested.
class XmlPlanParser
{
    Q_DECLARE_TR_FUNCTIONS(XmlPlanParser)

public:
    static bool parse(const QByteArray &utf8, StructuredTree &tree, PlanParseError *error);
};

} // namespace shardscope
