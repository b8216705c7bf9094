#pragma once

#include "NodeAddress.h"

#include <QString>

#include <optional>

namespace shardscope {

// How Citus names things in EXPLAIN output.
class CitusNaming
{
public:
    struct Endpoint {
        NodeAddress worker;
        QString database;
    };
    // "host=127.0.0.1 port=9702 dbname=postgres" -> {127.0.0.1 port 9702, "postgres"}; an
    // IPv6 host comes as Citus prints it, without brackets ("host=::1 port=9701").
    static std::optional<Endpoint> endpointFromConnInfo(const QString &connInfo);

    struct ShardName {
        QString table;
        qint64 shardId = 0;
    };
    // "activity_log_102009" -> {"activity_log", 102009}. Only meaningful for relations
    // read on a worker: coordinator tables may end in digits too ("p25_21").
    static std::optional<ShardName> splitShardName(const QString &relation);
    // First "schema.table_NNNNNN" in a task's query text whose number fits a shard id.
    static std::optional<qint64> shardIdInQuery(const QString &query);
    // pg_size_pretty output ("64 bytes", "10 kB", "5 MB") -> bytes; none for a size that
    // is negative, not a number, or past what a qint64 holds.
    static std::optional<qint64> bytes(const QString &text);
};

} // namespace shardscope
