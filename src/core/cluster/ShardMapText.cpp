#include "ShardMapText.h"

#include "TableTypeText.h"

#include <QJsonArray>
#include <QLocale>

namespace shardscope {

namespace {

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<qint32> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray workersJson(const QList<NodeAddress> &workers)
{
    QJsonArray array;
    for (const NodeAddress &worker : workers)
        array.append(worker.toString());
    return array;
}

QString rowsText(const ShardSegment &shard)
{
    if (shard.rows)
        return QString::number(*shard.rows);
    return shard.rowsError.isEmpty() ? QStringLiteral("?")
                                     : ShardMapText::tr("? (%1)").arg(shard.rowsError.simplified());
}

} // namespace

QString ShardMapText::range(const ShardSegment &shard)
{
    if (!shard.hasRange())
        return tr("no range");
    return QStringLiteral("%1 … %2").arg(*shard.minHash).arg(*shard.maxHash);
}

QString ShardMapText::workers(const QList<NodeAddress> &workers)
{
    QStringList names;
    for (const NodeAddress &worker : workers)
        names << worker.toString();
    return names.join(QStringLiteral(", "));
}

QString ShardMapText::locationLine(const ShardMapTable &table, const ValueLocation &location)
{
    if (!location.hash) {
        return tr("%1: every row is in shard %2, on %3")
            .arg(table.name)
            .arg(location.shardId)
            .arg(workers(location.workers));
    }
    // The segment as the map has it: the range the hash falls in.
    const ShardSegment *segment = table.segmentOf(*location.hash);
    return tr("%1 = %2: hash %3 → segment %4 → shard %5 → %6")
        .arg(table.distributionColumn, location.value)
        .arg(*location.hash)
        .arg(segment ? range(*segment) : tr("none"))
        .arg(location.shardId)
        .arg(workers(location.workers));
}

QString ShardMapText::toText(const ShardMap &map, const std::optional<ValueLocation> &location,
                             const QString &locationTable)
{
    QStringList lines;
    for (const ShardMapTable &table : map.tables) {
        const QString how = TableTypeText::withColumn(table.type, table.distributionColumn);
        const QString rows = table.allCounted() ? tr("rows: %1").arg(QLocale().toString(table.rows()))
                                                : tr("rows not all counted");
        lines << tr("%1  %2  colocation group %3  %4  %5")
                     .arg(table.name, how)
                     .arg(table.colocationId)
                     .arg(tr("%n shard(s)", nullptr, int(table.shards.size())), rows);
        if (table.type == QLatin1String("reference"))
            lines << tr("  one shard, a copy on every node");
        const QStringList colocated = map.colocatedWith(table.name);
        if (!colocated.isEmpty())
            lines << tr("  colocated with %1: the same hash ranges on the same workers")
                         .arg(colocated.join(QStringLiteral(", ")));
        lines << QStringLiteral("  %1\t%2\t%3\t%4").arg(tr("shard"), tr("hash range"), tr("worker"), tr("rows"));
        for (const ShardSegment &shard : table.shards) {
            lines << QStringLiteral("  %1\t%2\t%3\t%4")
                         .arg(shard.shardId)
                         .arg(range(shard), workers(shard.placements), rowsText(shard));
        }
    }
    if (location) {
        if (const ShardMapTable *table = map.table(locationTable))
            lines << locationLine(*table, *location);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject ShardMapText::toJson(const ShardMap &map, const std::optional<ValueLocation> &location,
                                 const QString &locationTable)
{
    QJsonArray tables;
    for (const ShardMapTable &table : map.tables) {
        QJsonArray shards;
        for (const ShardSegment &shard : table.shards) {
            shards.append(QJsonObject{
                {QStringLiteral("shard_id"), shard.shardId},
                {QStringLiteral("min_hash"), orNull(shard.minHash)},
                {QStringLiteral("max_hash"), orNull(shard.maxHash)},
                {QStringLiteral("workers"), workersJson(shard.placements)},
                {QStringLiteral("rows"), orNull(shard.rows)},
                {QStringLiteral("rows_error"), orNull(shard.rowsError)},
            });
        }
        tables.append(QJsonObject{
            {QStringLiteral("table"), table.name},
            {QStringLiteral("type"), table.type},
            {QStringLiteral("distribution_column"), orNull(table.distributionColumn)},
            {QStringLiteral("column_type"), orNull(table.columnType)},
            {QStringLiteral("colocation_id"), table.colocationId},
            {QStringLiteral("colocated_with"), QJsonArray::fromStringList(map.colocatedWith(table.name))},
            {QStringLiteral("rows"), table.allCounted() ? QJsonValue(table.rows()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("shards"), shards},
        });
    }
    QJsonObject json{{QStringLiteral("tables"), tables}};
    if (location) {
        json.insert(QStringLiteral("location"), QJsonObject{
                                                    {QStringLiteral("table"), locationTable},
                                                    {QStringLiteral("value"), location->value},
                                                    {QStringLiteral("hash"), orNull(location->hash)},
                                                    {QStringLiteral("shard_id"), location->shardId},
                                                    {QStringLiteral("workers"), workersJson(location->workers)},
                                                });
    }
    return json;
}

} // namespace shardscope
