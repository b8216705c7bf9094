// `shardscope shards` against a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN; skips
// without it), on a tutorial table of its own: the map of the table with its rows, where a
// value goes as Citus routes it, in text and JSON; and an unknown table is an error.

#include "CitusTestTable.h"
#include "ShardscopeRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestShardsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonMapAndValue();
    void textMapAndValue();
    void unknownTable();

private:
    qint64 hashOf(int user) const
    {
        return m_table.connection()->runBlocking(QStringLiteral("SELECT hashint4($1)"), {user}).results.value(0).value(0, 0).toLongLong();
    }
    QStringList base() const { return {QStringLiteral("shards"), QStringLiteral("--dsn"), m_table.profile().dsn}; }

    CitusTestTable m_table{QStringLiteral("tst_shards_activity_log")};
};

void TestShardsCommand::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
}

void TestShardsCommand::jsonMapAndValue()
{
    const ShardscopeRun run(base() + QStringList{QStringLiteral("--table"), m_table.table().name,
                                                    QStringLiteral("--value"), QStringLiteral("1"),
                                                    QStringLiteral("--json")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject table = tables.first().toObject();
    QCOMPARE(table.value(QStringLiteral("table")).toString(), m_table.table().name);
    QCOMPARE(table.value(QStringLiteral("type")).toString(), QStringLiteral("distributed"));
    QCOMPARE(table.value(QStringLiteral("rows")).toInteger(), m_table.scalar(QStringLiteral("SELECT count(*) FROM %1")).toLongLong());
    QCOMPARE(table.value(QStringLiteral("shards")).toArray().size(),
             m_table.scalar(QStringLiteral("SELECT count(*) FROM pg_dist_shard WHERE logicalrelid = '%1'::regclass"))
                 .toInt());

    const QJsonObject location = json.value(QStringLiteral("location")).toObject();
    QCOMPARE(location.value(QStringLiteral("value")).toString(), QStringLiteral("1"));
    QCOMPARE(location.value(QStringLiteral("hash")).toInteger(), hashOf(1));
    QCOMPARE(location.value(QStringLiteral("shard_id")).toInteger(),
             m_table.scalar(QStringLiteral("SELECT get_shard_id_for_distribution_column('%1', 1)")).toLongLong());
    QCOMPARE(location.value(QStringLiteral("workers")).toArray(), QJsonArray{m_table.workerOf(1).toString()});
}

void TestShardsCommand::textMapAndValue()
{
    const ShardscopeRun run(base() + QStringList{QStringLiteral("--table"), m_table.table().name,
                                                    QStringLiteral("--value"), QStringLiteral("2")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QString shard = m_table.scalar(QStringLiteral("SELECT get_shard_id_for_distribution_column('%1', 2)"));
    const QString hash = QString::number(hashOf(2));
    QVERIFY2(run.out.contains(QStringLiteral("user_id = 2: hash %1 → segment ").arg(hash)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral(" → shard %1 → %2\n").arg(shard, m_table.workerOf(2).toString())),
             qPrintable(run.out));
    // The shard's own line: id, range, worker, rows.
    QVERIFY2(run.out.contains(QStringLiteral("\n  %1\t").arg(shard)), qPrintable(run.out));
}

void TestShardsCommand::unknownTable()
{
    const ShardscopeRun run(base() + QStringList{QStringLiteral("--table"), QStringLiteral("tst_shards_nothing")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("shardscope: shards: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("tst_shards_nothing")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestShardsCommand)
#include "tst_ShardsCommand.moc"
