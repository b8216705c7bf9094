#pragma once

#include "NodeAddress.h"

#include <QList>
#include <QString>

#include <optional>

namespace shardscope {

// The shards of a cluster's hash-distributed tables and the worker holding each, as far as
// a plan needs them to name the tasks it does not show (HiddenTasks). The cluster library
// reads them (ShardMap::placements()); the plan library only looks them up.
struct ShardPlacements {
    struct Shard {
        qint64 id = 0;
        NodeAddress worker; // its first placement

        friend bool operator==(const Shard &a, const Shard &b) { return a.id == b.id && a.worker == b.worker; }
    };
    struct Table {
        QString name;
        QList<Shard> shards; // in the order of their hash ranges

        friend bool operator==(const Table &a, const Table &b) { return a.name == b.name && a.shards == b.shards; }
    };
    QList<Table> tables;

    bool isEmpty() const { return tables.isEmpty(); }
    // The table one of whose shards is shardId, or nullptr.
    const Table *tableOf(qint64 shardId) const;

    friend bool operator==(const ShardPlacements &a, const ShardPlacements &b) { return a.tables == b.tables; }
    friend bool operator!=(const ShardPlacements &a, const ShardPlacements &b) { return !(a == b); }
};

} // namespace shardscope
