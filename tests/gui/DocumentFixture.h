#pragma once

// A fixture plan as the viewer's widgets take it: read, analysed and shared.

#include "PlanDocument.h"
#include "PlanFixture.h"

#include <QFileInfo>

inline shardscope::PlanDocumentPtr loadDocument(const QString &path)
{
    LoadedPlan loaded = loadPlan(path);
    return std::make_shared<const shardscope::PlanDocument>(
        shardscope::PlanDocument{std::move(loaded.plan), std::move(loaded.analysis), QFileInfo(path).fileName(), path,
                                 {}, {}, {}, {}});
}

// Node indices in preorder whose kind is kind.
inline std::vector<int> nodesOfKind(const shardscope::Plan &plan, shardscope::NodeKind kind)
{
    std::vector<int> nodes;
    for (int node : plan.preorder()) {
        if (plan.nodes[size_t(node)].kind == kind)
            nodes.push_back(node);
    }
    return nodes;
}
