// Cluster Tables with a worker of a real Citus cluster stopped (SHARDSCOPE_TEST_CITUS_DSN,
// started on this machine with shardscope up --mode local; skips without it): Citus keeps
// listing the worker as active, and the panel shows it does not answer, why, that its
// shards cannot be sized and that its rows cannot be counted, instead of leaving it out.
// The worker is started again however the test ends.

#include "CitusTestTable.h"
#include "ClusterPanel.h"
#include "SqlRecordModel.h"
#include "WorkerOutage.h"

#include <QSignalSpy>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 120000;
enum WorkersColumn { WorkerColumn = 1, AnswersColumn = 4, ProblemColumn = 5 };

// The rows of a table that name that worker in that column.
QList<int> rowsOf(const SqlRecordModel *model, int column, const QString &worker)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == worker)
            rows << row;
    }
    return rows;
}

} // namespace

class TestUnreachableWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stoppedWorkerIsShownUnreachable();

private:
    CitusTestTable m_table{QStringLiteral("unreachable_worker_test")};
};

void TestUnreachableWorker::initTestCase()
{
    if (!SqlSnapshot::driverAvailable())
        QSKIP("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
}

void TestUnreachableWorker::stoppedWorkerIsShownUnreachable()
{
    // The worker that holds user 1's rows.
    const NodeAddress lost = m_table.workerOf(1);
    WorkerOutage outage(m_table.profile(), lost);
    if (!outage.stop())
        QSKIP(qPrintable(outage.error()));

    ClusterPanel panel;
    panel.setProfile(m_table.profile());
    panel.setTable(m_table.table());
    QSignalSpy refreshed(&panel, &ClusterPanel::refreshed);
    panel.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, patience);
    QVERIFY2(outage.start(), qPrintable(outage.error()));

    QVERIFY2(panel.isCitus(), qPrintable(panel.statusText()));
    QCOMPARE(panel.unreachableWorkers(), QStringList{lost.toString()});
    QVERIFY2(panel.statusText().contains(lost.toString()), qPrintable(panel.statusText()));

    const SqlRecordModel *workers = panel.model(ClusterPanel::WorkersTab);
    const QList<int> workerRow = rowsOf(workers, WorkerColumn, lost.toString());
    QCOMPARE(workerRow.size(), 1);
    QCOMPARE(workers->index(workerRow.first(), AnswersColumn).data().toString(), SqlRecordModel::tr("no"));
    const QString why = workers->index(workerRow.first(), ProblemColumn).data().toString();
    QVERIFY2(!why.isEmpty(), "no reason given for the worker that does not answer");
    QVERIFY2(panel.statusText().contains(why.simplified()), qPrintable(panel.statusText() + QLatin1Char('\n') + why));
    for (int row = 0; row < workers->rowCount(); ++row) {
        if (row != workerRow.first())
            QCOMPARE(workers->index(row, AnswersColumn).data().toString(), SqlRecordModel::tr("yes"));
    }

    const QString unknown = ClusterPanel::tr("unknown: the worker does not answer");
    const SqlRecordModel *shards = panel.model(ClusterPanel::ShardsTab);
    const QList<int> lostShards = rowsOf(shards, 2, lost.toString());
    QVERIFY(!lostShards.isEmpty());
    for (int row : lostShards)
        QCOMPARE(shards->index(row, 3).data().toString(), unknown);

    const SqlRecordModel *rows = panel.model(ClusterPanel::RowsTab);
    const QList<int> lostRows = rowsOf(rows, 0, lost.toString());
    QCOMPARE(lostRows.size(), 1);
    QCOMPARE(rows->index(lostRows.first(), 2).data().toString(), unknown);
    QVERIFY(rows->index(lostRows.first(), 1).data().toInt() > 0);
}

QTEST_MAIN(TestUnreachableWorker)
#include "tst_UnreachableWorker.moc"
