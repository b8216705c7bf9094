// The whole tutorial against a real Citus cluster, named by SHARDSCOPE_TEST_CITUS_DSN (a
// coordinator: `shardscope up` starts one). Citus is not packaged for Debian, so without
// that variable these tests skip. They work on their own table, which they drop at the end,
// and leave the tutorial's activity_log alone. They run in order: the first one builds the
// distributed table the others look at.

#include "ClusterCheckStep.h"
#include "CreateTableStep.h"
#include "DistributeStep.h"
#include "ExplainStep.h"
#include "InsertStep.h"
#include "PgConnection.h"
#include "ResetDemoStep.h"
#include "TestRequirements.h"
#include "TestServer.h"
#include "Tutorial.h"

#include <QHash>
#include <QTest>

#include <memory>

using namespace shardscope;

namespace {

const QString tableName = QStringLiteral("shardscope_test_activity_log");

QString problemText(const TutorialStep &step)
{
    return step.error() ? step.error()->explanation : QStringLiteral("(no error)");
}

} // namespace

class TestCitusTutorial : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeTutorial();
    void secondRunFindsEverythingDone();
    void explainOfAWriteIsRolledBack();
    void expectedWorkersAreRegisteredOnlyWhenMissing();
    void distributeExplainsWhatCitusRefuses();

private:
    PgResult query(const QString &sql, const QVariantList &params = {});

    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<Tutorial> m_tutorial;
};

PgResult TestCitusTutorial::query(const QString &sql, const QVariantList &params)
{
    const auto outcome = m_connection->runBlocking(sql, params);
    if (!outcome.ok())
        qFatal("%s: %s", qPrintable(sql), qPrintable(outcome.error->toString()));
    return outcome.results.last();
}

void TestCitusTutorial::initTestCase()
{
    QString dsn;
    SHARDSCOPE_REQUIRE_CITUS_DSN(dsn);
    ConnectionProfile profile;
    profile.dsn = dsn;
    m_connection = std::make_unique<PgConnection>();
    PgError error;
    QVERIFY2(m_connection->connectBlocking(profile, &error), qPrintable(error.toString()));
    m_tutorial = std::make_unique<Tutorial>(m_connection.get(), DemoTable{tableName, QStringLiteral("user_id")});
    m_tutorial->clusterCheck()->setCredentials(profile);
    m_tutorial->insert()->setBulkLoad(2000, 100);
    QVERIFY2(m_tutorial->reset()->runBlocking(), qPrintable(problemText(*m_tutorial->reset())));
}

void TestCitusTutorial::cleanupTestCase()
{
    if (m_tutorial)
        QVERIFY(m_tutorial->reset()->runBlocking());
}

