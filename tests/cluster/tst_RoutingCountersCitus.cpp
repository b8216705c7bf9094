// The tutorial's explain step on a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN; skips
// without it, and on a Citus older than 13.1, which has no citus_stat_counters): the
// router query for one user moves the single-shard counter and only it, a query over every
// shard the multi-shard one; the counts are Citus's own, and counting stays on for the
// explained query's transaction alone.

#include "CitusTestTable.h"
#include "ExplainStep.h"

#include <QTest>

using namespace shardscope;

class TestRoutingCountersCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routerQueryMovesTheSingleShardCounter();
    void multiShardQueryMovesTheMultiShardCounter();

private:
    // Runs the explain step, which reads the counters before and after.
    void explain(const QString &statement);
    RoutingCounts countsNow() const;
    QString countingSetting() const
    {
        return m_table.connection()
            ->runBlocking(QStringLiteral("SELECT current_setting('citus.enable_stat_counters', true)"))
            .results.value(0)
            .value(0, 0);
    }

    CitusTestTable m_table{QStringLiteral("tst_routing_activity_log")};
};

void TestRoutingCountersCitus::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
    // The check asks what the cluster can count.
    ExplainStep &step = *m_table.tutorial()->explain();
    step.setStatement(QStringLiteral("SELECT 1"));
    QVERIFY(!step.checkBlocking());
    if (step.routingCounters().support == RoutingCounters::Support::TooOld)
        QSKIP(qPrintable(step.routingCounters().whyNot()));
    QVERIFY2(step.routingCounters().canRead(), qPrintable(step.routingCounters().whyNot()));
}

void TestRoutingCountersCitus::explain(const QString &statement)
{
    ExplainStep &step = *m_table.tutorial()->explain();
    step.setStatement(statement);
    const QString setting = countingSetting();
    QVERIFY2(step.runBlocking(), qPrintable(step.error() ? step.error()->explanation : QString()));
    QVERIFY(step.sql().contains(RoutingCounters::readQuery()));
    QVERIFY(step.routing());
    QVERIFY(step.result().notes.contains(step.routing()->explanation()));
    // SET LOCAL: the session counts no more than before.
    QCOMPARE(countingSetting(), setting);
    // Reading the counters is no distributed query: two readings in a row agree. (Not the
    // step's last reading against one made after its transaction: Citus's sum over the
    // backends of the database can change between the two as other backends exit; a CI run
    // saw 3 inside and 1 after.)
    const RoutingCounts first = countsNow();
    const RoutingCounts second = countsNow();
    QCOMPARE(second.singleShard, first.singleShard);
    QCOMPARE(second.multiShard, first.multiShard);
}

RoutingCounts TestRoutingCountersCitus::countsNow() const
{
    const auto reply = m_table.connection()->runBlocking(RoutingCounters::readQuery());
    if (!reply.ok())
        qFatal("%s", qPrintable(reply.error->toString()));
    return *RoutingCounters::countsFrom(reply.results.value(0));
}

void TestRoutingCountersCitus::routerQueryMovesTheSingleShardCounter()
{
    m_table.tutorial()->explainUser(1);
    explain(m_table.tutorial()->explain()->statement());
    if (QTest::currentTestFailed())
        return;
    const RoutingProof &routing = *m_table.tutorial()->explain()->routing();
    QCOMPARE(routing.singleShardChange(), qint64(1));
    QCOMPARE(routing.multiShardChange(), qint64(0));
    QCOMPARE(routing.moved(), RoutingProof::Moved::SingleShard);
}

void TestRoutingCountersCitus::multiShardQueryMovesTheMultiShardCounter()
{
    explain(QStringLiteral("SELECT count(*) FROM %1").arg(m_table.connection()->quoteIdentifier(m_table.table().name)));
    if (QTest::currentTestFailed())
        return;
    const RoutingProof &routing = *m_table.tutorial()->explain()->routing();
    QCOMPARE(routing.multiShardChange(), qint64(1));
    QCOMPARE(routing.singleShardChange(), qint64(0));
    QCOMPARE(routing.moved(), RoutingProof::Moved::MultiShard);
}

QTEST_GUILESS_MAIN(TestRoutingCountersCitus)
#include "tst_RoutingCountersCitus.moc"
