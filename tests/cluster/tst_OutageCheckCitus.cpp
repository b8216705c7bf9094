// A worker of a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN, started on this machine
// with shardscope up --mode local) lost and got back, as OutageCheck shows it to a class:
// stopped, it stays listed as active by Citus while it does not answer, the tutorial's
// query fails for exactly the users whose shard it holds (saying which worker and shard)
// and works for the others, its shards cannot be counted; started again, every query
// works and every shard holds the rows it held before. Skips without the variable, or
// when the worker's server is not on this machine. The worker is started again however
// the test ends.

#include "CitusTestTable.h"
#include "OutageCheck.h"
#include "OutageReportText.h"
#include "WorkerOutage.h"

#include <QTest>

using namespace shardscope;

namespace {

const QList<int> users{1, 2, 3, 4, 5, 6, 7, 8};

} // namespace

class TestOutageCheckCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lostWorkerFailsItsUsersAndLosesNothing();

private:
    OutageReport check();
    // Asked of the coordinator directly: the users whose rows a worker holds.
    QList<int> usersOn(const NodeAddress &worker) const;

    CitusTestTable m_table{QStringLiteral("tst_outage_check_log")};
};

void TestOutageCheckCitus::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
}

OutageReport TestOutageCheckCitus::check()
{
    OutageCheck check;
    ErrorDiagnosis error;
    const bool ok = check.checkBlocking(m_table.profile(), m_table.table().name, users, &error);
    if (!ok)
        qWarning("%s", qPrintable(error.explanation));
    return ok ? check.report() : OutageReport();
}

QList<int> TestOutageCheckCitus::usersOn(const NodeAddress &worker) const
{
    const PgResult result =
        m_table.connection()
            ->runBlocking(QStringLiteral("SELECT u FROM unnest($2::int[]) u JOIN citus_shards s"
                                         " ON s.shardid = get_shard_id_for_distribution_column($1::regclass, u)"
                                         " WHERE s.nodename = $3 AND s.nodeport = $4 ORDER BY u"),
                          {m_table.table().name, QStringLiteral("{1,2,3,4,5,6,7,8}"), worker.host, worker.port})
            .results.value(0);
    QList<int> found;
    for (int row = 0; row < result.rowCount(); ++row)
        found << result.value(row, 0).toInt();
    return found;
}

void TestOutageCheckCitus::lostWorkerFailsItsUsersAndLosesNothing()
{
    const OutageReport before = check();
    QVERIFY2(before.healthy(), qPrintable(OutageReportText::toText(before)));
    QCOMPARE(before.users.size(), users.size());
    QCOMPARE(before.counts().shards(), int(before.table.shards.size()));
    QCOMPARE(before.counts().rows(), m_table.scalar(QStringLiteral("SELECT count(*) FROM %1")).toLongLong());
    for (const UserQuery &user : before.users) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1 WHERE user_id = ") + QString::number(user.userId);
        QCOMPARE(user.rows.value_or(-1), m_table.scalar(count).toLongLong());
    }

    const NodeAddress lost = m_table.workerOf(1);
    const QList<int> expected = usersOn(lost);
    QVERIFY(expected.contains(1));
    QVERIFY2(expected.size() < users.size(), "every user on one worker: the test needs a cluster of two workers or more");
    WorkerOutage outage(m_table.profile(), lost);
    if (!outage.stop())
        QSKIP(qPrintable(outage.error()));

    const OutageReport during = check();
    const QString said = OutageReportText::toText(during);
    QCOMPARE(during.unreachableWorkers(), QList<NodeAddress>{lost});
    QCOMPARE(during.failingUsers(), expected);
    for (const WorkerInfo &worker : during.workers) {
        // Citus does not notice by itself; our own check does.
        QVERIFY2(worker.listedActive, qPrintable(said));
        if (worker.address == lost)
            QCOMPARE(worker.fromHere, Reachability::Unreachable);
    }
    QVERIFY2(!OutageReportText::listedButLostNote(during).isEmpty(), qPrintable(said));
    for (const UserQuery &user : during.users) {
        if (user.ok()) {
            QVERIFY(user.worker != lost);
            continue;
        }
        QCOMPARE(user.worker, lost);
        QCOMPARE(user.error->problem, ErrorDiagnosis::Problem::WorkerUnreachable);
        const QString why = OutageReportText::failureExplanation(user);
        QVERIFY2(why.contains(lost.toString()) && why.contains(QString::number(user.shardId)), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("refused")), qPrintable(why));
    }
    int lostShards = 0;
    for (const ShardSegment &shard : during.table.shards) {
        QCOMPARE(bool(shard.rows), !shard.placements.contains(lost));
        lostShards += shard.placements.contains(lost) ? 1 : 0;
    }
    QVERIFY(lostShards > 0);
    QVERIFY(!before.counts().compareWith(during.counts()).equal());

    QVERIFY2(outage.start(), qPrintable(outage.error()));
    const OutageReport after = check();
    QVERIFY2(after.healthy(), qPrintable(OutageReportText::toText(after)));
    const ShardRowCounts::Comparison comparison = before.counts().compareWith(after.counts());
    QVERIFY2(comparison.equal(), qPrintable(OutageReportText::comparisonLine(comparison)));
    QCOMPARE(comparison.same, int(before.table.shards.size()));
    QVERIFY(after.counts() == before.counts());
}

QTEST_MAIN(TestOutageCheckCitus)
#include "tst_OutageCheckCitus.moc"
