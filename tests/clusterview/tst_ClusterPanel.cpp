// The cluster panel reads its tables through QPSQL off the UI thread: a plain PostgreSQL
// server is "not a Citus cluster", a wrong password is said as such, and a real Citus
// cluster (SHARDSCOPE_TEST_CITUS_DSN) shows its workers, the shards of a table it creates
// and the rows each worker holds.

#include "ClusterPanel.h"
#include "PgConnection.h"
#include "SqlRecordModel.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTabWidget>

using namespace shardscope;

namespace {

// Generous: only there so that a hang fails the test instead of stalling the run.
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

class TestClusterPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notConnectedSaysSo();
    void plainPostgresIsNotACitusCluster();
    void wrongPasswordIsReported();
    void citusClusterShowsWorkersShardsAndRows();

private:
    ConnectionProfile serverProfile() const;

    TestServer m_server;
};

void TestClusterPanel::initTestCase()
{
    if (!SqlSnapshot::driverAvailable())
        QSKIP("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

ConnectionProfile TestClusterPanel::serverProfile() const
{
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    return profile;
}

void TestClusterPanel::notConnectedSaysSo()
{
    ClusterPanel panel;
    QVERIFY2(panel.statusText().contains(QLatin1String("Not connected")), qPrintable(panel.statusText()));
    QCOMPARE(panel.model(ClusterPanel::WorkersTab)->rowCount(), 0);
}

void TestClusterPanel::plainPostgresIsNotACitusCluster()
{
    ClusterPanel panel;
    panel.setProfile(serverProfile());
    QSignalSpy refreshed(&panel, &ClusterPanel::refreshed);
    panel.refresh();
    QVERIFY(panel.isLoading());
    QVERIFY2(panel.statusText().contains(QLatin1String("Reading")), qPrintable(panel.statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, patience);
    QVERIFY(!panel.isCitus());
    QVERIFY2(panel.statusText().contains(QLatin1String("not a Citus cluster")), qPrintable(panel.statusText()));
    QCOMPARE(panel.model(ClusterPanel::WorkersTab)->rowCount(), 0);
    QCOMPARE(panel.model(ClusterPanel::ShardsTab)->rowCount(), 0);
    // The password given for the session is not part of what the panel shows.
    QVERIFY(!panel.statusText().contains(m_server.password()));
}

void TestClusterPanel::wrongPasswordIsReported()
{
    ConnectionProfile profile = serverProfile();
    profile.password = QStringLiteral("not-the-password");
    ClusterPanel panel;
    panel.setProfile(profile);
    QSignalSpy refreshed(&panel, &ClusterPanel::refreshed);
    panel.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, patience);
    QVERIFY2(panel.statusText().contains(QLatin1String("Cannot read the cluster")), qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(QLatin1String("password authentication failed")),
             qPrintable(panel.statusText()));
}

void TestClusterPanel::citusClusterShowsWorkersShardsAndRows()
{
    const QString dsn = qEnvironmentVariable("SHARDSCOPE_TEST_CITUS_DSN");
    if (dsn.isEmpty())
        QSKIP("SHARDSCOPE_TEST_CITUS_DSN is not set: this test needs a running Citus coordinator, which this "
              "machine has not got (Citus is no Debian package). Set for example "
              "SHARDSCOPE_TEST_CITUS_DSN='host=127.0.0.1 port=9700 dbname=postgres user=postgres'.");
    ConnectionProfile profile;
    profile.dsn = dsn;
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

QTEST_MAIN(TestClusterPanel)
#include "tst_ClusterPanel.moc"