void TestCitusTutorial::wholeTutorial()
{
    for (TutorialStep *step : m_tutorial->steps().mid(0, 4)) {
        QVERIFY2(step->runBlocking(), qPrintable(step->title() + QStringLiteral(": ") + problemText(*step)));
        QVERIFY2(!step->wasAlreadyDone() || step == m_tutorial->clusterCheck(), qPrintable(step->title()));
    }
    const ClusterInfo &cluster = m_tutorial->clusterCheck()->cluster();
    QVERIFY(!cluster.workers.isEmpty());
    QCOMPARE(cluster.reachableWorkers(), int(cluster.workers.size()));
    QVERIFY(cluster.citusVersion.startsWith(QLatin1String("Citus ")));

    const DistributeStep &distribute = *m_tutorial->distribute();
    QVERIFY(distribute.shardCount() > 0);
    qint64 placed = 0;
    for (const auto &worker : distribute.shardsPerWorker())
        placed += worker.shards;
    QCOMPARE(placed, distribute.shardCount());

    // Every shard counted, on the worker citus_shards names, adding up to the table.
    const InsertStep &insert = *m_tutorial->insert();
    QVERIFY(insert.isDistributed());
    const PgResult shards = query(
        QStringLiteral("SELECT shardid, nodename, nodeport FROM citus_shards WHERE table_name = $1::regclass"),
        {m_connection->quoteIdentifier(tableName)});
    QHash<qint64, QString> shardWorker;
    for (int row = 0; row < shards.rowCount(); ++row)
        shardWorker.insert(shards.value(row, 0).toLongLong(), shards.value(row, 1) + QLatin1Char(':') + shards.value(row, 2));
    QCOMPARE(qint64(insert.shardRows().size()), distribute.shardCount());
    QHash<QString, qint64> rowsPerWorker;
    qint64 total = 0;
    for (const ShardRows &shard : insert.shardRows()) {
        QVERIFY2(shard.rows, qPrintable(shard.error));
        QCOMPARE(shard.worker.toString(), shardWorker.value(shard.shardId));
        rowsPerWorker[shard.worker.toString()] += *shard.rows;
        total += *shard.rows;
    }
    QCOMPARE(total, 2005);
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM %1").arg(m_connection->quoteIdentifier(tableName))).value(0, 0),
             QStringLiteral("2005"));
    for (const WorkerRows &worker : insert.workerRows()) {
        QVERIFY(worker.complete);
        QCOMPARE(worker.rows, rowsPerWorker.value(worker.worker.toString()));
    }

    // Users 1 to 3: the shard Citus computes, on the worker citus_shards names.
    QCOMPARE(insert.userPlacements().size(), 3);
    for (const UserPlacement &placement : insert.userPlacements()) {
        const PgResult shard = query(QStringLiteral("SELECT get_shard_id_for_distribution_column($1::regclass, $2::int)"),
                                     {m_connection->quoteIdentifier(tableName), placement.userId});
        QCOMPARE(placement.shardId, shard.value(0, 0).toLongLong());
        QCOMPARE(placement.worker.toString(), shardWorker.value(placement.shardId));
    }

    // The router query for user 1 runs one task, on user 1's worker.
    m_tutorial->explainUser(1);
    ExplainStep &explain = *m_tutorial->explain();
    QVERIFY2(explain.runBlocking(), qPrintable(problemText(explain)));
    QVERIFY(explain.analyzed());
    QVERIFY(explain.plan()->isDistributed());
    QCOMPARE(explain.analysis().kind, PlanKind::Router);
    QCOMPARE(explain.analysis().taskCount.value_or(-1), qint64(1));
    QCOMPARE(explain.analysis().workers.size(), size_t(1));
    QCOMPARE(explain.analysis().workers.front().worker, insert.userPlacements().first().worker);

    // Without a user_id filter, every shard gets a task, and all of them are shown.
    explain.setStatement(QStringLiteral("SELECT count(*) FROM %1").arg(m_connection->quoteIdentifier(tableName)));
    QVERIFY2(explain.runBlocking(), qPrintable(problemText(explain)));
    QCOMPARE(explain.analysis().kind, PlanKind::MultiShard);
    QCOMPARE(explain.analysis().taskCount.value_or(-1), distribute.shardCount());
    QCOMPARE(qint64(explain.analysis().tasksShown), distribute.shardCount());
}

void TestCitusTutorial::secondRunFindsEverythingDone()
{
    for (TutorialStep *step : m_tutorial->steps().mid(0, 4)) {
        QVERIFY2(step->runBlocking(), qPrintable(step->title() + QStringLiteral(": ") + problemText(*step)));
        QVERIFY2(step->wasAlreadyDone(), qPrintable(step->title()));
    }
}

