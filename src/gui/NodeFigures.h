#pragma once

#include "Plan.h"
#include "PlanAnalysis.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace shardscope {

// The typed figures of one node worded for the details panel, at full precision (cards
// round them): times, rows actual against estimated, how far off the estimate was, and
// what only Citus nodes carry.
class NodeFigures
{
    Q_DECLARE_TR_FUNCTIONS(NodeFigures)

public:
    struct Row {
        QString name;
        QString value;
    };

    static std::vector<Row> of(const Plan &plan, const PlanAnalysis &analysis, int node);
    // "worker 127.0.0.1:9702 · shard 102009", "the coordinator", or empty for plain PostgreSQL.
    static QString where(const Plan &plan, int node);

private:
    static void addTimes(std::vector<Row> &rows, const PlanNode &node, const NodeMetrics &metrics);
    static void addRows(std::vector<Row> &rows, const PlanNode &node, const NodeMetrics &metrics);
    static void addCitus(std::vector<Row> &rows, const PlanNode &node);
};

} // namespace shardscope
