#include "ShardRowCounts.h"

#include <QStringList>

namespace shardscope {

ShardRowCounts ShardRowCounts::of(const ShardMapTable &table)
{
    ShardRowCounts counts;
    for (const ShardSegment &shard : table.shards) {
        if (shard.rows)
            counts.m_rows.insert(shard.shardId, *shard.rows);
    }
    return counts;
}

std::optional<ShardRowCounts> ShardRowCounts::fromText(const QString &text)
{
    ShardRowCounts counts;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        bool shardOk = false;
        bool rowsOk = false;
        const qint64 shard = fields.value(0).toLongLong(&shardOk);
        const qint64 rows = fields.value(1).toLongLong(&rowsOk);
        if (fields.size() != 2 || !shardOk || !rowsOk || rows < 0)
            return std::nullopt;
        counts.m_rows.insert(shard, rows);
    }
    return counts;
}

QString ShardRowCounts::toText() const
{
    QString text;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        text += QStringLiteral("%1 %2\n").arg(it.key()).arg(it.value());
    return text;
}

qint64 ShardRowCounts::rows() const
{
    qint64 total = 0;
    for (const qint64 rows : m_rows)
        total += rows;
    return total;
}

ShardRowCounts::Comparison ShardRowCounts::compareWith(const ShardRowCounts &now) const
{
    Comparison comparison;
    comparison.rowsBefore = rows();
    comparison.rowsNow = now.rows();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const auto found = now.m_rows.constFind(it.key());
        if (found == now.m_rows.cend())
            comparison.uncounted << it.key();
        else if (found.value() == it.value())
            ++comparison.same;
        else
            comparison.changed << it.key();
    }
    for (auto it = now.m_rows.cbegin(); it != now.m_rows.cend(); ++it) {
        if (!m_rows.contains(it.key()))
            comparison.unknown << it.key();
    }
    return comparison;
}

} // namespace shardscope
