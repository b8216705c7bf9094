#include "RowLocator.h"

#include "PgResult.h"

#include <QMap>
#include <QStringList>

namespace shardscope {

SqlStatement RowLocator::userShards(const QString &quotedTable, const QList<int> &userIds)
{
    QStringList ids;
    for (const int id : userIds)
        ids << QString::number(id);
    // The distribution value goes to Citus as text and is read back as the column's type.
    return {QStringLiteral(
                "SELECT v.user_id, s.shardid, n.nodename, n.nodeport"
                " FROM unnest($2::int[]) AS v(user_id)"
                " CROSS JOIN LATERAL (SELECT get_shard_id_for_distribution_column($1::regclass, v.user_id::text)"
                " AS shardid) s"
                " JOIN pg_dist_placement p ON p.shardid = s.shardid"
                " JOIN pg_dist_node n ON n.groupid = p.groupid AND n.noderole = 'primary'"
                " ORDER BY v.user_id"),
            {quotedTable, QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}')}};
}

QList<UserPlacement> RowLocator::readUserShards(const PgResult &result)
{
    QList<UserPlacement> placements;
    for (int row = 0; row < result.rowCount(); ++row) {
        placements << UserPlacement{result.value(row, 0).toInt(), result.value(row, 1).toLongLong(),
                                    {result.value(row, 2), result.value(row, 3).toInt()}};
    }
    return placements;
}

SqlStatement RowLocator::rowsPerShard(const QString &quotedTable)
{
    // run_command_on_shards puts each shard's quoted name where %s is.
    return {QStringLiteral("SELECT r.shardid, n.nodename, n.nodeport, r.success, r.result"
                           " FROM run_command_on_shards($1::regclass, 'SELECT count(*) FROM %s') r"
                           " JOIN pg_dist_placement p ON p.shardid = r.shardid"
                           " JOIN pg_dist_node n ON n.groupid = p.groupid AND n.noderole = 'primary'"
                           " ORDER BY r.shardid"),
            {quotedTable}};
}

QList<ShardRows> RowLocator::readRowsPerShard(const PgResult &result)
{
    QList<ShardRows> shards;
    for (int row = 0; row < result.rowCount(); ++row) {
        ShardRows shard{result.value(row, 0).toLongLong(), {result.value(row, 1), result.value(row, 2).toInt()}, {}, {}};
        if (result.value(row, 3) == QLatin1String("t"))
            shard.rows = result.value(row, 4).toLongLong();
        else
            shard.error = result.value(row, 4);
        shards << shard;
    }
    return shards;
}

QList<WorkerRows> RowLocator::rowsPerWorker(const QList<ShardRows> &shards)
{
    QMap<QString, WorkerRows> byWorker;
    for (const ShardRows &shard : shards) {
        WorkerRows &worker = byWorker[shard.worker.toString()];
        worker.worker = shard.worker;
        ++worker.shards;
        if (shard.rows)
            worker.rows += *shard.rows;
        else
            worker.complete = false;
    }
    return byWorker.values();
}

} // namespace shardscope
