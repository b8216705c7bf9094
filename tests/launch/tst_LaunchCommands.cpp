// `shardscope up`, `status` and `down` as a user runs them: the real executable, its
// stdout, stderr and exit status; Docker played by fake/docker on the PATH, the
// coordinator by a throwaway PostgreSQL server, local mode with this machine's PostgreSQL
// (made to look without Citus where that is the point). Needs PostgreSQL's server programs.

#include "FakeDocker.h"
#include "LocalPostgres.h"
#include "StubCitus.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run runShardscope(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHARDSCOPE_BINARY), arguments);
    process.closeWriteChannel();
    // Bounded well inside ctest's TIMEOUT; a hang aborts the program with this message.
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        qFatal("shardscope %s did not finish within 30 s", qPrintable(arguments.join(QLatin1Char(' '))));
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// The compose folder's .env, as Compose reads it: the coordinator's password.
bool writeComposeEnv(const QTemporaryDir &compose, const QString &password)
{
    QFile env(compose.filePath(QStringLiteral(".env")));
    return env.open(QIODevice::WriteOnly) && env.write("POSTGRES_PASSWORD=" + password.toUtf8() + "\n") > 0;
}

} // namespace

class TestLaunchCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void upLocalWithoutCitus();
    void upDockerPrintsOnlyTheDsn();
    void upDockerFailure();
    void upDockerRunsTheChosenCitus_data();
    void upDockerRunsTheChosenCitus();
    void upHelpListsTheCitusVersions();
    void statusDocker();
    void statusDaemonDownIsOneLine();
    void statusLocalWithoutCluster();
    void downDocker();
    void interruptCancels();

private:
    std::optional<shardscope::PostgresInstallation> m_installation;
};

void TestLaunchCommands::initTestCase()
{
    QString why;
    m_installation = localpostgres::find(&why);
    if (!m_installation)
        QSKIP(qPrintable(why));
}

void TestLaunchCommands::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("no workers") << QStringList{"up", "--workers", "0"}
                                << "shardscope: up: --workers must be a number from 1 to 8, not \"0\"";
    QTest::newRow("nine workers") << QStringList{"up", "--workers", "9"} << "--workers must be a number from 1 to 8";
    QTest::newRow("workers not a number") << QStringList{"up", "--workers", "two"} << "not \"two\"";
    QTest::newRow("port zero") << QStringList{"up", "--port", "0"}
                               << "shardscope: up: --port must be a number from 1 to 65535, not \"0\"";
    QTest::newRow("port too big") << QStringList{"up", "--port", "65536"} << "--port must be a number from 1 to 65535";
    QTest::newRow("unknown mode") << QStringList{"up", "--mode", "podman"}
                                  << "shardscope: up: --mode must be docker or local, not \"podman\"";
    QTest::newRow("local without directory") << QStringList{"up", "--mode", "local"} << "--mode local needs --data-dir DIR";
    QTest::newRow("directory with docker") << QStringList{"down", "--data-dir", "/tmp"}
                                           << "shardscope: down: --data-dir is for --mode local";
    QTest::newRow("bad timeout") << QStringList{"status", "--timeout", "-3"} << "shardscope: status: --timeout must be";
    QTest::newRow("unknown Citus version")
        << QStringList{"up", "--citus-version", "15"}
        << "shardscope: up: --citus-version must be one of 14.1 (PostgreSQL 18), 13.2 (PostgreSQL 15), not \"15\"";
    QTest::newRow("empty Citus version") << QStringList{"up", "--citus-version", ""} << "--citus-version must be one of";
    QTest::newRow("Citus version not published") << QStringList{"up", "--citus-version", "14.2"} << "not \"14.2\"";
    QTest::newRow("Citus version of local servers")
        << QStringList{"up", "--mode", "local", "--data-dir", "/tmp", "--citus-version", "13.2"}
        << "shardscope: up: --citus-version is for --mode docker";
    QTest::newRow("Citus version on down") << QStringList{"down", "--citus-version", "13.2"}
                                           << "shardscope: down: Unknown option 'citus-version'.";
    QTest::newRow("unknown option") << QStringList{"up", "--replicas", "3"} << "shardscope: up: Unknown option 'replicas'.";
    QTest::newRow("stray argument") << QStringList{"down", "now"} << "shardscope: down: unexpected argument \"now\"";
}

void TestLaunchCommands::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    // No docker at all: an argument error must come before any attempt to use it.
    const FakeDocker nothing(QStringLiteral("success"), 0, false);
    const Run run = runShardscope(arguments, nothing.environment());
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("shardscope: "), run.err.constData());
    QVERIFY2(run.err.contains(error.toUtf8()), run.err.constData());
}

