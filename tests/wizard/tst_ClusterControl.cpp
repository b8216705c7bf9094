// Stop cluster and reset demo, as the main window's Cluster menu runs them, on the cluster
// session alone (no wizard): each asks first (here the test answers), stops the cluster the
// session started with the same launcher (the stand-in docker records what it was asked),
// and drops the demo table on a throwaway PostgreSQL, connecting first as after a restart:
// the program needs PostgreSQL's server programs.

#include "ClusterControl.h"
#include "ClusterSession.h"
#include "FakeDocker.h"
#include "PgConnection.h"
#include "TestServer.h"
#include "Tutorial.h"

#include <QTemporaryDir>
#include <QTest>

#include <QSignalSpy>

using namespace shardscope;

namespace {

// Far more than a step on a local server takes, and well inside ctest's TIMEOUT: a hang
// fails with what did not happen instead of being killed without a word.
constexpr int patience = 30000;

} // namespace

class TestClusterControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void stopsTheComposeClusterAndDeletesItsData_data();
    void stopsTheComposeClusterAndDeletesItsData();
    void cancelStopsNothing();
    void anExistingClusterIsNotStopped();
    void resetDropsTheDemoTableOnlyWhenConfirmed();

private:
    QString scalar(const QString &sql);
    ConnectionProfile serverProfile() const;
    // A session on a cluster got that way, as the main window restores it.
    void useCluster(LaunchChoice::Kind kind);

    TestServer m_server;
    QTemporaryDir m_composeDir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ClusterSession> m_session;
};

void TestClusterControl::initTestCase()
{
    QVERIFY(m_composeDir.isValid());
    QFile env(m_composeDir.filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Text));
    env.write("POSTGRES_PASSWORD=not-used\nCOMPOSE_PROFILES=workers-2\n");
    qputenv("SHARDSCOPE_COMPOSE_DIR", m_composeDir.path().toUtf8());
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

void TestClusterControl::init()
{
    QFile::remove(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<ClusterSession>(AppSettings(m_settingsDir.filePath(QStringLiteral("settings.ini"))));
}

ConnectionProfile TestClusterControl::serverProfile() const
{
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    return profile;
}

void TestClusterControl::useCluster(LaunchChoice::Kind kind)
{
    m_session->useCluster(serverProfile(), LaunchChoice(kind));
}

QString TestClusterControl::scalar(const QString &sql)
{
    PgConnection check;
    if (!check.connectBlocking(serverProfile()))
        return QStringLiteral("(no connection)");
    return check.runBlocking(sql).results.value(0).value(0, 0);
}

void TestClusterControl::stopsTheComposeClusterAndDeletesItsData_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("volumes");
    QTest::newRow("stop") << int(ClusterControl::StopChoice::Stop) << false;
    QTest::newRow("stop and delete data") << int(ClusterControl::StopChoice::StopAndDeleteData) << true;
}

void TestClusterControl::stopsTheComposeClusterAndDeletesItsData()
{
    QFETCH(int, choice);
    QFETCH(bool, volumes);
    FakeDocker docker;
    useCluster(LaunchChoice::Kind::Docker);
    ClusterControl control(m_session.get(), nullptr);
    int asked = 0;
    control.setQuestions(
        [&] {
            ++asked;
            return ClusterControl::StopChoice(choice);
        },
        [](const QString &) { return false; });
    control.setEnvironment(docker.environment());
    QSignalSpy finished(&control, &ClusterControl::finished);
    QSignalSpy messages(&control, &ClusterControl::message);
    control.stopCluster();
    QVERIFY(control.isBusy());
    QVERIFY2(finished.wait(patience), "stopping the cluster did not finish");
    QCOMPARE(asked, 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(messages.last().at(0).toString(), volumes ? ClusterControl::tr("Cluster stopped and its data deleted.")
                                                       : ClusterControl::tr("Cluster stopped."));
    const QStringList downs = docker.composeCalls().filter(QStringLiteral(" down"));
    QCOMPARE(downs.size(), 1);
    // Whole words: the compose directory's random name may itself hold "-v".
    const QStringList words = downs.first().split(QLatin1Char(' '));
    QCOMPARE(words.contains(QLatin1String("-v")) || words.contains(QLatin1String("--volumes")), volumes);
}

void TestClusterControl::cancelStopsNothing()
{
    FakeDocker docker;
    useCluster(LaunchChoice::Kind::Docker);
    ClusterControl control(m_session.get(), nullptr);
    control.setQuestions([] { return ClusterControl::StopChoice::Cancel; }, [](const QString &) { return false; });
    control.setEnvironment(docker.environment());
    QSignalSpy finished(&control, &ClusterControl::finished);
    control.stopCluster();
    QVERIFY(!control.isBusy());
    QVERIFY(!finished.wait(500));
    QVERIFY(docker.composeCalls().isEmpty());
}

void TestClusterControl::anExistingClusterIsNotStopped()
{
    useCluster(LaunchChoice::Kind::Existing);
    ClusterControl control(m_session.get(), nullptr);
    bool asked = false;
    control.setQuestions(
        [&] {
            asked = true;
            return ClusterControl::StopChoice::Stop;
        },
        [](const QString &) { return false; });
    QSignalSpy finished(&control, &ClusterControl::finished);
    control.stopCluster();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!asked);
}

void TestClusterControl::resetDropsTheDemoTableOnlyWhenConfirmed()
{
    scalar(QStringLiteral("CREATE TABLE activity_log (user_id int)"));
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('activity_log') IS NOT NULL")), QStringLiteral("t"));
    // Not connected, as after a restart: the reset connects first.
    useCluster(LaunchChoice::Kind::Existing);
    QVERIFY(!m_session->isConnected());
    ClusterControl control(m_session.get(), nullptr);
    QString askedAbout;
    bool answer = false;
    control.setQuestions([] { return ClusterControl::StopChoice::Cancel; },
                         [&](const QString &table) {
                             askedAbout = table;
                             return answer;
                         });
    QSignalSpy finished(&control, &ClusterControl::finished);
    control.resetDemo();
    QTRY_COMPARE_WITH_TIMEOUT(askedAbout, QStringLiteral("activity_log"), patience);
    QVERIFY(!control.isBusy());
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('activity_log') IS NOT NULL")), QStringLiteral("t"));

    answer = true;
    control.resetDemo();
    QVERIFY(control.isBusy());
    QVERIFY2(finished.wait(patience), "the reset did not finish");
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('activity_log') IS NOT NULL")), QStringLiteral("f"));
}

QTEST_MAIN(TestClusterControl)
#include "tst_ClusterControl.moc"
