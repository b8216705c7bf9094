#pragma once

#include "ClusterInfo.h"
#include "SqlStatement.h"

#include <QList>

#include <optional>

namespace shardscope {

class PgResult;

struct UserPlacement {
    int userId = 0;
    qint64 shardId = 0;
    NodeAddress worker;
};

struct ShardRows {
    qint64 shardId = 0;
    NodeAddress worker;
    std::optional<qint64> rows; // nothing when the worker could not count
    QString error; // what the worker said instead
};

struct WorkerRows {
    NodeAddress worker;
    int shards = 0;
    qint64 rows = 0; // of the shards that could be counted
    bool complete = true; // every shard counted
};

// Where the rows of a distributed table live, read from the coordinator: the shard and
// worker of given distribution values (get_shard_id_for_distribution_column with the
// placements) and the row count of each shard, asked on the workers (run_command_on_shards).
class RowLocator
{
public:
    // For a table name already quoted as an identifier.
    static SqlStatement userShards(const QString &quotedTable, const QList<int> &userIds);
    static QList<UserPlacement> readUserShards(const PgResult &result);
    static SqlStatement rowsPerShard(const QString &quotedTable);
    static QList<ShardRows> readRowsPerShard(const PgResult &result);
    // Ordered by worker.
    static QList<WorkerRows> rowsPerWorker(const QList<ShardRows> &shards);
};

} // namespace shardscope
