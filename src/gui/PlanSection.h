#pragma once

#include <QString>

namespace shardscope {

// One plan of a document that holds several (a statement a rule rewrote): where its tree
// starts among the document's nodes and the words drawn above it.
struct PlanSection {
    int root = -1;
    QString heading; // "Plan 1 of 2 · PostgreSQL plan (no Citus)"
    QString figures; // as under a single plan's heading
};

} // namespace shardscope
