#pragma once

#include "PlanParseError.h"
#include "StructuredTree.h"

#include <QCoreApplication>

namespace shardscope {

// EXPLAIN (FORMAT YAML) -> StructuredTree, through yaml-cpp's event parser.
class YamlPlanParser
{
    Q_DECLARE_TR_FUNCTIONS(YamlPlanParser)

public:
    static bool parse(const QByteArray &utf8, StructuredTree &tree, PlanParseError *error);
};

} // namespace shardscope
