#pragma once

#include "NodeAddress.h"

#include <QString>

#include <optional>
#include <vector>

namespace shardscope {

// A plan node is either a real executor node or one of the structures Citus adds
// to a distributed plan. The Citus ones are kept as nodes (not buried in properties)
// so that every view can draw, count and colour them like the rest of the tree.
enum class NodeKind {
    Plan,
    DistributedSubplan,
    Job,
    Task,
    MapMergeJob,
};

struct Property {
    QString key;
    QString value;
};

struct Buffers {
    std::optional<qint64> sharedHit, sharedRead, sharedDirtied, sharedWritten;
    std::optional<qint64> localHit, localRead, localDirtied, localWritten;
    std::optional<qint64> tempRead, tempWritten;

    bool any() const
    {
        return sharedHit || sharedRead || sharedDirtied || sharedWritten || localHit || localRead
            || localDirtied || localWritten || tempRead || tempWritten;
    }
};

// WAL the node and those below it generated (EXPLAIN (ANALYZE, WAL)); "buffers full" is PostgreSQL 18's.
struct WalUsage {
    std::optional<qint64> records, fullPageImages, bytes, buffersFull;

    bool any() const { return records || fullPageImages || bytes || buffersFull; }
};

// Fields that only Citus nodes carry.
struct CitusInfo {
    // Task and every node of its remote plan: the worker that ran it; empty elsewhere.
    NodeAddress worker;
    QString database;
    // Shard of the relation (or, for a task, of the first relation its remote plan reads).
    std::optional<qint64> shardId;
    QString query;
    QString error;
    QString tupleDataReceived;
    std::optional<qint64> tupleBytesReceived;
    // Job
    std::optional<qint64> taskCount;
    QString tasksShown;
    // Distributed subplan
    QString subplanId;
    std::optional<double> subplanDurationMs;
    QString intermediateDataSize;
    QString resultDestination;
    // Task (remote plan) and distributed subplan (its PlannedStmt)
    std::optional<double> planningTimeMs;
    std::optional<double> executionTimeMs;
    // MapMergeJob
    std::optional<qint64> mapTaskCount;
    std::optional<qint64> mergeTaskCount;
};

struct PlanNode {
    NodeKind kind = NodeKind::Plan;
    int parent = -1;
    std::vector<int> children;

    // "Node Type" as PostgreSQL names it in JSON ("Aggregate", "Hash Join", "ModifyTable",
    // "Custom Scan"), whatever the source format; synthetic Citus nodes use their kind's name.
    QString nodeType;
    QString customPlanProvider;
    QString parentRelationship;
    QString subplanName;
    QString relationName;
    QString schema;
    QString alias;
    QString indexName;
    QString functionName;
    QString cteName;
    QString joinType;
    QString strategy;
    QString partialMode;
    QString operation;
    QString scanDirection;
    bool parallelAware = false;

    std::optional<double> startupCost, totalCost, planRows, planWidth;
    std::optional<double> actualStartupTime, actualTotalTime, actualRows, actualLoops;
    bool neverExecuted = false;

    Buffers buffers;
    QString filter;
    std::optional<double> rowsRemovedByFilter, rowsRemovedByJoinFilter, rowsRemovedByIndexRecheck;
    std::optional<int> workersPlanned, workersLaunched;
    // PostgreSQL 18: how many times an index scan descended its index ("Index Searches").
    std::optional<qint64> indexSearches;
    // PostgreSQL 18: the planner chose this node although a setting (enable_seqscan = off, ...)
    // disabled its kind: nothing better was possible.
    bool disabled = false;
    // PostgreSQL 17: where a Materialize, CTE Scan or WindowAgg kept its rows ("Memory",
    // "Disk") and its peak size.
    QString storage;
    std::optional<double> maximumStorageKb;
    // PostgreSQL 18: the WindowAgg's window definition ("w1 AS (PARTITION BY ...)").
    QString window;
    WalUsage wal;

    // Relation name without the Citus shard suffix ("activity_log_102009" -> "activity_log").
    QString tableName;
    CitusInfo citus;

    // Every property the server sent, in its order, nested values flattened to text.
    std::vector<Property> properties;

    bool isPlanNode() const { return kind == NodeKind::Plan; }
    QString property(const QString &key) const;
};

QString nodeKindName(NodeKind kind);

} // namespace shardscope
