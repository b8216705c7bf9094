// The shard map read from a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN; skips without
// it), checked against Citus itself: the segment the map finds for the hash of each user
// 1..100 is the shard get_shard_id_for_distribution_column() routes that user to, on the
// worker citus_shards names; a reference table is one shard with a copy on every node;
// colocated tables share their segments; the rows of the shards add up to count(*).
// On tables of its own, dropped at the end.

#include "CitusTestTable.h"
#include "ShardMapReader.h"

#include <QSet>
#include <QTest>

using namespace shardscope;

namespace {

const QString users = QStringLiteral("tst_shardmap_users");
const QString countries = QStringLiteral("tst_shardmap_countries");

} // namespace

class TestShardMapCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void segmentsAgreeWithCitus();
    void referenceTableIsOneShardOnEveryNode();
    void colocatedTablesShareSegments();
    void rowCountsAddUpToCount();
    void oneTableOnly();
    void unknownTableIsSaidSo();
    void badValueIsSaidSo();

private:
    PgResult query(const QString &sql, const QVariantList &params = {});
    const ShardMapTable *table(const QString &name);

    CitusTestTable m_table{QStringLiteral("tst_shardmap_activity_log")};
    std::unique_ptr<ShardMapReader> m_reader;
};

PgResult TestShardMapCitus::query(const QString &sql, const QVariantList &params)
{
    const auto outcome = m_table.connection()->runBlocking(sql, params);
    if (!outcome.ok())
        qFatal("%s: %s", qPrintable(sql), qPrintable(outcome.error->toString()));
    return outcome.results.value(outcome.results.size() - 1);
}

const ShardMapTable *TestShardMapCitus::table(const QString &name)
{
    return m_reader->map().table(name);
}

void TestShardMapCitus::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
    const QString log = m_table.table().name;
    query(QStringLiteral("DROP TABLE IF EXISTS %1, %2").arg(users, countries));
    // Users 1..100 in a table colocated with the tutorial's, and a small reference table.
    query(QStringLiteral("CREATE TABLE %1 (user_id int PRIMARY KEY, name text)").arg(users));
    query(QStringLiteral("SELECT create_distributed_table($1, 'user_id', colocate_with => $2)"), {users, log});
    query(QStringLiteral("INSERT INTO %1 SELECT g, 'user ' || g FROM generate_series(1, 100) g").arg(users));
    query(QStringLiteral("CREATE TABLE %1 (code text PRIMARY KEY, name text)").arg(countries));
    query(QStringLiteral("SELECT create_reference_table($1)"), {countries});
    query(QStringLiteral("INSERT INTO %1 VALUES ('es', 'Spain'), ('uy', 'Uruguay'), ('de', 'Germany')").arg(countries));

    m_reader = std::make_unique<ShardMapReader>(m_table.connection());
    ErrorDiagnosis error;
    QVERIFY2(m_reader->readBlocking({}, true, &error), qPrintable(error.explanation));
}

void TestShardMapCitus::cleanupTestCase()
{
    if (m_table.connection())
        m_table.connection()->runBlocking(QStringLiteral("DROP TABLE IF EXISTS %1, %2").arg(users, countries));
}

void TestShardMapCitus::segmentsAgreeWithCitus()
{
    const ShardMapTable *log = table(m_table.table().name);
    QVERIFY(log);
    QVERIFY(log->isHashDistributed());
    QCOMPARE(log->distributionColumn, QStringLiteral("user_id"));
    QStringList values;
    for (int user = 1; user <= 100; ++user)
        values << QString::number(user);
    ErrorDiagnosis error;
    QVERIFY2(m_reader->locateBlocking(log->name, values, &error), qPrintable(error.explanation));
    QCOMPARE(m_reader->locations().size(), 100);

    // Citus' own answers, asked apart from the reader.
    const PgResult citus = query(
        QStringLiteral("SELECT u, get_shard_id_for_distribution_column($1::regclass, u), hashint4(u),"
                       " (SELECT nodename || ':' || nodeport FROM citus_shards c WHERE c.shardid ="
                       "  get_shard_id_for_distribution_column($1::regclass, u))"
                       " FROM generate_series(1, 100) u ORDER BY u"),
        {log->name});
    QCOMPARE(citus.rowCount(), 100);
    for (int row = 0; row < 100; ++row) {
        const ValueLocation &location = m_reader->locations().at(row);
        const qint64 citusShard = citus.value(row, 1).toLongLong();
        QCOMPARE(location.value, citus.value(row, 0));
        QVERIFY(location.hash);
        QCOMPARE(*location.hash, citus.value(row, 2).toInt());
        const ShardSegment *segment = log->segmentOf(*location.hash);
        QVERIFY2(segment, qPrintable(QStringLiteral("no segment for user %1").arg(row + 1)));
        QCOMPARE(segment->shardId, citusShard);
        QCOMPARE(location.shardId, citusShard);
        QCOMPARE(location.workers.size(), 1);
        QCOMPARE(location.workers.first().toString(), citus.value(row, 3));
    }
}

