#pragma once

#include "ShardMap.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace shardscope {

// The shard map as `shardscope shards` prints it: for each table its type, colocation and
// a line per shard (id, hash range, workers, rows), then where a value goes. In the user's
// language as text; as one JSON object, with Citus' own words, for scripts.
class ShardMapText
{
    Q_DECLARE_TR_FUNCTIONS(ShardMapText)

public:
    static QString toText(const ShardMap &map, const std::optional<ValueLocation> &location = {},
                          const QString &locationTable = {});
    static QJsonObject toJson(const ShardMap &map, const std::optional<ValueLocation> &location = {},
                              const QString &locationTable = {});
    // "-2147483648 … -2013265921", or "no range" for a table that is not hash-distributed.
    static QString range(const ShardSegment &shard);
    // "127.0.0.1:9701, 127.0.0.1:9702"
    static QString workers(const QList<NodeAddress> &workers);
    // "user_id = 1: hash -1905060026 → segment -2013265920 … -1879048193 → shard 102010 →
    // 127.0.0.1:9702"
    static QString locationLine(const ShardMapTable &table, const ValueLocation &location);
};

} // namespace shardscope
