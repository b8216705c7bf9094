#pragma once

namespace shardscope {

// What the fill colour of a plan card tells.
enum class ColorMode {
    Worker, // the Citus worker that ran the node; coordinator nodes neutral
    ExclusiveTime, // heat of the time spent in the node itself
    Misestimate, // how far the planner's row estimate was off, and which way
};

} // namespace shardscope
