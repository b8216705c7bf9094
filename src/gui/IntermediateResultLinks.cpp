#include "IntermediateResultLinks.h"

#include <QRegularExpression>

namespace shardscope {

namespace {

bool isReaderScan(const PlanNode &node)
{
    return node.nodeType == QLatin1String("Function Scan")
        && node.functionName.startsWith(QLatin1String("read_intermediate_result"));
}

// How the reading calls name a subplan's result: '2_1'. JSON output leaves the id out;
// Citus numbers the subplans of one distributed query 1, 2, ... in order, so there
// the position among its siblings stands in for the id: '<any plan id>_2'.
QRegularExpression resultName(const Plan &plan, int subplan)
{
    const PlanNode &node = plan.nodes[size_t(subplan)];
    if (!node.citus.subplanId.isEmpty())
        return QRegularExpression(QLatin1Char('\'') + QRegularExpression::escape(node.citus.subplanId)
                                  + QLatin1Char('\''));
    int position = 0;
    for (int sibling : plan.nodes[size_t(node.parent)].children) {
        if (plan.nodes[size_t(sibling)].kind == NodeKind::DistributedSubplan)
            ++position;
        if (sibling == subplan)
            break;
    }
    return QRegularExpression(QStringLiteral("'\\d+_%1'").arg(position));
}

bool reads(const QString &text, const QRegularExpression &name)
{
    return text.contains(QLatin1String("read_intermediate_result")) && name.match(text).hasMatch();
}

// The distributed query the subplan belongs to (its Custom Scan), without the subplan's
// own plan: where its result can be read.
std::vector<int> readingScope(const Plan &plan, int subplan)
{
    std::vector<int> scope;
    std::vector<int> stack{plan.nodes[size_t(subplan)].parent};
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        if (node == subplan)
            continue;
        scope.push_back(node);
        const auto &children = plan.nodes[size_t(node)].children;
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    return scope;
}

} // namespace

std::vector<IntermediateResultLinks::Link> IntermediateResultLinks::find(const Plan &plan)
{
    std::vector<Link> links;
    for (size_t s = 0; s < plan.nodes.size(); ++s) {
        if (plan.nodes[s].kind != NodeKind::DistributedSubplan || plan.nodes[s].parent < 0)
            continue;
        const int subplan = int(s);
        const QRegularExpression name = resultName(plan, subplan);
        const std::vector<int> scope = readingScope(plan, subplan);
        const size_t before = links.size();
        for (int node : scope) {
            if (!isReaderScan(plan.nodes[size_t(node)]))
                continue;
            // Without VERBOSE there is no "Function Call": the task's query tells instead.
            QString call = plan.nodes[size_t(node)].property(QStringLiteral("Function Call"));
            if (call.isEmpty()) {
                const int task = plan.ancestorOfKind(node, NodeKind::Task);
                call = task < 0 ? QString() : plan.nodes[size_t(task)].citus.query;
            }
            if (reads(call, name))
                links.push_back({subplan, node});
        }
        if (links.size() > before)
            continue;
        for (int node : scope) {
            if (plan.nodes[size_t(node)].kind == NodeKind::Task && reads(plan.nodes[size_t(node)].citus.query, name))
                links.push_back({subplan, node});
        }
    }
    return links;
}

} // namespace shardscope
