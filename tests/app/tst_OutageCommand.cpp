// A worker lost and got back with shardscope commands alone, on a real Citus cluster
// started on this machine with shardscope up --mode local (SHARDSCOPE_TEST_CITUS_DSN; skips
// without it, or when the worker's server is not on this machine): `outage` saves the rows
// of each shard, `down --worker N` stops the worker of user 1, `outage` then shows it listed
// as active yet not answering and user 1's query failing with the shard and the refused
// connection named (exit 1), `up` starts it again and says so, and `outage
// --compare-counts` finds every query working and every shard's rows as before (exit 0).

#include "CitusTestTable.h"
#include "LocalClusterWorker.h"
#include "ShardscopeRun.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

class TestOutageCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stopFailStartRecover();

private:
    QStringList outage(const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("outage"), QStringLiteral("--dsn"), m_table.profile().dsn,
                           QStringLiteral("--table"), m_table.table().name,
                           QStringLiteral("--users"), QStringLiteral("1,%1").arg(m_other)}
            + more;
    }

    // host:port of the worker that holds user's shard, as Citus says.
    QString workerOf(int user) const
    {
        return m_table.scalar(QStringLiteral("SELECT nodename || ':' || nodeport FROM citus_shards WHERE shardid = "
                                             "get_shard_id_for_distribution_column('%1', ")
                              + QString::number(user) + QLatin1Char(')'));
    }

    QString userLine(const char *mark, int user) const
    {
        return QStringLiteral("%1 User %2: ").arg(QString::fromUtf8(mark)).arg(user);
    }

    CitusTestTable m_table{QStringLiteral("tst_outage_command_log")};
    QTemporaryDir m_dir;
    int m_other = 0; // a user whose rows the lost worker does not hold
};

void TestOutageCommand::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
    // A user whose rows are on another worker than user 1's: user 2 on a fresh cluster, but
    // a rebalance (another test's, or the class's) may have put both on one worker.
    const QString lost = workerOf(1);
    for (int user = 2; user <= 100 && m_other == 0; ++user) {
        if (workerOf(user) != lost)
            m_other = user;
    }
    if (m_other == 0)
        QSKIP("users 1 to 100 all have their rows on one worker: the test needs two workers");
}

void TestOutageCommand::stopFailStartRecover()
{
    const QString counts = m_dir.filePath(QStringLiteral("counts"));
    const ShardscopeRun before(outage({QStringLiteral("--save-counts"), counts}));
    QVERIFY2(before.status == 0, qPrintable(before.out + before.err));
    QVERIFY2(before.out.contains(userLine("✓", 1)) && before.out.contains(userLine("✓", m_other)),
             qPrintable(before.out));
    QVERIFY(QFileInfo(counts).size() > 0);

    const NodeAddress lost = m_table.workerOf(1);
    QString why;
    const auto local = LocalClusterWorker::find(m_table.profile(), lost, &why);
    if (!local)
        QSKIP(qPrintable(why));
    const QStringList cluster{QStringLiteral("--mode"), QStringLiteral("local"), QStringLiteral("--data-dir"), local->directory};
    // However the test ends, the worker runs again.
    const auto startAgain = [&] {
        return ShardscopeRun(QStringList{QStringLiteral("up"), QStringLiteral("--workers"), QString::number(local->workers)} + cluster);
    };
    auto guard = qScopeGuard([&] { startAgain(); });

    const ShardscopeRun down(QStringList{QStringLiteral("down"), QStringLiteral("--worker"), QString::number(local->index)} + cluster);
    QVERIFY2(down.status == 0, qPrintable(down.err));

    const ShardscopeRun during(outage());
    QCOMPARE(during.status, 1);
    const QString shard = m_table.scalar(QStringLiteral("SELECT get_shard_id_for_distribution_column('%1', 1)"));
    QVERIFY2(during.out.contains(QStringLiteral("%1: listed as active by Citus, does not answer: connection refused").arg(lost.toString())),
             qPrintable(during.out));
    QVERIFY2(during.out.contains(QStringLiteral("✗ User 1: fails (shard %1 on %2)").arg(shard, lost.toString())),
             qPrintable(during.out));
    QVERIFY2(during.out.contains(QStringLiteral("connection to %1 was refused").arg(lost.toString())), qPrintable(during.out));
    QVERIFY2(during.out.contains(userLine("✓", m_other)), qPrintable(during.out));

    const ShardscopeRun up = startAgain();
    QVERIFY2(up.status == 0, qPrintable(up.err));
    guard.dismiss();
    // Not "nothing to add": a stopped worker came back.
    QVERIFY2(up.err.contains(QStringLiteral("1 stopped worker started again: %1").arg(lost.toString())),
             qPrintable(up.err));

    const ShardscopeRun after(outage({QStringLiteral("--compare-counts"), counts}));
    QVERIFY2(after.status == 0, qPrintable(after.out + after.err));
    QVERIFY2(after.out.contains(userLine("✓", 1)) && after.out.contains(userLine("✓", m_other)),
             qPrintable(after.out));
    QVERIFY2(after.out.contains(QStringLiteral("Row counts per shard are the same as before")), qPrintable(after.out));
    QVERIFY2(after.out.contains(QStringLiteral("Nothing was lost.")), qPrintable(after.out));
}

QTEST_GUILESS_MAIN(TestOutageCommand)
#include "tst_OutageCommand.moc"
