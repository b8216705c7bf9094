#pragma once

#include "PlanNode.h"

#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace shardscope {

enum class PlanFormat { Json, Text, Yaml, Xml };

QString planFormatName(PlanFormat format);

// One EXPLAIN document. Nodes live in one array (parents always before their
// children) and refer to each other by index: a 100,000-deep plan is walked and
// freed without recursion. Several plans printed together may share one Plan, each
// tree with a root of its own (ExplainOutput::merged()).
class Plan
{
public:
    PlanFormat format = PlanFormat::Json;
    // True when the server ran the statement (EXPLAIN ANALYZE): actual figures are present.
    bool analyzed = false;
    std::optional<double> planningTimeMs;
    std::optional<double> executionTimeMs;
    // Properties of the document itself ("Planning" buffers, "Triggers", "JIT", ...).
    std::vector<Property> properties;

    std::vector<PlanNode> nodes;
    int root = -1; // the first tree's

    int addNode(PlanNode node, int parent);
    bool isEmpty() const { return root < 0; }
    // "Plan nodes", the one count every view shows (heading, legend, `inspect`, the
    // comparison): the executor nodes PostgreSQL planned, on the coordinator and in every
    // remote plan shown, not the Job / Task / Subplan / MapMergeJob structures Citus adds
    // around them (counted as tasks and subplans). PlanSummary::planNodesMeaning() says so.
    int planNodeCount() const;
    bool isDistributed() const;
    // The root of every tree, in order: root, then those of any plans merged after it.
    std::vector<int> roots() const;

    // Visits nodes depth-first, parents before children, in the server's order, tree after tree.
    template<typename Visit>
    void forEachPreorder(Visit visit) const
    {
        std::vector<int> stack = roots();
        std::reverse(stack.begin(), stack.end());
        while (!stack.empty()) {
            const int index = stack.back();
            stack.pop_back();
            visit(index);
            const auto &children = nodes[size_t(index)].children;
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back(*it);
        }
    }

    std::vector<int> preorder() const;
    // Depth of a node: the root has depth 0.
    int depth(int index) const;
    // Nearest ancestor of the given kind, or -1.
    int ancestorOfKind(int index, NodeKind kind) const;
};

} // namespace shardscope
