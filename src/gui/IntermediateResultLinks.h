#pragma once

#include "Plan.h"

#include <vector>

namespace shardscope {

// Where each distributed subplan's result is read. Citus runs a subplan first, stores
// its rows as an intermediate result, and later tasks read it back through
// read_intermediate_result('<subplan id>', ...); the tree only shows the subplan under
// the scan that waits for it.
class IntermediateResultLinks
{
public:
    struct Link {
        int subplan;
        int reader; // the Function Scan reading it, else the task whose query reads it
    };
    static std::vector<Link> find(const Plan &plan);
};

} // namespace shardscope