void TestLaunchCommands::upLocalWithoutCitus()
{
    const localpostgres::WithoutCitus postgres(m_installation->binDir());
    QVERIFY(postgres.isValid());
    QTemporaryDir dir;
    const Run run = runShardscope({QStringLiteral("up"), QStringLiteral("--mode"), QStringLiteral("local"),
                                QStringLiteral("--data-dir"), dir.path()},
                               postgres.environment());
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("shardscope: up: Citus is not installed for PostgreSQL 15"), run.err.constData());
    QVERIFY(run.err.contains("citus.so"));
    QVERIFY(run.err.contains("[1/")); // progress
    // The error is the last line, after the tools' output.
    QVERIFY(run.err.trimmed().split('\n').constLast().startsWith("shardscope: up: Citus is not installed"));
    // Refused before anything was created, so nothing is left running.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestLaunchCommands::upDockerPrintsOnlyTheDsn()
{
    TestServer server;
    SHARDSCOPE_START_TEST_SERVER(server);
    QCOMPARE(stubcitus::install(server), QString());
    QCOMPARE(stubcitus::run(server, QStringLiteral("SELECT citus_set_coordinator_host('coordinator', 5432); "
                                                   "SELECT citus_add_node('worker1', 5432); "
                                                   "SELECT citus_add_node('worker2', 5432); "
                                                   "SELECT citus_add_node('worker3', 5432)")),
             QString());
    QTemporaryDir compose;
    QVERIFY(writeComposeEnv(compose, server.password()));
    const FakeDocker docker;
    const Run run = runShardscope({QStringLiteral("up"), QStringLiteral("--workers"), QStringLiteral("3"), QStringLiteral("--port"),
                                QString::number(server.port()), QStringLiteral("--compose-dir"), compose.path()},
                               docker.environment(server.port()));
    QVERIFY2(run.status == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres passfile='%2/pgpass'\n")
                 .arg(server.port())
                 .arg(compose.path()));
    QVERIFY2(run.err.contains("] Cluster ready"), run.err.constData());
    QVERIFY(docker.composeCalls().constLast().endsWith(QStringLiteral("--profile workers-3 up -d")));

    // What a user then does with it.
    QProcess psql;
    psql.start(m_installation->binDir() + QStringLiteral("/psql"),
               {QString::fromUtf8(run.out.trimmed()), QStringLiteral("-Atc"), QStringLiteral("SELECT count(*) FROM citus_get_active_worker_nodes()")});
    QVERIFY2(psql.waitForFinished(20000), "psql did not finish within 20 s");
    QCOMPARE(psql.readAllStandardOutput(), QByteArray("3\n"));
}

void TestLaunchCommands::upDockerFailure()
{
    const FakeDocker docker(QStringLiteral("port-in-use"));
    QTemporaryDir compose;
    // Free here, so that Compose runs and finds it taken.
    const QByteArray port = QByteArray::number(TestServer::freePort());
    const Run run = runShardscope({QStringLiteral("up"), QStringLiteral("--port"), QString::fromLatin1(port),
                                   QStringLiteral("--compose-dir"), compose.path()},
                                  docker.environment());
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QVERIFY2(lines.constLast().startsWith("shardscope: up: Port " + port + " on 127.0.0.1 is already in use"),
             run.err.constData());
    // The raw output is there, indented, before it.
    QVERIFY(run.err.contains("\n  Error response from daemon: driver failed programming external connectivity"));
}

void TestLaunchCommands::upDockerRunsTheChosenCitus_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("image");
    QTest::newRow("default: the newest 14") << QStringList{} << "citusdata/citus:14.1.0";
    QTest::newRow("14") << QStringList{"--citus-version", "14"} << "citusdata/citus:14.1.0";
    QTest::newRow("13.2, the classic tutorial's") << QStringList{"--citus-version", "13.2"} << "citusdata/citus:13.2.0-pg15";
    QTest::newRow("13.2.0") << QStringList{"--citus-version", "13.2.0"} << "citusdata/citus:13.2.0-pg15";
}

void TestLaunchCommands::upDockerRunsTheChosenCitus()
{
    QFETCH(QStringList, options);
    QFETCH(QString, image);
    TestServer server;
    SHARDSCOPE_START_TEST_SERVER(server);
    QCOMPARE(stubcitus::install(server), QString());
    QCOMPARE(stubcitus::run(server, QStringLiteral("SELECT citus_set_coordinator_host('coordinator', 5432); "
                                                   "SELECT citus_add_node('worker1', 5432)")),
             QString());
    QTemporaryDir compose;
    QVERIFY(writeComposeEnv(compose, server.password()));
    const FakeDocker docker;
    const Run run = runShardscope(QStringList{QStringLiteral("up"), QStringLiteral("--workers"), QStringLiteral("1"),
                                              QStringLiteral("--port"), QString::number(server.port()),
                                              QStringLiteral("--compose-dir"), compose.path()}
                                      + options,
                                  docker.environment(server.port()));
    QVERIFY2(run.status == 0, run.err.constData());
    QCOMPARE(docker.images(), QStringList{image});
}

