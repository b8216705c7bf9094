#pragma once

#include "Plan.h"
#include "SkippedLine.h"

#include <QCoreApplication>

#include <vector>

namespace shardscope {

// Everything one EXPLAIN printed: usually one plan, several when a rule rewrote the
// statement into several (each statement gets its own plan, with its own root and
// timings), and the lines around them that were pasted along but are not plan.
class ExplainOutput
{
    Q_DECLARE_TR_FUNCTIONS(ExplainOutput)

public:
    std::vector<Plan> plans; // never empty once read
    std::vector<SkippedLine> skipped;

    // What to call plan index: "Plan 1 of 2"; empty when it is the only one.
    QString title(size_t index) const;
    // "Skipped 2 lines that are not plan: a server message, a prompt."; empty when none.
    QString skippedSummary() const;
    // Every plan in one: the nodes of each after those of the one before, each plan's root
    // a root of its own; timings add up. The only plan as it is.
    Plan merged() &&;
};

} // namespace shardscope
