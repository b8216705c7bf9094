// The shard map without a server: which segment a hash falls in, the map grouped from the
// rows ShardMapReader reads (shards sorted by range whatever their ids, a reference table's
// copies), colocation, the text[] of values sent to the server, the map as
// `shardscope shards` prints it, in text and JSON, and its shards as plans name them.

#include "ShardMap.h"
#include "ShardMapReader.h"
#include "ShardMapText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace shardscope;

namespace {

constexpr qint32 minInt = std::numeric_limits<qint32>::min();
constexpr qint32 maxInt = std::numeric_limits<qint32>::max();

const NodeAddress w1{QStringLiteral("10.0.0.1"), 5432};
const NodeAddress w2{QStringLiteral("10.0.0.2"), 5432};
const NodeAddress coordinator{QStringLiteral("10.0.0.9"), 5432};

QStringList row(const QString &table, const QString &type, const QString &column, int colocation, qint64 shard,
                const QString &min, const QString &max, const NodeAddress &node)
{
    return {table, type, column, column.isEmpty() ? QString() : QStringLiteral("integer"),
            QString::number(colocation), QString::number(shard), min, max, node.host, QString::number(node.port)};
}

// Four shards of a quarter each, as Citus makes them with shard_count 4, their ids given
// out of range order (as after a split); a table colocated with it; a reference table with a
// copy on each of three nodes.
QList<QStringList> clusterRows()
{
    const QString type = QStringLiteral("distributed");
    const QString column = QStringLiteral("user_id");
    QList<QStringList> rows;
    for (const QString &table : {QStringLiteral("events"), QStringLiteral("users")}) {
        const qint64 base = table == QLatin1String("events") ? 100 : 200;
        rows << row(table, type, column, 7, base + 3, QStringLiteral("-2147483648"), QStringLiteral("-1073741825"), w1)
             << row(table, type, column, 7, base + 1, QStringLiteral("-1073741824"), QStringLiteral("-1"), w2)
             << row(table, type, column, 7, base + 2, QStringLiteral("0"), QStringLiteral("1073741823"), w1)
             << row(table, type, column, 7, base + 4, QStringLiteral("1073741824"), QStringLiteral("2147483647"), w2);
    }
    for (const NodeAddress &node : {coordinator, w1, w2})
        rows << row(QStringLiteral("countries"), QStringLiteral("reference"), {}, 2, 300, {}, {}, node);
    // Grouped by table, as the reader orders them.
    std::stable_sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) { return a[0] < b[0]; });
    return rows;
}

} // namespace

class TestShardMap : public QObject
{
    Q_OBJECT

private slots:
    void segmentOfAHash_data();
    void segmentOfAHash();
    void gapsAndTablesWithoutRanges();
    void groupsRowsIntoTables();
    void colocation();
    void placementsForPlans();
    void sharesOfTheHashSpace();
    void valuesTravelAsOneTextArray_data();
    void valuesTravelAsOneTextArray();
    void jsonOutput();
    void textOutput();
};

void TestShardMap::segmentOfAHash_data()
{
    QTest::addColumn<qint32>("hash");
    QTest::addColumn<qint64>("shard");
    QTest::newRow("lowest int32") << minInt << qint64(103);
    QTest::newRow("end of the first quarter") << qint32(-1073741825) << qint64(103);
    QTest::newRow("start of the second") << qint32(-1073741824) << qint64(101);
    QTest::newRow("-1") << qint32(-1) << qint64(101);
    QTest::newRow("0") << qint32(0) << qint64(102);
    QTest::newRow("hash of user 1 (hashint4)") << qint32(-1905060026) << qint64(103);
    QTest::newRow("highest int32") << maxInt << qint64(104);
}

void TestShardMap::segmentOfAHash()
{
    QFETCH(qint32, hash);
    QFETCH(qint64, shard);
    const ShardMap map = ShardMap::fromRows(clusterRows());
    const ShardMapTable *events = map.table(QStringLiteral("events"));
    QVERIFY(events);
    const ShardSegment *segment = events->segmentOf(hash);
    QVERIFY(segment);
    QCOMPARE(segment->shardId, shard);
    QVERIFY(segment->contains(hash));
}

