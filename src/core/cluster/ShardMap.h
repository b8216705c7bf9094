#pragma once

#include "NodeAddress.h"
#include "ShardPlacements.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shardscope {

// One shard of a Citus table: the slice of the int32 hash space it holds
// (pg_dist_shard.shardminvalue..shardmaxvalue, both ends included) and the workers that hold
// a copy of it (its placements). A reference or Citus local table's one shard has no range.
struct ShardSegment {
    qint64 shardId = 0;
    std::optional<qint32> minHash;
    std::optional<qint32> maxHash;
    QList<NodeAddress> placements; // in node id order, the coordinator as pg_dist_node names it
    std::optional<qint64> rows; // nothing until counted, or when its worker could not count
    QString rowsError; // what the worker said instead of a count

    bool hasRange() const { return minHash && maxHash; }
    bool contains(qint32 hash) const { return hasRange() && *minHash <= hash && hash <= *maxHash; }
    // The share of the whole int32 hash space it holds, from 0 to 1; 1 without a range.
    double share() const;
};

// A Citus table as its shards: type as citus_tables words it ("distributed", "reference",
// "local"), distribution column and its type, colocation group, and its shards sorted by
// the start of their range.
struct ShardMapTable {
    QString name; // as regclass prints it
    QString type;
    QString distributionColumn; // empty when it has none
    QString columnType; // format_type() of the distribution column: "integer", "bigint"
    int colocationId = 0;
    QList<ShardSegment> shards;

    bool isHashDistributed() const { return !distributionColumn.isEmpty(); }
    // The shard whose range holds hash; nullptr when none does (a table without ranges, or
    // a gap that Citus never leaves). Binary search: the shards are sorted.
    const ShardSegment *segmentOf(qint32 hash) const;
    const ShardSegment *shard(qint64 shardId) const;
    // Rows of the shards counted, and whether every shard was.
    qint64 rows() const;
    bool allCounted() const;
    // Every worker holding a copy of one of its shards, in first-seen order.
    QList<NodeAddress> workers() const;
};

// Where a value of the distribution column goes: its hash (worker_hash(), the column type's
// own hash function), the shard Citus routes it to (get_shard_id_for_distribution_column)
// and the workers of that shard.
struct ValueLocation {
    QString value;
    std::optional<qint32> hash; // nothing for a table that is not hash-distributed
    qint64 shardId = 0;
    QList<NodeAddress> workers;
};

// The shards of a cluster's Citus tables (or of one of them), as read by ShardMapReader.
struct ShardMap {
    QList<ShardMapTable> tables; // ordered by name

    const ShardMapTable *table(const QString &name) const;
    // The other tables of name's colocation group: they share its shard ranges, so rows with
    // one distribution value sit together on one worker. None for reference tables' group
    // nor for a table alone in its group.
    QStringList colocatedWith(const QString &name) const;
    // Whether two tables' shards cover the same ranges on the same workers, shard by shard.
    static bool sameSegments(const ShardMapTable &a, const ShardMapTable &b);
    // The hash-distributed tables' shards and their workers: for a plan to name the tasks
    // it does not show.
    ShardPlacements placements() const;
    // Rows as the reader gets them (tableName, type, column, columnType, colocationId,
    // shardId, min, max, nodename, nodeport), ordered by table then shard: grouped into tables.
    static ShardMap fromRows(const QList<QStringList> &rows);
};

} // namespace shardscope
