#pragma once

#include "Plan.h"

namespace shardscope {

// Gives every node of a task's remote plan the task's worker, and every relation read
// on a worker its table name and shard id; a task gets the shard its plan reads.
// Runs once after parsing, whatever the format.
class CitusAttribution
{
public:
    static void apply(Plan &plan);
};

} // namespace shardscope
