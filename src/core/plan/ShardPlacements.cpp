#include "ShardPlacements.h"

#include <algorithm>

namespace shardscope {

const ShardPlacements::Table *ShardPlacements::tableOf(qint64 shardId) const
{
    for (const Table &table : tables) {
        if (std::any_of(table.shards.cbegin(), table.shards.cend(),
                        [shardId](const Shard &shard) { return shard.id == shardId; }))
            return &table;
    }
    return nullptr;
}

} // namespace shardscope
