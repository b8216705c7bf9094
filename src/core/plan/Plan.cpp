#include "Plan.h"

namespace shardscope {

QString planFormatName(PlanFormat format)
{
    switch (format) {
    case PlanFormat::Json:
        return QStringLiteral("json");
    case PlanFormat::Text:
        return QStringLiteral("text");
    case PlanFormat::Yaml:
        return QStringLiteral("yaml");
    case PlanFormat::Xml:
        return QStringLiteral("xml");
    }
    return {};
}

int Plan::addNode(PlanNode node, int parent)
{
    const int index = int(nodes.size());
    node.parent = parent;
    nodes.push_back(std::move(node));
    if (parent >= 0)
        nodes[size_t(parent)].children.push_back(index);
    else if (root < 0)
        root = index;
    return index;
}

int Plan::planNodeCount() const
{
    int count = 0;
    for (const auto &node : nodes)
        count += node.isPlanNode() ? 1 : 0;
    return count;
}

bool Plan::isDistributed() const
{
    for (const auto &node : nodes) {
        if (!node.isPlanNode())
            return true;
    }
    return false;
}

std::vector<int> Plan::roots() const
{
    std::vector<int> all;
    if (root < 0)
        return all;
    for (size_t i = size_t(root); i < nodes.size(); ++i) {
        if (nodes[i].parent < 0)
            all.push_back(int(i));
    }
    return all;
}

std::vector<int> Plan::preorder() const
{
    std::vector<int> order;
    order.reserve(nodes.size());
    forEachPreorder([&order](int index) { order.push_back(index); });
    return order;
}

int Plan::depth(int index) const
{
    int depth = 0;
    for (int at = nodes[size_t(index)].parent; at >= 0; at = nodes[size_t(at)].parent)
        ++depth;
    return depth;
}

int Plan::ancestorOfKind(int index, NodeKind kind) const
{
    for (int at = nodes[size_t(index)].parent; at >= 0; at = nodes[size_t(at)].parent) {
        if (nodes[size_t(at)].kind == kind)
            return at;
    }
    return -1;
}

} // namespace shardscope