void TestCitusTutorial::explainOfAWriteIsRolledBack()
{
    const QString table = m_connection->quoteIdentifier(tableName);
    const QString count = QStringLiteral("SELECT count(*) FROM %1 WHERE user_id = 1").arg(table);
    const QString before = query(count).value(0, 0);
    ExplainStep &explain = *m_tutorial->explain();
    explain.setStatement(QStringLiteral("DELETE FROM %1 WHERE user_id = 1").arg(table));
    QVERIFY2(explain.runBlocking(), qPrintable(problemText(explain)));
    QVERIFY(explain.writes());
    QVERIFY(explain.analyzed());
    QCOMPARE(query(count).value(0, 0), before);

    // Citus refuses EXPLAIN ANALYZE here (the bigserial default pulls the rows to the
    // coordinator): the plan comes without ANALYZE, and nothing was inserted.
    explain.setStatement(QStringLiteral("INSERT INTO %1 (user_id, action_description) SELECT user_id, 'Copied' FROM %1 "
                                        "WHERE user_id <= 10")
                             .arg(table));
    QVERIFY2(explain.runBlocking(), qPrintable(problemText(explain)));
    QVERIFY(!explain.analyzed());
    QVERIFY(explain.fallbackReason());
    QCOMPARE(explain.fallbackReason()->problem, ErrorDiagnosis::Problem::ExplainAnalyzeUnsupported);
    QCOMPARE(query(QStringLiteral("SELECT count(*) FROM %1").arg(table)).value(0, 0), QStringLiteral("2005"));
}

void TestCitusTutorial::expectedWorkersAreRegisteredOnlyWhenMissing()
{
    ClusterCheckStep &check = *m_tutorial->clusterCheck();
    QList<NodeAddress> expected;
    for (const WorkerInfo &worker : check.cluster().workers)
        expected << worker.address;
    const NodeAddress nowhere{QStringLiteral("127.0.0.1"), TestServer::freePort()};
    check.setExpectedWorkers(expected + QList<NodeAddress>{nowhere});
    QVERIFY2(check.runBlocking(), qPrintable(problemText(check)));
    QVERIFY(check.wasAlreadyDone());
    QVERIFY(check.registeredWorkers().isEmpty());
    QVERIFY(check.missingWorkers().isEmpty());
    QCOMPARE(check.absentWorkers(), QList<NodeAddress>{nowhere});
    QVERIFY(check.result().notes.join(QLatin1Char(' ')).contains(nowhere.toString()));
    check.setExpectedWorkers({});
}

void TestCitusTutorial::distributeExplainsWhatCitusRefuses()
{
    using Problem = ErrorDiagnosis::Problem;
    Tutorial other(m_connection.get(), DemoTable{tableName + QStringLiteral("_bad"), QStringLiteral("user_id")});
    QVERIFY(other.reset()->runBlocking());
    other.createTable()->setSql(QStringLiteral("CREATE TABLE %1 (event_id bigserial PRIMARY KEY, user_id int NOT NULL)")
                                    .arg(m_connection->quoteIdentifier(other.table().name)));
    QVERIFY(other.createTable()->runBlocking());
    QCOMPARE(other.createTable()->result().notes.size(), 1); // the key lacks user_id

    QVERIFY(!other.distribute()->runBlocking());
    QCOMPARE(other.distribute()->error()->problem, Problem::PrimaryKeyWithoutDistributionColumn);
    QCOMPARE(other.distribute()->error()->error.sqlState, QStringLiteral("0A000"));

    other.setTable(DemoTable{other.table().name, QStringLiteral("customer_id")});
    QVERIFY(!other.distribute()->runBlocking());
    QCOMPARE(other.distribute()->error()->problem, Problem::MissingColumn);
    QVERIFY(other.distribute()->error()->explanation.contains(QLatin1String("customer_id")));

    // Already distributed by another column than the one asked for.
    other.setTable(DemoTable{tableName, QStringLiteral("log_id")});
    QVERIFY(!other.distribute()->runBlocking());
    QCOMPARE(other.distribute()->error()->problem, Problem::AlreadyDistributed);

    other.setTable(DemoTable{tableName + QStringLiteral("_bad"), QStringLiteral("user_id")});
    QVERIFY(other.reset()->runBlocking());
}

QTEST_MAIN(TestCitusTutorial)
#include "tst_CitusTutorial.moc"
