// The Cluster Tables dock's panel on a cluster session: a cluster that is not running any
// more (stopped, deleted), restored from the settings after a restart, is said to be so
// with Start and Forget instead of tables shown as if nothing had happened; the panel
// reads again by itself while shown, and not while hidden. Needs no server: nothing
// answers on a port just found free.

#include "ClusterPanel.h"
#include "ClusterSession.h"
#include "LanguageManager.h"
#include "LoopbackPorts.h"
#include "SqlSnapshot.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

// Far more than a refused connection takes, and well inside ctest's TIMEOUT.
constexpr int patience = 30000;

} // namespace

class TestClusterPanelSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stoppedClusterAfterARestart_data();
    void stoppedClusterAfterARestart();
    void forgetLeavesNoCluster();
    void readsAgainWhileShown();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    // A session of the last run, on a coordinator nothing answers for any more.
    void rememberGoneCluster(LaunchChoice::Kind kind);

    QTemporaryDir m_dir;
};

void TestClusterPanelSession::initTestCase()
{
    // Looked at in either language (SHARDSCOPE_WIZARD_LANGUAGE=es); the checks compare with
    // the translated texts.
    QVERIFY(LanguageManager::of(qApp)->setLanguage(qEnvironmentVariable("SHARDSCOPE_WIZARD_LANGUAGE", "en")));
    if (!SqlSnapshot::driverAvailable())
        QSKIP("needs Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql)");
}

void TestClusterPanelSession::rememberGoneCluster(LaunchChoice::Kind kind)
{
    QFile::remove(settingsFile());
    ClusterSession lastRun{AppSettings(settingsFile())};
    ConnectionProfile gone;
    gone.dsn = QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres connect_timeout=5")
                   .arg(LoopbackPorts::free());
    lastRun.useCluster(gone, LaunchChoice(kind));
}

void TestClusterPanelSession::stoppedClusterAfterARestart_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("startOffered");
    QTest::newRow("started with Docker") << int(LaunchChoice::Kind::Docker) << true;
    QTest::newRow("an existing one") << int(LaunchChoice::Kind::Existing) << false;
}

void TestClusterPanelSession::stoppedClusterAfterARestart()
{
    QFETCH(int, kind);
    QFETCH(bool, startOffered);
    rememberGoneCluster(LaunchChoice::Kind(kind));
    ClusterSession session{AppSettings(settingsFile())};
    QVERIFY(session.hasProfile());
    ClusterPanel panel;
    panel.setSession(&session);
    QSignalSpy refreshed(&panel, &ClusterPanel::refreshed);
    panel.resize(900, 300);
    panel.show(); // shown, it reads without being asked
    QVERIFY2(refreshed.wait(patience), "the panel did not read the cluster");
    QVERIFY(panel.isNotRunning());
    QVERIFY2(panel.statusText().startsWith(ClusterPanel::tr("This cluster is not running: nothing answers at %1.")
                                               .section(QLatin1Char(':'), 0, 0)),
             qPrintable(panel.statusText()));
    QCOMPARE(panel.startButton()->isVisible(), startOffered);
    QVERIFY(panel.forgetButton()->isVisible());
    if (const QString dir = qEnvironmentVariable("SHARDSCOPE_CLUSTER_SCREENSHOT_DIR"); !dir.isEmpty())
        panel.grab().save(dir + QStringLiteral("/cluster-not-running-%1.png").arg(kind));
}

void TestClusterPanelSession::forgetLeavesNoCluster()
{
    rememberGoneCluster(LaunchChoice::Kind::Docker);
    ClusterSession session{AppSettings(settingsFile())};
    ClusterPanel panel;
    panel.setSession(&session);
    QSignalSpy refreshed(&panel, &ClusterPanel::refreshed);
    panel.show();
    QVERIFY2(refreshed.wait(patience), "the panel did not read the cluster");
    QVERIFY(panel.forgetButton()->isVisible());
    panel.forgetButton()->click();
    QVERIFY(!session.hasProfile());
    QVERIFY(!panel.isNotRunning());
    QVERIFY(!panel.forgetButton()->isVisible());
    QVERIFY(!panel.startButton()->isVisible());
    QCOMPARE(panel.statusText(), ClusterPanel::tr("Not connected. Start or choose a cluster in the tutorial wizard."));
    // Forgotten for the next run too.
    QVERIFY(!ClusterSession(AppSettings(settingsFile())).hasProfile());
}

void TestClusterPanelSession::readsAgainWhileShown()
{
    rememberGoneCluster(LaunchChoice::Kind::Existing);
    ClusterSession session{AppSettings(settingsFile())};
    ClusterPanel panel;
    panel.setSession(&session);
    panel.setRefreshInterval(50);
    QVERIFY(!panel.isRefreshingPeriodically());
    QSignalSpy refreshed(&panel, &ClusterPanel::refreshed);
    panel.show();
    QVERIFY(panel.isRefreshingPeriodically());
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 3, patience);
    panel.hide();
    QVERIFY(!panel.isRefreshingPeriodically());
}

QTEST_MAIN(TestClusterPanelSession)
#include "tst_ClusterPanelSession.moc"
