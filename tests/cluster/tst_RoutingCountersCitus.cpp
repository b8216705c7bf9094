// The tutorial's explain step on a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN; skips
// without it, and on a Citus older than 13.1, which has no citus_stat_counters): the
// router query for one user moves the single-shard counter and only it, a query over every
// shard the multi-shard one; the counts are Citus's own, and those of a session that ended
// stay in the database's tally.

#include "CitusTestTable.h"
#include "ConnInfoValue.h"
#include "ExplainStep.h"
#include "Tutorial.h"

#include <QTest>

#include <memory>

using namespace shardscope;

class TestRoutingCountersCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routerQueryMovesTheSingleShardCounter();
    void multiShardQueryMovesTheMultiShardCounter();
    void countsOutliveTheirSession();

private:
    // Runs the explain step, which reads the counters before and after.
    void explain(const QString &statement);
    RoutingCounts countsNow() const;
    // The same server and login, another database.
    static ConnectionProfile onDatabase(const ConnectionProfile &profile, const QString &database);
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
    QVERIFY2(step.runBlocking(), qPrintable(step.error() ? step.error()->explanation : QString()));
    QVERIFY(step.sql().contains(RoutingCounters::readQuery()));
    QVERIFY(step.routing());
    QVERIFY(step.result().notes.contains(step.routing()->explanation()));
    // On for the rest of the session, so that Citus keeps its counts when it ends.
    QCOMPARE(countingSetting(), QStringLiteral("on"));
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

void TestRoutingCountersCitus::countsOutliveTheirSession()
{
    // Another learner's session explains user 2, then closes, as a window does.
    auto other = std::make_unique<PgConnection>();
    PgError error;
    QVERIFY2(other->connectBlocking(m_table.profile(), &error), qPrintable(error.toString()));
    Tutorial tutorial(other.get(), m_table.table());
    tutorial.explainUser(2);
    QVERIFY2(tutorial.explain()->runBlocking(),
             qPrintable(tutorial.explain()->error() ? tutorial.explain()->error()->explanation : QString()));
    QVERIFY(tutorial.explain()->routing());
    QCOMPARE(tutorial.explain()->routing()->singleShardChange(), qint64(1));
    const QString backend = other->runBlocking(QStringLiteral("SELECT pg_backend_pid()")).results.value(0).value(0, 0);
    QVERIFY(!backend.isEmpty());
    const RoutingCounts open = countsNow();
    other.reset();
    // Gone from pg_stat_activity: its exit, when Citus takes over its counts, is over.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_table.connection()
                       ->runBlocking(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1"),
                                     {backend.toInt()})
                       .results.value(0)
                       .value(0, 0)
                == QLatin1String("0");
        },
        10000));
    // PostgreSQL gives the next session the slot that one had. Citus sums the slots of the
    // sessions on this database, and one on another database takes the counts away with
    // it unless Citus had taken them over: counted under SET LOCAL, they were lost so.
    PgConnection elsewhere;
    QVERIFY2(elsewhere.connectBlocking(onDatabase(m_table.profile(), QStringLiteral("template1")), &error),
             qPrintable(error.toString()));
    const RoutingCounts closed = countsNow();
    QCOMPARE(closed.singleShard, open.singleShard);
    QCOMPARE(closed.multiShard, open.multiShard);
}

ConnectionProfile TestRoutingCountersCitus::onDatabase(const ConnectionProfile &profile, const QString &database)
{
    QStringList parts;
    for (const auto &[keyword, value] : profile.parameters().value_or(ConnectionProfile::Parameters{})) {
        if (keyword != "dbname")
            parts << QString::fromUtf8(keyword) + QLatin1Char('=') + ConnInfoValue::quoted(QString::fromUtf8(value));
    }
    parts << QStringLiteral("dbname=") + ConnInfoValue::quoted(database);
    ConnectionProfile moved;
    moved.dsn = parts.join(QLatin1Char(' '));
    return moved;
}

QTEST_GUILESS_MAIN(TestRoutingCountersCitus)
#include "tst_RoutingCountersCitus.moc"
