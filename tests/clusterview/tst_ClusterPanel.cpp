// The cluster panel reads its tables through QPSQL off the UI thread: a throwaway plain
// PostgreSQL server is "not a Citus cluster", a wrong password is said as such. With a
// real Citus cluster: tst_ClusterPanelCitus.

#include "ClusterPanel.h"
#include "SqlRecordModel.h"
#include "TestRequirements.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QSqlRecord>

using namespace shardscope;

namespace {

// Generous for a local server, and short enough that a hang fails with the condition that
// was not met, long before ctest's TIMEOUT.
constexpr int patience = 30000;

} // namespace

class TestClusterPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notConnectedSaysSo();
    void plainPostgresIsNotACitusCluster();
    void wrongPasswordIsReported();

private:
    ConnectionProfile serverProfile() const;

    TestServer m_server;
};

void TestClusterPanel::initTestCase()
{
    if (!SqlSnapshot::driverAvailable())
        QSKIP(requirement::qpsqlMissing);
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

QTEST_MAIN(TestClusterPanel)
#include "tst_ClusterPanel.moc"
