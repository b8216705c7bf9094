#include "ExplainOutput.h"

#include <QStringList>

#include <algorithm>

namespace shardscope {

namespace {

void addTime(std::optional<double> &total, const std::optional<double> &time)
{
    if (time)
        total = total.value_or(0) + *time;
}

} // namespace

QString ExplainOutput::title(size_t index) const
{
    if (plans.size() < 2)
        return {};
    return tr("Plan %1 of %2").arg(index + 1).arg(plans.size());
}

QString ExplainOutput::skippedSummary() const
{
    if (skipped.empty())
        return {};
    QStringList kinds;
    for (const auto kind : {SkippedLine::Kind::Message, SkippedLine::Kind::Prompt, SkippedLine::Kind::Statement}) {
        const int count = int(std::count_if(skipped.begin(), skipped.end(),
                                            [kind](const SkippedLine &line) { return line.kind == kind; }));
        if (count == 0)
            continue;
        switch (kind) {
        case SkippedLine::Kind::Message:
            kinds << tr("%n server message(s)", nullptr, count);
            break;
        case SkippedLine::Kind::Prompt:
            kinds << tr("%n prompt(s)", nullptr, count);
            break;
        case SkippedLine::Kind::Statement:
            kinds << tr("%n statement(s)", nullptr, count);
            break;
        }
    }
    return tr("Skipped %n line(s) that are not plan: %1.", nullptr, int(skipped.size()))
        .arg(kinds.join(tr(", ")));
}

Plan ExplainOutput::merged() &&
{
    if (plans.size() == 1)
        return std::move(plans.front());
    Plan all;
    if (plans.empty())
        return all;
    all.format = plans.front().format;
    for (Plan &plan : plans) {
        const int offset = int(all.nodes.size());
        all.analyzed = all.analyzed || plan.analyzed;
        addTime(all.planningTimeMs, plan.planningTimeMs);
        addTime(all.executionTimeMs, plan.executionTimeMs);
        all.properties.insert(all.properties.end(), plan.properties.begin(), plan.properties.end());
        for (PlanNode &node : plan.nodes) {
            if (node.parent >= 0)
                node.parent += offset;
            for (int &child : node.children)
                child += offset;
            all.nodes.push_back(std::move(node));
        }
        if (all.root < 0)
            all.root = plan.root + offset;
    }
    return all;
}

} // namespace shardscope