void TestShardMap::gapsAndTablesWithoutRanges()
{
    ShardMapTable table;
    table.distributionColumn = QStringLiteral("id");
    table.shards << ShardSegment{1, -100, -1, {w1}, {}, {}} << ShardSegment{2, 10, 20, {w2}, {}, {}};
    QVERIFY(!table.segmentOf(-101));
    QCOMPARE(table.segmentOf(-100)->shardId, qint64(1));
    QVERIFY(!table.segmentOf(0));
    QVERIFY(!table.segmentOf(21));
    QCOMPARE(table.segmentOf(20)->shardId, qint64(2));
    QVERIFY(!ShardMapTable().segmentOf(0));

    const ShardMap map = ShardMap::fromRows(clusterRows());
    const ShardMapTable *countries = map.table(QStringLiteral("countries"));
    QVERIFY(countries);
    QVERIFY(!countries->segmentOf(0));
    QVERIFY(!countries->isHashDistributed());
}

void TestShardMap::groupsRowsIntoTables()
{
    const ShardMap map = ShardMap::fromRows(clusterRows());
    QCOMPARE(map.tables.size(), 3);
    QCOMPARE(map.tables.at(0).name, QStringLiteral("countries"));
    const ShardMapTable *events = map.table(QStringLiteral("events"));
    QList<qint64> ids;
    qint32 previousMax = 0;
    for (const ShardSegment &shard : events->shards) {
        ids << shard.shardId;
        // Sorted by range, each starting right after the one before.
        if (!ids.isEmpty() && shard.shardId != events->shards.first().shardId)
            QCOMPARE(qint64(*shard.minHash), qint64(previousMax) + 1);
        previousMax = *shard.maxHash;
        QCOMPARE(shard.placements.size(), 1);
    }
    QCOMPARE(ids, (QList<qint64>{103, 101, 102, 104}));
    QCOMPARE(events->workers(), (QList<NodeAddress>{w1, w2}));
    QCOMPARE(events->columnType, QStringLiteral("integer"));

    const ShardMapTable *countries = map.table(QStringLiteral("countries"));
    QCOMPARE(countries->shards.size(), 1);
    QCOMPARE(countries->shards.first().placements, (QList<NodeAddress>{coordinator, w1, w2}));
    QVERIFY(!countries->shards.first().hasRange());
}

// What a plan names its ghost tasks with: each hash-distributed table's shards in range
// order with their worker; a reference table's one shard runs no task per shard.
void TestShardMap::placementsForPlans()
{
    const ShardPlacements placements = ShardMap::fromRows(clusterRows()).placements();
    QCOMPARE(placements.tables.size(), 2);
    const ShardPlacements::Table *events = placements.tableOf(101);
    QVERIFY(events);
    QCOMPARE(events->name, QStringLiteral("events"));
    QCOMPARE(events->shards, (QList<ShardPlacements::Shard>{{103, w1}, {101, w2}, {102, w1}, {104, w2}}));
    QCOMPARE(placements.tableOf(201)->name, QStringLiteral("users"));
    QVERIFY(!placements.tableOf(300));
}

void TestShardMap::colocation()
{
    const ShardMap map = ShardMap::fromRows(clusterRows());
    QCOMPARE(map.colocatedWith(QStringLiteral("events")), QStringList{QStringLiteral("users")});
    QCOMPARE(map.colocatedWith(QStringLiteral("users")), QStringList{QStringLiteral("events")});
    QVERIFY(map.colocatedWith(QStringLiteral("countries")).isEmpty());
    QVERIFY(map.colocatedWith(QStringLiteral("missing")).isEmpty());
    QVERIFY(ShardMap::sameSegments(*map.table(QStringLiteral("events")), *map.table(QStringLiteral("users"))));
    QVERIFY(!ShardMap::sameSegments(*map.table(QStringLiteral("events")), *map.table(QStringLiteral("countries"))));
    ShardMapTable moved = *map.table(QStringLiteral("users"));
    moved.shards[2].placements = {w2};
    QVERIFY(!ShardMap::sameSegments(*map.table(QStringLiteral("events")), moved));
}

void TestShardMap::sharesOfTheHashSpace()
{
    const ShardMap map = ShardMap::fromRows(clusterRows());
    double sum = 0;
    for (const ShardSegment &shard : map.table(QStringLiteral("events"))->shards) {
        QCOMPARE(shard.share(), 0.25);
        sum += shard.share();
    }
    QCOMPARE(sum, 1.0);
    QCOMPARE(map.table(QStringLiteral("countries"))->shards.first().share(), 1.0);
}

void TestShardMap::valuesTravelAsOneTextArray_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("literal");
    QTest::newRow("numbers") << QStringList{QStringLiteral("1"), QStringLiteral("42")} << QStringLiteral("{\"1\",\"42\"}");
    QTest::newRow("quotes and backslashes")
        << QStringList{QStringLiteral("a\"b"), QStringLiteral("c\\d")} << QStringLiteral("{\"a\\\"b\",\"c\\\\d\"}");
    QTest::newRow("commas, braces and NULL as text")
        << QStringList{QStringLiteral("x,{y}"), QStringLiteral("NULL")} << QStringLiteral("{\"x,{y}\",\"NULL\"}");
}

