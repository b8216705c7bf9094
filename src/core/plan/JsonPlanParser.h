#pragma once

#include "PlanParseError.h"
#include "StructuredTree.h"

#include <QCoreApplication>

namespace shardscope {

// EXPLAIN (FORMAT JSON) -> StructuredTree, with RapidJSON's iterative in-place SAX
// reader: no recursion however deep the document, no copy of the strings. The text
// must already be valid UTF-8 (PlanReader checks it once for every format).
class JsonPlanParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonPlanParser)

public:
    static bool parse(const QByteArray &utf8, StructuredTree &tree, PlanParseError *error);
};

} // namespace shardscope