void TestShardMapCitus::referenceTableIsOneShardOnEveryNode()
{
    const ShardMapTable *reference = table(countries);
    QVERIFY(reference);
    QCOMPARE(reference->type, QStringLiteral("reference"));
    QCOMPARE(reference->shards.size(), 1);
    const ShardSegment &shard = reference->shards.first();
    QVERIFY(!shard.hasRange());
    QCOMPARE(shard.rows, qint64(3));

    QSet<QString> expected;
    const PgResult nodes = query(QStringLiteral("SELECT nodename || ':' || nodeport FROM citus_shards"
                                                " WHERE table_name = $1::regclass"),
                                 {countries});
    for (int row = 0; row < nodes.rowCount(); ++row)
        expected << nodes.value(row, 0);
    QSet<QString> found;
    for (const NodeAddress &node : shard.placements)
        found << node.toString();
    QCOMPARE(found, expected);
    // Every worker holds a copy.
    const PgResult workers = query(QStringLiteral("SELECT nodename || ':' || nodeport FROM pg_dist_node"
                                                  " WHERE groupid <> 0 AND noderole = 'primary'"));
    QVERIFY(workers.rowCount() >= 1);
    for (int row = 0; row < workers.rowCount(); ++row)
        QVERIFY2(found.contains(workers.value(row, 0)), qPrintable(workers.value(row, 0)));

    // Any value goes to that one shard.
    ErrorDiagnosis error;
    QVERIFY2(m_reader->locateBlocking(countries, {QStringLiteral("es")}, &error), qPrintable(error.explanation));
    QCOMPARE(m_reader->locations().first().shardId, shard.shardId);
    QVERIFY(!m_reader->locations().first().hash);
}

void TestShardMapCitus::colocatedTablesShareSegments()
{
    const ShardMapTable *log = table(m_table.table().name);
    const ShardMapTable *colocated = table(users);
    QVERIFY(log && colocated);
    QCOMPARE(colocated->colocationId, log->colocationId);
    QVERIFY(ShardMap::sameSegments(*log, *colocated));
    QVERIFY(m_reader->map().colocatedWith(log->name).contains(users));
    QVERIFY(m_reader->map().colocatedWith(users).contains(log->name));
    QVERIFY(!m_reader->map().colocatedWith(countries).contains(users));
}

void TestShardMapCitus::rowCountsAddUpToCount()
{
    for (const QString &name : {m_table.table().name, users, countries}) {
        const ShardMapTable *counted = table(name);
        QVERIFY(counted);
        QVERIFY2(counted->allCounted(), qPrintable(name));
        QCOMPARE(counted->rows(), query(QStringLiteral("SELECT count(*) FROM %1").arg(name)).value(0, 0).toLongLong());
    }
    QCOMPARE(table(users)->rows(), qint64(100));
}

void TestShardMapCitus::oneTableOnly()
{
    ShardMapReader reader(m_table.connection());
    ErrorDiagnosis error;
    QVERIFY2(reader.readBlocking(users, false, &error), qPrintable(error.explanation));
    QCOMPARE(reader.map().tables.size(), 1);
    QCOMPARE(reader.map().tables.first().name, users);
    // Not counted when not asked.
    QVERIFY(!reader.map().tables.first().allCounted());
}

void TestShardMapCitus::unknownTableIsSaidSo()
{
    ShardMapReader reader(m_table.connection());
    ErrorDiagnosis error;
    QVERIFY(!reader.readBlocking(QStringLiteral("tst_shardmap_no_such_table"), true, &error));
    QVERIFY2(error.explanation.contains(QStringLiteral("tst_shardmap_no_such_table")), qPrintable(error.explanation));
    QVERIFY(!reader.isBusy());
}

void TestShardMapCitus::badValueIsSaidSo()
{
    ErrorDiagnosis error;
    QVERIFY(!m_reader->locateBlocking(users, {QStringLiteral("not a number")}, &error));
    QVERIFY2(error.explanation.contains(QStringLiteral("integer")), qPrintable(error.explanation));
    QVERIFY(!m_reader->isBusy());
}

QTEST_GUILESS_MAIN(TestShardMapCitus)
#include "tst_ShardMapCitus.moc"