void TestShardMap::valuesTravelAsOneTextArray()
{
    QFETCH(QStringList, values);
    QFETCH(QString, literal);
    QCOMPARE(ShardMapReader::textArray(values), literal);
}

void TestShardMap::jsonOutput()
{
    ShardMap map = ShardMap::fromRows(clusterRows());
    ShardMapTable &events = map.tables[1];
    for (int i = 0; i < events.shards.size(); ++i)
        events.shards[i].rows = 10 * (i + 1);
    const ValueLocation location{QStringLiteral("1"), qint32(-1905060026), 103, {w1}};
    const QJsonObject json = ShardMapText::toJson(map, location, QStringLiteral("events"));

    const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 3);
    const QJsonObject eventsJson = tables.at(1).toObject();
    QCOMPARE(eventsJson.value(QStringLiteral("table")).toString(), QStringLiteral("events"));
    QCOMPARE(eventsJson.value(QStringLiteral("type")).toString(), QStringLiteral("distributed"));
    QCOMPARE(eventsJson.value(QStringLiteral("distribution_column")).toString(), QStringLiteral("user_id"));
    QCOMPARE(eventsJson.value(QStringLiteral("colocation_id")).toInt(), 7);
    QCOMPARE(eventsJson.value(QStringLiteral("colocated_with")).toArray(), QJsonArray{QStringLiteral("users")});
    QCOMPARE(eventsJson.value(QStringLiteral("rows")).toInteger(), 100);
    const QJsonObject first = eventsJson.value(QStringLiteral("shards")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("shard_id")).toInteger(), 103);
    QCOMPARE(first.value(QStringLiteral("min_hash")).toInteger(), minInt);
    QCOMPARE(first.value(QStringLiteral("max_hash")).toInteger(), -1073741825);
    QCOMPARE(first.value(QStringLiteral("workers")).toArray(), QJsonArray{QStringLiteral("10.0.0.1:5432")});
    QCOMPARE(first.value(QStringLiteral("rows")).toInteger(), 10);
    QVERIFY(first.value(QStringLiteral("rows_error")).isNull());

    // Not counted: null, not 0.
    const QJsonObject countries = tables.at(0).toObject();
    QVERIFY(countries.value(QStringLiteral("rows")).isNull());
    QVERIFY(countries.value(QStringLiteral("distribution_column")).isNull());
    const QJsonObject copy = countries.value(QStringLiteral("shards")).toArray().first().toObject();
    QVERIFY(copy.value(QStringLiteral("min_hash")).isNull());
    QCOMPARE(copy.value(QStringLiteral("workers")).toArray().size(), 3);

    const QJsonObject where = json.value(QStringLiteral("location")).toObject();
    QCOMPARE(where.value(QStringLiteral("table")).toString(), QStringLiteral("events"));
    QCOMPARE(where.value(QStringLiteral("value")).toString(), QStringLiteral("1"));
    QCOMPARE(where.value(QStringLiteral("hash")).toInteger(), -1905060026);
    QCOMPARE(where.value(QStringLiteral("shard_id")).toInteger(), 103);
    QVERIFY(!ShardMapText::toJson(map).contains(QStringLiteral("location")));
}

void TestShardMap::textOutput()
{
    ShardMap map = ShardMap::fromRows(clusterRows());
    map.tables[1].shards[0].rows = 5;
    map.tables[1].shards[1].rowsError = QStringLiteral("connection refused");
    const ValueLocation location{QStringLiteral("1"), qint32(-1905060026), 103, {w1}};
    const QString text = ShardMapText::toText(map, location, QStringLiteral("events"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("  103\t-2147483648 … -1073741825\t10.0.0.1:5432\t5")), qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral("  101\t-1073741824 … -1\t10.0.0.2:5432\t? (connection refused)")),
             qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral("  300\tno range\t10.0.0.9:5432, 10.0.0.1:5432, 10.0.0.2:5432\t?")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("colocated with users")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("one shard, a copy on every node")), qPrintable(text));
    QCOMPARE(lines.at(lines.size() - 2),
             QStringLiteral("user_id = 1: hash -1905060026 → segment -2147483648 … -1073741825 → shard 103 → "
                            "10.0.0.1:5432"));
}

QTEST_GUILESS_MAIN(TestShardMap)
#include "tst_ShardMap.moc"
