#pragma once

#include "Plan.h"
#include "PlanAnalysis.h"
#include "PlanSection.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

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
    // When the output held several plans (all in plan, a tree each): one per plan.
    std::vector<PlanSection> sections;
    // What was left out of pasted text, to tell the user; empty when nothing was.
    QString skipped;
    // For a name in words ("Query for user 2"): the name in the language of the moment,
    // so that it changes with the language. Empty for a file name.
    std::function<QString()> translatedName;
    // The statement ShardScope explained to get the plan, so that it can be explained again
    // (with every task shown); empty for plans read from files or pasted.
    QString statement;

    // The name to show now.
    QString title() const { return translatedName ? translatedName() : name; }
};

using PlanDocumentPtr = std::shared_ptr<const PlanDocument>;

} // namespace shardscope
