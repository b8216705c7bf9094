// Scaling a real local Citus cluster out and in, and losing a worker, with this machine's
// Citus (a cluster of its own, from LocalLauncher, removed however the test ends):
// `up` again with one more worker adds it; a rebalance moves shards onto it, with logical
// replication (local servers run with wal_level = logical), and every table keeps its rows; stopping that worker (stopWorker) makes exactly the users whose
// shard it holds fail, and `up` starting it again brings them back; removing it drains it
// first. Skips where
// Citus is not installed for this PostgreSQL.

#include "ClusterScaler.h"
#include "LauncherSpy.h"
#include "LocalLauncher.h"
#include "LocalPostgres.h"
#include "PgConnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace shardscope;

namespace {

// Servers created and started on a busy 2-core machine; well inside ctest's TIMEOUT.
constexpr int upBoundMs = 150000;
// A rebalance of 32 small shards.
constexpr int moveBoundMs = 240000;
constexpr int users = 100;

// How one scaler operation ended.
struct Ending {
    bool finished = false;
    bool cancelled = false;
    std::optional<ErrorDiagnosis> failure;
    QStringList notes;
};

Ending await(ClusterScaler &scaler, const std::function<void()> &start)
{
    Ending ending;
    bool over = false;
    QObject context;
    QObject::connect(&scaler, &ClusterScaler::note, &context, [&](const QString &text) { ending.notes << text; });
    QObject::connect(&scaler, &ClusterScaler::finished, &context, [&] { ending.finished = over = true; });
    QObject::connect(&scaler, &ClusterScaler::cancelled, &context, [&] { ending.cancelled = over = true; });
    QObject::connect(&scaler, &ClusterScaler::failed, &context, [&](const ErrorDiagnosis &diagnosis) {
        ending.failure = diagnosis;
        over = true;
    });
    start();
    if (!QTest::qWaitFor([&] { return over; }, moveBoundMs))
        ending.notes << QStringLiteral("no end within %1 s").arg(moveBoundMs / 1000);
    return ending;
}

QString single(PgConnection &connection, const QString &sql, const QVariantList &params = {})
{
    const auto outcome = connection.runBlocking(sql, params);
    if (!outcome.ok())
        return QStringLiteral("error: ") + outcome.error->message;
    return outcome.results.constLast().value(0, 0);
}

// Rows per table, and per shard of activity_log: what must not change.
QString rowCounts(PgConnection &connection)
{
    return single(connection, QStringLiteral("SELECT (SELECT count(*) FROM activity_log) || '/' || "
                                             "(SELECT count(*) FROM users)"));
}

int shardsOn(PgConnection &connection, const WorkerNode &worker)
{
    return single(connection,
                  QStringLiteral("SELECT count(*) FROM pg_dist_placement p JOIN pg_dist_node n USING (groupid) "
                                 "JOIN pg_dist_shard s USING (shardid) WHERE s.logicalrelid = 'activity_log'::regclass "
                                 "AND n.nodename = $1 AND n.nodeport = $2"),
                  {worker.host, worker.port})
        .toInt();
}

} // namespace

class TestClusterScalerCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scaleOutLoseAWorkerScaleIn();

private:
    std::optional<PostgresInstallation> m_installation;
};

void TestClusterScalerCitus::initTestCase()
{
    QString why;
    m_installation = localpostgres::findWithCitus(&why);
    if (!m_installation)
        QSKIP(qPrintable(why));
}

