#pragma once

#include "Plan.h"
#include "PlanAnalysis.h"

#include <QString>

#include <memory>

namespace shardscope {

// A plan the user opened, read and analysed once, shared read-only by every view of it
// (tree, details, chart, comparison) so none of them copies a 10,000-node plan.
struct PlanDocument {
    Plan plan;
    PlanAnalysis analysis;
    // What the window title and captions call it: a file name, or "Pasted plan".
    QString name;
    // The file it came from; empty for pasted or dropped text.
    QString path;
};

using PlanDocumentPtr = std::shared_ptr<const PlanDocument>;

} // namespace shardscope