void TestLaunchCommands::upHelpListsTheCitusVersions()
{
    const FakeDocker nothing(QStringLiteral("success"), 0, false);
    const Run run = runShardscope({QStringLiteral("up"), QStringLiteral("--help")}, nothing.environment());
    QCOMPARE(run.status, 0);
    const QString help = QString::fromUtf8(run.out).simplified();
    QVERIFY2(help.contains(QStringLiteral("--citus-version <V>")), run.out.constData());
    QVERIFY2(help.contains(QStringLiteral("14.1 (PostgreSQL 18), 13.2 (PostgreSQL 15); the default is 14.1 "
                                          "(image citusdata/citus:14.1.0)")),
             run.out.constData());
}

void TestLaunchCommands::statusDocker()
{
    const FakeDocker docker(QStringLiteral("stopped"));
    QTemporaryDir compose;
    const Run run = runShardscope({QStringLiteral("status"), QStringLiteral("--compose-dir"), compose.path()}, docker.environment());
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.endsWith("shardscope: status: The cluster is not running.\n"), run.err.constData());
}

// docker-compose v1 answers a daemon that is not there with a hundred lines of Python
// traceback (the real ones, data/compose-v1-daemon-down.txt): `status` says the one line
// that tells why, and --verbose shows them all.
void TestLaunchCommands::statusDaemonDownIsOneLine()
{
    const FakeDocker docker(QStringLiteral("daemon-down"), FakeDocker::DockerCompose);
    QTemporaryDir compose;
    const QStringList status{QStringLiteral("status"), QStringLiteral("--compose-dir"), compose.path()};
    const Run run = runShardscope(status, docker.environment());
    QCOMPARE(run.status, 2);
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QVERIFY2(lines.constLast().startsWith("shardscope: status: The Docker daemon is not running."), run.err.constData());
    QVERIFY2(run.err.contains("  docker.errors.DockerException: Error while fetching server API version: "),
             run.err.constData());
    QVERIFY2(!run.err.contains("Traceback") && !run.err.contains("File \""), run.err.constData());
    QVERIFY2(lines.size() <= 5, run.err.constData());

    const Run verbose = runShardscope(status + QStringList{QStringLiteral("--verbose")}, docker.environment());
    QCOMPARE(verbose.status, 2);
    QVERIFY2(verbose.err.contains("Traceback (most recent call last):"), verbose.err.constData());
}

void TestLaunchCommands::statusLocalWithoutCluster()
{
    QTemporaryDir dir;
    const Run run = runShardscope({QStringLiteral("status"), QStringLiteral("--mode"), QStringLiteral("local"),
                                QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.endsWith(QStringLiteral("shardscope: status: There is no cluster in %1.\n").arg(dir.path()).toUtf8()),
             run.err.constData());
}

void TestLaunchCommands::downDocker()
{
    const FakeDocker docker;
    QTemporaryDir compose;
    const Run run = runShardscope({QStringLiteral("down"), QStringLiteral("--volumes"), QStringLiteral("--compose-dir"), compose.path()},
                               docker.environment());
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("] Cluster stopped"));
    QVERIFY(docker.composeCalls().constLast().endsWith(QStringLiteral("--profile all down --remove-orphans --volumes")));
}

void TestLaunchCommands::interruptCancels()
{
    const FakeDocker docker(QStringLiteral("hang"));
    QTemporaryDir compose;
    QProcess process;
    process.setProcessEnvironment(docker.environment());
    process.start(QStringLiteral(SHARDSCOPE_BINARY), {QStringLiteral("up"), QStringLiteral("--port"),
                                                      QString::number(TestServer::freePort()),
                                                      QStringLiteral("--compose-dir"), compose.path()});
    QTRY_COMPARE_WITH_TIMEOUT(docker.hangingPids().size(), 2, FakeDocker::patience);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY2(process.waitForFinished(20000), "shardscope up did not end within 20 s of SIGINT");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().endsWith("shardscope: up: Cancelled.\n"));
    // Compose does not run on behind the user's back.
    for (const pid_t pid : docker.hangingPids())
        QTRY_VERIFY_WITH_TIMEOUT(!FakeDocker::isAlive(pid), FakeDocker::patience);
}

QTEST_GUILESS_MAIN(TestLaunchCommands)
#include "tst_LaunchCommands.moc"