void TestClusterScalerCitus::scaleOutLoseAWorkerScaleIn()
{
    QTemporaryDir dir;
    QVERIFY(localpostgres::watch(*m_installation, dir.path()));
    LocalLauncher launcher(dir.path());
    const auto stopAll = localpostgres::stopOnExit(launcher);
    LauncherSpy two(launcher);
    launcher.up(2);
    QVERIFY(two.waitForEnd(upBoundMs));
    QVERIFY2(two.endpoint, two.why());
    // Kept now: the spy hears every later up of the launcher too.
    const auto firstWorkers = two.endpoint->workers;

    ConnectionProfile profile;
    profile.dsn = two.endpoint->dsn;
    PgConnection connection;
    QVERIFY(connection.connectBlocking(profile));
    QVERIFY(connection
                .runBlocking(QStringLiteral(
                    "CREATE TABLE activity_log (log_id bigserial, user_id int NOT NULL, action_description "
                    "varchar(255), log_timestamp timestamptz DEFAULT now(), PRIMARY KEY (user_id, log_id));"
                    "SELECT create_distributed_table('activity_log', 'user_id');"
                    "CREATE TABLE users (user_id int PRIMARY KEY, name text);"
                    "SELECT create_distributed_table('users', 'user_id', colocate_with => 'activity_log');"
                    "INSERT INTO users SELECT i, 'user ' || i FROM generate_series(1, 100) i;"
                    "INSERT INTO activity_log (user_id, action_description) "
                    "SELECT 1 + i % 100, 'action ' || i FROM generate_series(1, 1000) i;"))
                .ok());
    const QString before = rowCounts(connection);
    QCOMPARE(before, QStringLiteral("1000/100"));

    // up with one more worker adds it to the running cluster, holding no shards yet.
    LauncherSpy three(launcher);
    launcher.up(3);
    QVERIFY(three.waitForEnd(upBoundMs));
    QVERIFY2(three.endpoint, three.why());
    QCOMPARE(three.endpoint->workers.size(), 3);
    // The one worker the first up did not start; the endpoint lists workers in no set order
    // (local workers take free ports).
    const auto isNew = [&](const WorkerNode &worker) {
        return std::none_of(firstWorkers.cbegin(), firstWorkers.cend(),
                            [&](const WorkerNode &old) { return old.address() == worker.address(); });
    };
    const auto newWorker = std::find_if(three.endpoint->workers.cbegin(), three.endpoint->workers.cend(), isNew);
    QVERIFY(newWorker != three.endpoint->workers.cend());
    const WorkerNode added = *newWorker;
    QCOMPARE(shardsOn(connection, added), 0);

    ClusterScaler scaler(&connection);
    scaler.setPollInterval(200);
    // Already registered by up: adding it again changes nothing and says so.
    Ending again = await(scaler, [&] { scaler.addWorker({added.host, added.port}, false, ClusterScaler::TransferMode::Auto); });
    QVERIFY(again.finished);
    QVERIFY2(again.notes.join(QLatin1Char('\n')).contains(QLatin1String("already")), qPrintable(again.notes.join(QLatin1Char('\n'))));

    // Local servers run with wal_level = logical: the rebalancer moves shards with logical
    // replication, the table writable all along, without block_writes.
    QCOMPARE(single(connection, QStringLiteral("SHOW wal_level")), QStringLiteral("logical"));
    Ending moved = await(scaler, [&] { scaler.rebalance(ClusterScaler::TransferMode::Auto); });
    QVERIFY2(moved.finished, moved.failure ? qPrintable(moved.failure->explanation) : "did not finish");
    const int onAdded = shardsOn(connection, added);
    QVERIFY2(onAdded >= 8, qPrintable(QString::number(onAdded)));
    QCOMPARE(rowCounts(connection), before);

    // Lose the new worker: exactly the users whose shard it holds fail.
    QList<int> heldThere;
    for (int user = 1; user <= users; ++user) {
        const QString node = single(connection,
                                    QStringLiteral("SELECT n.nodename || ':' || n.nodeport FROM pg_dist_placement p "
                                                   "JOIN pg_dist_node n USING (groupid) WHERE p.shardid = "
                                                   "get_shard_id_for_distribution_column('activity_log', $1::int)"),
                                    {user});
        if (node == NodeAddress{added.host, added.port}.toString())
            heldThere << user;
    }
    QVERIFY(!heldThere.isEmpty());
    {
        LauncherSpy stop(launcher);
        launcher.stopWorker(3);
        QVERIFY(stop.waitForEnd(upBoundMs));
        QVERIFY2(stop.stopped, stop.why());
        // Citus does not notice by itself.
        QCOMPARE(single(connection, QStringLiteral("SELECT count(*) FROM citus_get_active_worker_nodes()")),
                 QStringLiteral("3"));
        QList<int> failing;
        for (int user = 1; user <= users; ++user) {
            const auto outcome = connection.runBlocking(
                QStringLiteral("SELECT count(*) FROM activity_log WHERE user_id = $1"), {user});
            if (!outcome.ok())
                failing << user;
        }
        QCOMPARE(failing, heldThere);
        // up starts it again.
        LauncherSpy start(launcher);
        launcher.up(3);
        QVERIFY(start.waitForEnd(upBoundMs));
        QVERIFY2(start.endpoint, start.why());
    }
    for (int user = 1; user <= users; ++user)
        QCOMPARE(single(connection, QStringLiteral("SELECT count(*) FROM activity_log WHERE user_id = $1"), {user}),
                 QStringLiteral("10"));
    QCOMPARE(rowCounts(connection), before);

    // Removing it drains it first.
    Ending removed =
        await(scaler, [&] { scaler.removeWorker({added.host, added.port}, ClusterScaler::TransferMode::BlockWrites); });
    QVERIFY2(removed.finished, removed.failure ? qPrintable(removed.failure->explanation) : "did not finish");
    QCOMPARE(single(connection, QStringLiteral("SELECT count(*) FROM pg_dist_node WHERE nodeport = $1"), {added.port}),
             QStringLiteral("0"));
    QCOMPARE(single(connection, QStringLiteral("SELECT count(*) FROM pg_dist_shard WHERE logicalrelid = "
                                               "'activity_log'::regclass")),
             QStringLiteral("32"));
    QCOMPARE(rowCounts(connection), before);
}

QTEST_GUILESS_MAIN(TestClusterScalerCitus)
#include "tst_ClusterScalerCitus.moc"
