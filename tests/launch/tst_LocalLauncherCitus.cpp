// LocalLauncher's `up` with this machine's Citus, for real: a coordinator and two workers
// with Citus preloaded and created, the workers registered; a second `up` finds it all
// done. Skips where Citus is not installed for this PostgreSQL (without it:
// tst_LocalLauncher).

#include "LauncherSpy.h"
#include "LocalLauncher.h"
#include "LocalPostgres.h"
#include "PgConnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

// Three servers created, started and given Citus on a busy 2-core machine; well inside
// ctest's TIMEOUT.
constexpr int upBoundMs = 120000;

} // namespace

class TestLocalLauncherCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upStartsACitusCluster();

private:
    std::optional<PostgresInstallation> m_installation;
};

void TestLocalLauncherCitus::initTestCase()
{
    QString why;
    m_installation = localpostgres::findWithCitus(&why);
    if (!m_installation)
        QSKIP(qPrintable(why));
}

void TestLocalLauncherCitus::upStartsACitusCluster()
{
    QTemporaryDir dir;
    QVERIFY(localpostgres::watch(*m_installation, dir.path()));
    LocalLauncher launcher(dir.path());
    const auto stopAll = localpostgres::stopOnExit(launcher);
    for (int round = 1; round <= 2; ++round) { // the second finds everything done
        LauncherSpy spy(launcher);
        launcher.up(2);
        QVERIFY(spy.waitForEnd(upBoundMs));
        QVERIFY2(spy.endpoint, spy.why());
        QCOMPARE(spy.endpoint->workers.size(), 2);
        ConnectionProfile profile;
        profile.dsn = spy.endpoint->dsn;
        PgConnection connection; // with the pass file the DSN names
        QVERIFY(connection.connectBlocking(profile));
        const auto nodes = connection.runBlocking(QStringLiteral("SELECT count(*) FROM pg_dist_node"));
        QVERIFY(nodes.ok());
        QCOMPARE(nodes.results.constFirst().value(0, 0), QStringLiteral("3"));
    }
}

QTEST_GUILESS_MAIN(TestLocalLauncherCitus)
#include "tst_LocalLauncherCitus.moc"
