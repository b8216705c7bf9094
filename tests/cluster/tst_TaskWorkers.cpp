// On which worker the tutorial's query of a user runs its task, read from real Citus
// EXPLAIN output (tests/data/citus), and the words that say whether it moved.

#include "Fixtures.h"
#include "TaskMoveText.h"
#include "TaskWorkerReader.h"

#include <QTest>

using namespace shardscope;

class TestTaskWorkers : public QObject
{
    Q_OBJECT

private slots:
    void workerOf_data();
    void workerOf();
    void moveInWords();
};

void TestTaskWorkers::workerOf_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("worker"); // empty: none

    QTest::newRow("user 1, plan only") << "router_user1.plan_only.json" << "127.0.0.1:9702";
    QTest::newRow("user 2, plan only") << "router_user2.plan_only.json" << "127.0.0.1:9701";
    QTest::newRow("user 1, analyzed") << "router_user1.analyze_verbose_buffers.json" << "127.0.0.1:9702";
    // One task of 32 shown: its worker is one of many, not the query's.
    QTest::newRow("multi-shard, one task shown") << "multishard_count.plan_only.json" << "";
    QTest::newRow("multi-shard, every task") << "multishard_count_all_tasks.analyze_verbose_buffers.json" << "";
    QTest::newRow("local table") << "local_table_on_coordinator.analyze_verbose_buffers.json" << "";
}

void TestTaskWorkers::workerOf()
{
    QFETCH(QString, fixture);
    QFETCH(QString, worker);
    const auto found = TaskWorkerReader::workerOf(fixtures::read(fixtures::citus(fixture)));
    QCOMPARE(found ? found->toString() : QString(), worker);
    QVERIFY(!TaskWorkerReader::workerOf("ERROR:  relation \"activity_log\" does not exist"));
}

void TestTaskWorkers::moveInWords()
{
    const NodeAddress first{QStringLiteral("127.0.0.1"), 9701};
    const NodeAddress third{QStringLiteral("127.0.0.1"), 9703};
    const QString moved = TaskMoveText::describe({1, first}, {1, third});
    QVERIFY2(moved.contains(QLatin1String("User 1")) && moved.contains(QLatin1String("moved"))
                 && moved.indexOf(QLatin1String("127.0.0.1:9701")) < moved.indexOf(QLatin1String("127.0.0.1:9703")),
             qPrintable(moved));
    const QString stayed = TaskMoveText::describe({2, first}, {2, first});
    QVERIFY2(stayed.contains(QLatin1String("User 2")) && stayed.contains(QLatin1String("still"))
                 && !stayed.contains(QLatin1String("moved")),
             qPrintable(stayed));
    const QString unknown = TaskMoveText::describe({2, std::nullopt}, {2, first});
    QVERIFY2(unknown.contains(QLatin1String("no single worker")), qPrintable(unknown));
    QCOMPARE(TaskMoveText::workerText({1, third}), QStringLiteral("127.0.0.1:9703"));
}

QTEST_GUILESS_MAIN(TestTaskWorkers)
#include "tst_TaskWorkers.moc"
