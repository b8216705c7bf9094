#pragma once

#include "ShardMap.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace shardscope {

// The rows of each shard of one table at one moment, to show that a worker that stopped
// and started again lost nothing: counted before, counted after, compared shard by shard.
// Shards whose worker could not count them are left out. Kept as text ("shard rows" a
// line) between two runs of the command line.
class ShardRowCounts
{
public:
    // How the counts of later compare with those of before.
    struct Comparison {
        int same = 0; // shards counted both times, with equal counts
        QList<qint64> changed; // counted both times, different counts
        QList<qint64> uncounted; // counted before, not now (its worker does not answer)
        QList<qint64> unknown; // not counted before
        qint64 rowsBefore = 0;
        qint64 rowsNow = 0; // of the shards counted now

        // Every shard of before counted again, each with the same rows.
        bool equal() const { return changed.isEmpty() && uncounted.isEmpty() && unknown.isEmpty() && same > 0; }
    };

    ShardRowCounts() = default;
    static ShardRowCounts of(const ShardMapTable &table);
    // Nothing when text is not "shard rows" lines.
    static std::optional<ShardRowCounts> fromText(const QString &text);
    QString toText() const;

    bool isEmpty() const { return m_rows.isEmpty(); }
    int shards() const { return int(m_rows.size()); }
    qint64 rows() const;
    Comparison compareWith(const ShardRowCounts &now) const;
    bool operator==(const ShardRowCounts &other) const { return m_rows == other.m_rows; }

private:
    QMap<qint64, qint64> m_rows; // shard id -> rows
};

} // namespace shardscope
