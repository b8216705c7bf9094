#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

struct ShardMap;

// `shardscope shards --dsn DSN [--table T] [--value V] [--json]`: the shard map of the
// cluster's Citus tables (each shard's id, hash range, workers and rows) and where a value
// of the distribution column goes. Exit 2 when the map cannot be read.
class ShardsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShardsCommand)

public:
    static constexpr const char *name = "shards";
    static int run(const QStringList &arguments);
    // The table --value is looked up in: the one given, else the one hash-distributed
    // table; empty, with why, when there is none or more than one.
    static QString tableForValue(const ShardMap &map, const QString &given, QString *why);
};

} // namespace shardscope
