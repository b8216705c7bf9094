// The cluster panel against a real Citus cluster, named by SHARDSCOPE_TEST_CITUS_DSN: it
// shows the workers, the shards of a table the test creates (and drops) and the rows each
// worker holds. Without that variable the program skips.

#include "ClusterPanel.h"
#include "PgConnection.h"
#include "SqlRecordModel.h"
#include "TestRequirements.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace shardscope;

namespace {

// Generous for a cluster on this machine, and short enough that a hang fails with the
// condition that was not met, long before ctest's TIMEOUT.
constexpr int patience = 60000;
const QString tableName = QStringLiteral("clusterpanel_test");

QStringList column(const SqlRecordModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

class TestClusterPanelCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsWorkersShardsAndRows();

private:
    QString m_dsn;
};

void TestClusterPanelCitus::initTestCase()
{
    if (!SqlSnapshot::driverAvailable())
        QSKIP(requirement::qpsqlMissing);
    SHARDSCOPE_REQUIRE_CITUS_DSN(m_dsn);
}

void TestClusterPanelCitus::showsWorkersShardsAndRows()
{
    ConnectionProfile profile;
    profile.dsn = m_dsn;
    PgConnection setup;
    PgError error;
    QVERIFY2(setup.connectBlocking(profile, &error), qPrintable(error.toString()));
    const QString quoted = setup.quoteIdentifier(tableName);
    const auto prepared = setup.runBlocking(
        QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (user_id int, n int);"
                       "SELECT create_distributed_table('%2', 'user_id', shard_count => 4);"
                       "INSERT INTO %1 SELECT g % 10, g FROM generate_series(1, 1000) g;")
            .arg(quoted, tableName));
    QVERIFY2(prepared.ok(), qPrintable(prepared.error->toString()));

    ClusterPanel panel;
    panel.setProfile(profile);
    panel.setTable(DemoTable{tableName, QStringLiteral("user_id")});
    QSignalSpy refreshed(&panel, &ClusterPanel::refreshed);
    panel.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, patience);
    setup.runBlocking(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted));
    // For looking at it: SHARDSCOPE_CLUSTER_SCREENSHOT=dir/panel.png.
    if (const QString shot = qEnvironmentVariable("SHARDSCOPE_CLUSTER_SCREENSHOT"); !shot.isEmpty()) {
        panel.resize(900, 360);
        panel.show();
        for (ClusterPanel::Tab tab : {ClusterPanel::WorkersTab, ClusterPanel::ShardsTab, ClusterPanel::RowsTab}) {
            panel.findChild<QTabWidget *>()->setCurrentIndex(tab);
            panel.grab().save(QString(shot).replace(QLatin1String(".png"), QStringLiteral("_%1.png").arg(int(tab))));
        }
    }

    QVERIFY2(panel.isCitus(), qPrintable(panel.statusText()));
    const QStringList workers = column(panel.model(ClusterPanel::WorkersTab), 1);
    QVERIFY2(workers.size() >= 2, qPrintable(workers.join(u' ')));
    for (const QString &worker : workers)
        QVERIFY2(worker.contains(QLatin1Char(':')), qPrintable(worker));
    // Each worker is shown in its colour, the same one the plans of this session use.
    QVERIFY(panel.model(ClusterPanel::WorkersTab)->index(0, 1).data(Qt::DecorationRole).value<QColor>().isValid());

    const SqlRecordModel *shards = panel.model(ClusterPanel::ShardsTab);
    QCOMPARE(column(shards, 0).count(tableName), 4);

    const SqlRecordModel *rows = panel.model(ClusterPanel::RowsTab);
    qint64 total = 0;
    int shardCount = 0;
    for (int row = 0; row < rows->rowCount(); ++row) {
        QVERIFY(workers.contains(rows->index(row, 0).data().toString()));
        shardCount += rows->index(row, 1).data().toInt();
        total += rows->index(row, 2).data().toLongLong();
    }
    QCOMPARE(shardCount, 4);
    QCOMPARE(total, qint64(1000));
}

QTEST_MAIN(TestClusterPanelCitus)
#include "tst_ClusterPanelCitus.moc"
