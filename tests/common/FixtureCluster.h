#pragma once

// The shards of the cluster that the Citus plans of tests/data came from
// (meta_citus_shards.csv): its distributed tables' shards, in shard id order, each with the
// worker holding it.

#include "Fixtures.h"
#include "ShardPlacements.h"

namespace fixtures {

inline shardscope::ShardPlacements clusterShards()
{
    shardscope::ShardPlacements placements;
    for (const auto &row : csv(QStringLiteral("meta_citus_shards.csv"))) {
        if (row.value(QStringLiteral("citus_table_type")) != QLatin1String("distributed"))
            continue;
        const QString name = row.value(QStringLiteral("table_name"));
        if (placements.tables.isEmpty() || placements.tables.last().name != name)
            placements.tables.append({name, {}});
        placements.tables.last().shards.append(
            {row.value(QStringLiteral("shardid")).toLongLong(),
             shardscope::NodeAddress{row.value(QStringLiteral("nodename")),
                                     row.value(QStringLiteral("nodeport")).toInt()}});
    }
    return placements;
}

} // namespace fixtures
