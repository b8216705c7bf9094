#include "ShardMap.h"

#include <algorithm>
#include <limits>

namespace shardscope {

namespace {

std::optional<qint32> hashValue(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<qint32>(value) : std::nullopt;
}

} // namespace

double ShardSegment::share() const
{
    if (!hasRange())
        return 1.0;
    // 2^32 values in all; the range's ends are both in it.
    const double span = double(*maxHash) - double(*minHash) + 1.0;
    return span / (double(std::numeric_limits<quint32>::max()) + 1.0);
}

const ShardSegment *ShardMapTable::segmentOf(qint32 hash) const
{
    // The last shard starting at or before hash, if its range reaches it.
    const auto after = std::upper_bound(shards.cbegin(), shards.cend(), hash, [](qint32 h, const ShardSegment &shard) {
        return shard.minHash && h < *shard.minHash;
    });
    if (after == shards.cbegin())
        return nullptr;
    const ShardSegment &candidate = *std::prev(after);
    return candidate.contains(hash) ? &candidate : nullptr;
}

const ShardSegment *ShardMapTable::shard(qint64 shardId) const
{
    const auto it = std::find_if(shards.cbegin(), shards.cend(),
                                 [shardId](const ShardSegment &shard) { return shard.shardId == shardId; });
    return it == shards.cend() ? nullptr : &*it;
}

qint64 ShardMapTable::rows() const
{
    qint64 sum = 0;
    for (const ShardSegment &shard : shards)
        sum += shard.rows.value_or(0);
    return sum;
}

bool ShardMapTable::allCounted() const
{
    return std::all_of(shards.cbegin(), shards.cend(), [](const ShardSegment &shard) { return bool(shard.rows); });
}

QList<NodeAddress> ShardMapTable::workers() const
{
    QList<NodeAddress> found;
    for (const ShardSegment &shard : shards) {
        for (const NodeAddress &worker : shard.placements) {
            if (!found.contains(worker))
                found << worker;
        }
    }
    return found;
}

const ShardMapTable *ShardMap::table(const QString &name) const
{
    const auto it = std::find_if(tables.cbegin(), tables.cend(), [&](const ShardMapTable &t) { return t.name == name; });
    return it == tables.cend() ? nullptr : &*it;
}

QStringList ShardMap::colocatedWith(const QString &name) const
{
    const ShardMapTable *self = table(name);
    if (!self || !self->isHashDistributed())
        return {};
    QStringList others;
    for (const ShardMapTable &other : tables) {
        if (other.name != name && other.isHashDistributed() && other.colocationId == self->colocationId)
            others << other.name;
    }
    return others;
}

bool ShardMap::sameSegments(const ShardMapTable &a, const ShardMapTable &b)
{
    return std::equal(a.shards.cbegin(), a.shards.cend(), b.shards.cbegin(), b.shards.cend(),
                      [](const ShardSegment &x, const ShardSegment &y) {
                          return x.minHash == y.minHash && x.maxHash == y.maxHash && x.placements == y.placements;
                      });
}

ShardMap ShardMap::fromRows(const QList<QStringList> &rows)
{
    enum Column { Table, Type, DistColumn, ColumnType, Colocation, ShardId, Min, Max, Host, Port, ColumnCount };
    ShardMap map;
    for (const QStringList &row : rows) {
        if (row.size() < ColumnCount)
            continue;
        if (map.tables.isEmpty() || map.tables.last().name != row[Table]) {
            map.tables << ShardMapTable{row[Table], row[Type], row[DistColumn], row[ColumnType],
                                        row[Colocation].toInt(), {}};
        }
        QList<ShardSegment> &shards = map.tables.last().shards;
        const qint64 shardId = row[ShardId].toLongLong();
        if (shards.isEmpty() || shards.last().shardId != shardId)
            shards << ShardSegment{shardId, hashValue(row[Min]), hashValue(row[Max]), {}, {}, {}};
        if (!row[Host].isEmpty())
            shards.last().placements << NodeAddress{row[Host], row[Port].toInt()};
    }
    // Sorted by range for segmentOf(): shard ids follow the ranges when Citus makes a table,
    // but not after a shard was split.
    for (ShardMapTable &table : map.tables) {
        std::stable_sort(table.shards.begin(), table.shards.end(), [](const ShardSegment &a, const ShardSegment &b) {
            return a.minHash.value_or(std::numeric_limits<qint32>::min())
                < b.minHash.value_or(std::numeric_limits<qint32>::min());
        });
    }
    return map;
}

ShardPlacements ShardMap::placements() const
{
    ShardPlacements placements;
    for (const ShardMapTable &table : tables) {
        if (!table.isHashDistributed())
            continue;
        ShardPlacements::Table named{table.name, {}};
        for (const ShardSegment &shard : table.shards)
            named.shards.append({shard.shardId, shard.placements.value(0)});
        placements.tables.append(std::move(named));
    }
    return placements;
}

} // namespace shardscope
